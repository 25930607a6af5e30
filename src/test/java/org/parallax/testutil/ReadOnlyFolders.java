package org.parallax.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Folders a test makes read-only (a CD, a project handed on read-only), made writable again after it so that JUnit
 * can remove its temporary folder. Register with {@code @RegisterExtension}.
 */
public final class ReadOnlyFolders implements AfterEachCallback {
    private final List<Path> folders = new ArrayList<>();

    /** Makes {@code folder} read-only (r-xr-xr-x) until the test ends; returns it. */
    public Path make(Path folder) throws IOException {
        folders.add(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return folder;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        for (Path folder : folders) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        folders.clear();
    }
}
