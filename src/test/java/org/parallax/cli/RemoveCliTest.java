package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;

/**
 * `parallax remove PROJECT DOC...`: documents named by id or title go with their passages in one transaction after
 * one backup, which the output names; `--dry-run` lists them and changes nothing; an unknown or ambiguous name is one
 * line and nothing is removed, the other names given with it included.
 */
class RemoveCliTest {
    @TempDir
    Path dir;

    @Test
    void removesDocumentsNamedByIdOrTitleAfterOneBackupItNames() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Map<String, List<String>> before = rows(project);

        Cli dry = Cli.parallax("remove", project, "6", "interview to bloomberg", "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("6\tВыступление и дискуссия", "8\tInterview to Bloomberg",
                "would remove 2 documents with 26 coded passages and their memos (--dry-run: nothing was changed)");
        assertThat(rows(project)).isEqualTo(before);
        assertThat(removals(project)).isEmpty();

        Cli removed = Cli.parallax("remove", project, "6", "Interview to Bloomberg");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("removed 2 documents with 26 coded passages and their memos",
                "backup before the removal: ");
        assertThat(removals(project)).hasSize(1);
        Path backup = removals(project).get(0).file();
        assertThat(removed.out()).contains(backup.toString());
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).noneMatch(d -> d.id() == 6 || d.id() == 8).hasSize(13);
            assertThat(wb.coding().segments()).noneMatch(s -> s.documentId() == 6 || s.documentId() == 8);
        }
        try (Workbench copy = Workbench.open(Files.copy(backup, dir.resolve("backup.parallax")))) {
            assertThat(ProjectRows.of(copy)).isEqualTo(before);
        }
    }

    @Test
    void anUnknownOrAmbiguousDocumentIsOneLineAndNothingIsRemoved() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            for (String folder : List.of("a", "b")) {
                Files.createDirectories(dir.resolve(folder));
                TestProjects.importOne(wb, TestProjects.textFile(dir.resolve(folder), "note.txt", "A note " + folder));
            }
        }
        Map<String, List<String>> before = rows(project);

        Cli unknown = Cli.parallax("remove", project, "6", "No such speech");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("error: sample.parallax: no document with the id or title 'No such speech'"
                + " (see: parallax docs " + project + "); nothing was removed");
        Cli ambiguous = Cli.parallax("remove", project, "Note");
        assertThat(ambiguous.exit()).isEqualTo(1);
        assertThat(ambiguous.err().strip()).isEqualTo("error: sample.parallax: 2 documents are titled 'Note' (ids 16, 17): "
                + "name the one to remove by its id; nothing was removed");
        assertThat(rows(project)).isEqualTo(before);
        assertThat(removals(project)).isEmpty();
    }

    /** The backups taken before a removal (opening the project also takes a daily one). */
    private static List<Backup> removals(Path project) {
        return Backups.list(project).stream().filter(b -> b.reason().startsWith("before delete")).toList();
    }

    private static Map<String, List<String>> rows(Path project) {
        try (Workbench wb = Workbench.open(project)) {
            return ProjectRows.of(wb);
        }
    }
}
