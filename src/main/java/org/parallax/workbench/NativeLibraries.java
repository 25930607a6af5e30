package org.parallax.workbench;

import org.parallax.store.ProjectStores;

/**
 * Native code of the libraries the workbench uses, kept in this machine's cache folder ({@link AppFolders#cacheFolder})
 * so that a process started with {@code java -jar} loads it instead of unpacking it from the jar again.
 */
public final class NativeLibraries {
    private NativeLibraries() {
    }

    /** From now on, the first project opened loads SQLite's library from the cache folder (made there once). */
    public static void cacheForThisUser() {
        ProjectStores.cacheNativeLibraryIn(AppFolders.cacheFolder().resolve("native"));
    }
}
