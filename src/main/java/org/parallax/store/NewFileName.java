package org.parallax.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one line refusing a new project file's name that is taken. A folder of that name was said to "already exist",
 * which sent the user looking for a project file that was never there ({@code parallax new study.parallax} beside a
 * folder study.parallax): a folder is named as one.
 */
public final class NewFileName {
    private NewFileName() {
    }

    /** Why {@code absolute} cannot be made, taken as it is, with {@code remedy} for a file that is there. */
    public static String taken(Path absolute, String remedy) {
        if (Files.isDirectory(absolute)) {
            return absolute.getFileName() + ": is a folder, not a project file; give the new project another name, "
                    + "or a name in that folder (" + absolute.getFileName() + "/NAME.parallax)";
        }
        return absolute.getFileName() + ": already exists (" + remedy + ")";
    }
}
