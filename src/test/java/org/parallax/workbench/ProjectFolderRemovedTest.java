package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.model.ReadOnlyProjectException;

/**
 * The project's folder removed while the project is open (a stick pulled, a folder deleted or moved in the file
 * manager): the next edit said "what was saved is in study.parallax … close and reopen the project", a file no longer
 * there to reopen.
 */
class ProjectFolderRemovedTest {
    @Test
    void theNextEditSaysTheFileIsNoLongerInItsFolderAndNothingMoreIsSaved(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("stick"));
        Path project = Files.copy(Path.of("samples", "nato-russia.parallax"), folder.resolve("study.parallax"));
        try (Workbench wb = Workbench.open(project)) {
            wb.memos().set(MemoTarget.project(), "saved while the folder was there");
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }

            assertThatThrownBy(() -> wb.memos().set(MemoTarget.project(), "typed after"))
                    .isInstanceOf(ReadOnlyProjectException.class)
                    .hasMessage("study.parallax is open read-only: study.parallax is no longer in " + folder
                            + " (moved away, deleted with its folder, or its drive removed) while it was open; this "
                            + "change and any later one cannot be saved: close the project and open it where it is "
                            + "now; if it was deleted, save a copy of what is still open (Save a copy… in the window) "
                            + "or restore a backup");
        }
    }
}
