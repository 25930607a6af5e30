package org.parallax.workbench;

import java.nio.file.Path;
import java.util.List;

/**
 * The documents an import of some files and folders would bring in, listed once: counted for the question the window
 * asks before a large folder import, then handed to {@link Documents#importFiles(ImportListing, TaskProgress)}, where
 * a folder of thousands of files on a network drive was walked a second time.
 */
public final class ImportListing {
    private final List<Path> given;
    private final ImportFolders.Listed listed;

    ImportListing(List<Path> given, ImportFolders.Listed listed) {
        this.given = List.copyOf(given);
        this.listed = listed;
    }

    /** The files and folders chosen. */
    public List<Path> given() {
        return given;
    }

    /** How many documents the import would bring in. */
    public int all() {
        return listed.files().size();
    }

    /** How many of those come from the folders among the given paths, with their subfolders. */
    public int inFolders() {
        return listed.within().size();
    }

    /**
     * The listing as it stands now: when a folder changed since it was listed (a file added, removed or renamed in it
     * while the question was open), the folders are listed again, so what was added meanwhile comes in too.
     */
    ImportFolders.Listed current() {
        return listed.unchanged() ? listed : ImportFolders.list(given);
    }
}
