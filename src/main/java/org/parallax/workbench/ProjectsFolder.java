package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder where Parallax puts the projects it makes on its own: the researcher's copy of the sample, and a project
 * made for a .qdpx opened from a folder that cannot take it. It is DOCUMENTS/Parallax, unless that is the program's
 * own folder: a portable copy unpacked in a home folder without Documents, or a .zip unpacked in Documents, is called
 * Parallax too, and removing or replacing it to uninstall or update the program would delete the projects with it.
 */
public final class ProjectsFolder {
    static final String USUAL = "Parallax";
    static final String BESIDE_THE_PROGRAM = "Parallax projects";

    private ProjectsFolder() {
    }

    /**
     * DOCUMENTS/Parallax, or DOCUMENTS/Parallax projects when {@code shipped}, the sample this program ships inside
     * its own folder, lies in DOCUMENTS/Parallax.
     */
    public static Path in(Path documentsFolder, Optional<Path> shipped) {
        Path usual = documentsFolder.resolve(USUAL);
        Path realUsual = real(usual);
        return shipped.map(ProjectsFolder::real).filter(sample -> sample.startsWith(realUsual)).isPresent()
                ? documentsFolder.resolve(BESIDE_THE_PROGRAM) : usual;
    }

    /**
     * The absolute path with the links of its longest existing part resolved: the launcher names the sample by its
     * real path, while the home folder may be reached through a link.
     */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
