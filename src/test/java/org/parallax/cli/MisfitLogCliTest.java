package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A write-ahead log ({@code NAME-wal}) from another project lies beside a sound project (a sync client, a copy made
 * file by file, a killed program's log copied along with the wrong file). SQLite applies it, and the project read
 * as damaged, with the advice to restore a backup: that throws away the sound file's newest work. Parallax now says
 * the log does not fit, to move it away, and changes nothing; a project's own leftover log is still taken up.
 */
class MisfitLogCliTest {
    @TempDir
    Path dir;

    /**
     * With the shipped sample's log the project fails SQLite's quick check on opening; with the log of a sample
     * rebuilt by `parallax sample` it passes it and `check` finds passages outside their texts. Both say the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {"shipped sample", "rebuilt sample"})
    void aLogFromAnotherProjectIsNamedAsTheProblemAndNothingIsChanged(String other) throws Exception {
        Path mine = myProject();
        byte[] before = Files.readAllBytes(mine);
        Path theirs = other.equals("shipped sample") ? TestProjects.sampleCopy(dir) : dir.resolve("rebuilt.parallax");
        if (!Files.exists(theirs)) {
            assertThat(Cli.parallax("sample", "--out", theirs).exit()).isZero();
        }
        Files.copy(logOfChangesTo(theirs), log(mine));

        Cli docs = Cli.parallax("docs", mine);
        Cli check = Cli.parallax("check", mine);

        String advice = "the file itself is sound, but mine.parallax-wal beside it (changes not yet written into "
                + "the file) does not fit it: it comes from another project or another copy of this one (a sync "
                + "client?). Nothing was changed. Move mine.parallax-wal and mine.parallax-shm into another folder, "
                + "then open the project again; there is no need to restore a backup";
        assertThat(docs.exit()).isEqualTo(1);
        assertThat(docs.err().lines().toList()).containsExactly("error: mine.parallax: " + advice);
        assertThat(check.exit()).isEqualTo(1);
        String lastLine = (check.out() + check.err()).strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(lastLine).matches("(error: mine\\.parallax: |mine\\.parallax: \\d+ problems found; ).*")
                .endsWith(advice);
        assertThat(check.out()).doesNotContain("parallax restore");
        assertThat(Files.readAllBytes(mine)).as("the project file").isEqualTo(before);
        assertThat(log(mine)).exists();

        Files.move(log(mine), dir.resolve("elsewhere.wal"));
        Files.deleteIfExists(mine.resolveSibling("mine.parallax-shm"));
        assertThat(Cli.parallax("docs", mine).out()).contains(" a ").doesNotContain("(changed)");
        assertThat(Cli.parallax("check", mine).out()).contains("mine.parallax: no problems found (3 documents");
    }

    /**
     * The log of another copy of the same project (a laptop's, synced onto the desktop's file): its pages fit the
     * file's structure, so SQLite's checks pass it, and opening folded it into the file for good, losing the
     * desktop's last document under the laptop's. Its texts then fail their content hashes; the file alone does not.
     */
    @Test
    void theLogOfAnotherCopyOfTheSameProjectIsNeverFoldedIntoTheFile() throws Exception {
        Path desktop = myProject();
        Path laptop = Files.copy(desktop, dir.resolve("laptop.parallax"));
        assertThat(Cli.parallax("import", desktop, TestProjects.textFile(dir, "d.txt", "Only on the desktop: Rome."))
                .exit()).isZero();
        assertThat(Cli.parallax("import", laptop, TestProjects.textFile(dir, "l.txt", "Only on the laptop: Oslo."))
                .exit()).isZero();
        Files.copy(logOfChangesTo(laptop, "UPDATE documents SET title = title || ' (laptop)' WHERE id = 4",
                "UPDATE document_texts SET text = text WHERE document_id = 4"), log(desktop));
        byte[] before = Files.readAllBytes(desktop);

        Cli docs = Cli.parallax("docs", desktop);

        assertThat(docs.exit()).isEqualTo(1);
        assertThat(docs.err().lines().toList()).singleElement().asString()
                .startsWith("error: mine.parallax: the file itself is sound, but mine.parallax-wal beside it");
        assertThat(Files.readAllBytes(desktop)).as("the project file").isEqualTo(before);
        assertThat(log(desktop)).exists();
        Files.delete(log(desktop));
        Files.deleteIfExists(desktop.resolveSibling("mine.parallax-shm"));
        assertThat(Cli.parallax("docs", desktop).out()).contains(" d ").doesNotContain("laptop");
    }

    @Test
    void aProjectsOwnLeftoverLogIsTakenUp() throws Exception {
        Path mine = myProject();
        // A removal: a changed value would be read as damage since every row carries its sum.
        Files.copy(logOfChangesTo(Files.copy(mine, dir.resolve("copy.parallax")),
                "DELETE FROM document_texts WHERE document_id = 3", "DELETE FROM documents WHERE id = 3"), log(mine));

        Cli check = Cli.parallax("check", mine);

        // Taken up: the removed document is gone, nothing reads as damage, only the index still names it.
        assertThat(check.out()).contains("1 no longer in the project").contains("the project itself is sound")
                .doesNotContain("checksum");
        assertThat(Cli.parallax("docs", mine).out().lines().skip(1).map(String::strip).map(l -> l.split(" +")[1]))
                .containsExactly("a", "b");
    }

    /** A new project with three short texts, as `parallax new` and `parallax import` make it. */
    private Path myProject() {
        Path mine = dir.resolve("mine.parallax");
        assertThat(Cli.parallax("new", mine).exit()).isZero();
        assertThat(Cli.parallax("import", mine,
                TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."),
                TestProjects.textFile(dir, "b.txt", "The Council met in Rome in 2002."),
                TestProjects.textFile(dir, "c.txt", "A third text.")).exit()).isZero();
        return mine;
    }

    /**
     * The log of a program that changed {@code project} and never folded its log into the file (killed, or copied
     * while open): the log as it was after the commit, taken before the connection closes and folds it in.
     */
    private Path logOfChangesTo(Path project) throws Exception {
        return logOfChangesTo(project, "UPDATE documents SET title = title || ' (changed)'",
                "DELETE FROM segments WHERE id > 30");
    }

    private Path logOfChangesTo(Path project, String... changes) throws Exception {
        Path taken = dir.resolve(project.getFileName() + ".log-taken");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA wal_autocheckpoint = 0");
            for (String change : changes) {
                st.executeUpdate(change);
            }
            Files.copy(log(project), taken);
        }
        return taken;
    }

    private static Path log(Path project) {
        return project.resolveSibling(project.getFileName() + "-wal");
    }
}
