package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.io.refi.QdpxReader;
import org.parallax.io.refi.RefiImport;
import org.parallax.store.ProjectSideFiles;

/**
 * A new project holding a REFI-QDA project (.qdpx): what opening a .qdpx from the file manager gives. A .qdpx is
 * another program's whole project, so it gets a project of its own rather than being added to the one open last.
 */
public final class ProjectFromQdpx {
    /** The project made and opened, and the import's report. */
    public record Made(Workbench workbench, Outcome outcome) {
    }

    private static final int MOST_NUMBERED_NAMES = 99;

    private ProjectFromQdpx() {
    }

    /**
     * Where the new project goes: NAME.parallax beside the .qdpx where that folder can be written (the downloads
     * folder, a USB stick), else in the {@link ProjectsFolder} of {@code documentsFolder}; never over a file already
     * there: NAME (2).parallax and on. {@code shipped} is the sample this program ships, which tells its folder.
     */
    public static Path location(Path qdpx, Path documentsFolder, Optional<Path> shipped) {
        Path absolute = qdpx.toAbsolutePath();
        Path beside = absolute.getParent();
        Path folder = beside != null && Files.isDirectory(beside) && Files.isWritable(beside)
                ? beside : ProjectsFolder.in(documentsFolder, shipped).toAbsolutePath();
        String name = String.valueOf(absolute.getFileName()).replaceFirst("(?i)\\.qdpx$", "");
        Path candidate = folder.resolve(name + ".parallax");
        for (int n = 2; Files.exists(candidate) && n <= MOST_NUMBERED_NAMES; n++) {
            candidate = folder.resolve(name + " (" + n + ").parallax");
        }
        return candidate;
    }

    /**
     * Reads the whole .qdpx first, so a file that is no REFI-QDA project leaves no project behind; then creates
     * {@code target} (refused if it exists) and imports into it. An import that fails takes the new project away.
     */
    public static Made create(Path qdpx, Path target) {
        RefiImport read = Exchange.withinHeap(qdpx, () -> new QdpxReader().read(qdpx));
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new org.parallax.model.ParallaxException(target.getParent() + ": cannot make this folder for the new "
                    + "project (" + e.getMessage() + ")");
        }
        Workbench workbench = Workbench.create(target, null);
        try {
            return new Made(workbench, Outcome.of(workbench.exchange().importRead(qdpx, read), qdpx));
        } catch (RuntimeException e) {
            workbench.close();
            removeQuietly(target);
            throw e;
        }
    }

    /** The new project's file and what SQLite and the index keep beside it. */
    private static void removeQuietly(Path target) {
        try {
            ProjectSideFiles.delete(target);
        } catch (IOException e) {
            System.getLogger(ProjectFromQdpx.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot remove " + target + " or what lies beside it after its import failed", e);
        }
    }
}
