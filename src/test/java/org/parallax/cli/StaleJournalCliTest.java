package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * An older copy's journal ({@code NAME-wal}, copied with the file at an earlier moment) put beside the current project
 * file: SQLite applied it without a word, `check` found nothing, the old title came back and the saves made since were
 * gone, for good at the next write. The file counts its saves; a journal that brings an earlier save is refused in one
 * line and nothing is changed, while a journal of the file's own (a killed program's) is still taken up.
 */
class StaleJournalCliTest {
    @TempDir
    Path dir;

    @Test
    void anOlderCopysJournalIsRefusedAndTheFileKeepsTheSavesMadeSince() throws Exception {
        Path mine = myProject();
        Path olderLog = dir.resolve("state-1.parallax-wal");
        try (Workbench wb = Workbench.open(mine)) {
            retitle(wb, "State one");
            // The file and its journal as a copy taken now holds them: the title's save is in the journal.
            Files.copy(log(mine), olderLog);
            Files.copy(mine, dir.resolve("state-1.parallax"));
        }
        Cli.ok("document", mine, "1", "--title", "State two");
        assertThat(log(mine)).as("the journal, folded into the file on closing").doesNotExist();
        byte[] stateTwo = Files.readAllBytes(mine);
        Files.copy(olderLog, log(mine));

        Cli docs = Cli.parallax("docs", mine);
        Cli check = Cli.parallax("check", mine);
        Cli retitle = Cli.parallax("document", mine, "1", "--title", "State three");

        String refusal = "error: mine.parallax: mine.parallax-wal beside it (changes not yet written into the file) is "
                + "older than the file itself: it goes back to save ";
        assertThat(docs.exit()).isEqualTo(1);
        assertThat(docs.err().lines().toList()).singleElement().asString().startsWith(refusal)
                .contains("Nothing was changed. Move mine.parallax-wal and mine.parallax-shm into another folder");
        assertThat(docs.out()).doesNotContain("State one");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains(refusal.substring("error: ".length()))
                .doesNotContain("no problems found");
        assertThat(retitle.exit()).isEqualTo(1);
        assertThat(retitle.err()).startsWith(refusal);
        assertThat(Files.readAllBytes(mine)).as("the project file").isEqualTo(stateTwo);
        assertThat(log(mine)).exists();

        Files.move(log(mine), dir.resolve("moved-away.parallax-wal"));
        Files.deleteIfExists(mine.resolveSibling("mine.parallax-shm"));
        assertThat(Cli.ok("docs", mine).out()).contains("State two").doesNotContain("State one");
        assertThat(Cli.parallax("check", mine).out()).contains("mine.parallax: no problems found");
    }

    /** A program killed after a save leaves it in the journal only: the next open takes it up, as before. */
    @Test
    void aJournalOfTheFilesOwnWithSavesTheFileLacksIsTakenUp() throws Exception {
        Path mine = myProject();
        Path kept = dir.resolve("kept.parallax-wal");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mine); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA wal_autocheckpoint = 0");
            // A save as Parallax writes it: its change and the file's save number in one transaction.
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE file_generation SET generation = generation + 1");
            st.executeUpdate("DELETE FROM document_texts WHERE document_id = 3");
            st.executeUpdate("DELETE FROM documents WHERE id = 3");
            st.execute("COMMIT");
            Files.copy(log(mine), kept);
        }
        Files.copy(kept, log(mine), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Cli docs = Cli.ok("docs", mine);

        assertThat(docs.err()).doesNotContain("older than the file");
        assertThat(docs.out().lines().skip(1).map(String::strip).map(l -> l.split(" +")[1]))
                .containsExactly("a", "b");
    }

    private static void retitle(Workbench wb, String title) {
        Document first = wb.documents().require(1);
        wb.documents().updateMeta(List.of(first), m -> new DocumentMeta(title, m.date(), m.type(), m.actor(),
                m.language(), m.scenario(), m.attributes()));
    }

    private Path myProject() {
        Path mine = dir.resolve("mine.parallax");
        Cli.ok("new", mine);
        Cli.ok("import", mine, TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."),
                TestProjects.textFile(dir, "b.txt", "The Council met in Rome in 2002."),
                TestProjects.textFile(dir, "c.txt", "A third text."));
        return mine;
    }

    private static Path log(Path project) {
        return project.resolveSibling(project.getFileName() + "-wal");
    }
}
