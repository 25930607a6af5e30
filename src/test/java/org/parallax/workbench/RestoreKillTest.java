package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.SqliteSideFile;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestProjects;

/**
 * SIGKILL of a restore after each of its steps. The project's newest saves (five passages) are in its journal only,
 * not yet folded into the file, as a writer killed before its checkpoint leaves them. A restore killed after it had
 * deleted that journal and before it moved the backup in left the file without them: the next open showed neither
 * the project as it was nor the backup (the saves were only in the "before restore" backup). Each kill must leave
 * the project as it was, every save in it, or the backup restored; once the backup's copy is whole beside the
 * project, the next open finishes the restore and says so.
 */
class RestoreKillTest {
    private static final int RESTORED = 71;
    private static final int IN_THE_FILE = 73;
    private static final int WITH_THE_JOURNAL = 78;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"copied", "waiting", "journal removed", "shared memory removed", "moved in"})
    void aRestoreKilledAfterAnyStepLeavesTheProjectAsItWasOrRestored(String step) throws Exception {
        Path trial = Files.createDirectories(dir.resolve("trial"));
        Path project = projectWithSavesInItsJournal(trial);
        Path backup = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("backup")));

        RestoreChild.killAfter(step, project, backup, dir);

        try (Workbench wb = Workbench.open(project)) {
            int passages = ProjectRows.of(wb).get("segments").size();
            assertThat(passages).as("killed after “%s”: the project as it was (%d) or restored (%d)", step,
                    WITH_THE_JOURNAL, RESTORED).isIn(WITH_THE_JOURNAL, RESTORED);
            assertThat(wb.integrityCheck()).isEqualTo("ok");
            if (!step.equals("copied")) {
                assertThat(passages).as("the backup's copy was whole: the restore is finished").isEqualTo(RESTORED);
            }
            if (step.equals("waiting") || step.contains("removed")) {
                assertThat(wb.openingNote()).get().asString().contains("a restore that was stopped midway")
                        .contains("before-restore.parallax");
            }
        }
        assertThat(Backups.list(project)).filteredOn(b -> b.reason().equals("before restore")).singleElement()
                .satisfies(kept -> assertThat(passagesIn(kept.file())).isEqualTo(WITH_THE_JOURNAL));
    }

    /** The sample with two passages folded into the file and five more in its journal only. */
    private Path projectWithSavesInItsJournal(Path trial) throws Exception {
        Path working = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("working")));
        try (Workbench wb = Workbench.open(working)) {
            code(wb, 2, 100);
        }
        Path project = trial.resolve("study.parallax");
        try (Workbench wb = Workbench.open(working);
                Connection reader = DriverManager.getConnection("jdbc:sqlite:" + working)) {
            // A reader's open transaction keeps the checkpoint from folding the new saves into the file.
            reader.setAutoCommit(false);
            assertThat(count(reader)).isEqualTo(IN_THE_FILE);
            code(wb, 5, 300);
            Files.copy(working, project);
            Files.copy(SqliteSideFile.WAL.beside(working), SqliteSideFile.WAL.beside(project));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + project.toUri().getRawPath()
                + "?immutable=1")) {
            assertThat(count(c)).as("the file alone").isEqualTo(IN_THE_FILE);
        }
        return project;
    }

    private static void code(Workbench wb, int passages, int from) {
        long doc = wb.documents().list().get(0).id();
        long code = wb.codebook().current().codes().get(0).id();
        for (int i = 0; i < passages; i++) {
            wb.coding().code(doc, from + i * 10, from + 5 + i * 10, code, null);
        }
    }

    private static int passagesIn(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath()
                + "?immutable=1")) {
            return count(c);
        }
    }

    private static int count(Connection c) throws Exception {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM segments")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
