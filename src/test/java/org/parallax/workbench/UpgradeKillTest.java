package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.SqliteSideFile;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.UpgradeChild;
import org.parallax.testutil.Cli;
import org.sqlite.SQLiteConfig;

/**
 * The upgrade of a project an older Parallax wrote (schema 3), its program SIGKILLed between two steps. The next open
 * called the half-upgraded file "written by an older Parallax (schema 5)" and kept it as a second copy "before
 * upgrade", beside the only whole copy of the file as it was. It now says that the upgrade from schema 3 was stopped
 * and is finished, names the copy kept when it began, keeps no other, and the project is whole.
 */
class UpgradeKillTest {
    private static final Path OLDER_SAMPLE = Path.of("src/test/resources/older/sample-schema-3.parallax");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {4, 9, 13})
    void anUpgradeKilledBetweenStepsIsFinishedOnTheNextOpenKeepingTheCopyTakenBeforeIt(int killedAt) throws Exception {
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("study.parallax"));

        UpgradeChild.killAfterStep(killedAt, project, dir);

        assertThat(schemaOf(project)).as("killed between steps").isEqualTo(killedAt);
        Backup kept = beforeUpgrade(project).get(0);
        assertThat(kept.reason()).isEqualTo("before upgrade from schema 3");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.openingNote()).get().asString().isEqualTo("study.parallax: its upgrade from an older "
                    + "Parallax's format (schema 3) was stopped at schema " + killedAt + ", before it finished, and is "
                    + "finished now; the file as it was before the upgrade is kept as study.parallax.backups/"
                    + kept.file().getFileName());
            assertThat(wb.readOnlyReason()).isEmpty();
        }
        assertThat(beforeUpgrade(project)).as("no copy of the half-upgraded file").containsExactly(kept);
        assertThat(schemaOf(kept.file())).isEqualTo(3);
        assertThat(schemaOf(project)).isEqualTo(Migrations.latest());
        Cli check = Cli.parallax("check", project);
        assertThat(check.out()).as(check.err()).contains("no problems found (15 documents, 71 passages)");
        assertThat(check.exit()).isZero();
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("study.parallax", "study.parallax.backups");
        }
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.openingNote()).as("said once").isEmpty();
        }
    }

    /**
     * Killed after it kept its copy but before its first step was saved, the upgrade left the file as it was and
     * unmarked: the next open took it for an older project not yet kept and kept a second, identical copy.
     */
    @Test
    void anUpgradeKilledBeforeItsFirstStepKeepsNoSecondCopyOfTheSameFile() throws Exception {
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("study.parallax"));

        UpgradeChild.killAfterStep(3, project, dir);

        assertThat(schemaOf(project)).as("killed before the first step").isEqualTo(3);
        List<Backup> keptBeforeKill = beforeUpgrade(project);
        assertThat(keptBeforeKill).hasSize(1);
        Backup kept = keptBeforeKill.get(0);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.openingNote()).get().asString().isEqualTo("study.parallax was written by an older Parallax "
                    + "(schema 3) and is now upgraded to this version's format, which an older Parallax cannot open; the "
                    + "file as it was is kept as study.parallax.backups/" + kept.file().getFileName());
            assertThat(wb.readOnlyReason()).isEmpty();
        }
        assertThat(beforeUpgrade(project)).as("one copy of the file as it was").containsExactly(kept);
        assertThat(schemaOf(kept.file())).isEqualTo(3);
        assertThat(schemaOf(project)).isEqualTo(Migrations.latest());
        Cli check = Cli.parallax("check", project);
        assertThat(check.out()).as(check.err()).contains("no problems found (15 documents, 71 passages)");
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("study.parallax", "study.parallax.backups");
        }
    }

    /**
     * A copy kept before an upgrade from the same schema that no longer holds what the file holds (the file was
     * changed by the older Parallax after an upgrade's copy was restored, say) is not taken for this one's.
     */
    @Test
    void aCopyOfAnEarlierStateIsNotTakenForTheFileAsItIsNow() throws Exception {
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("study.parallax"));
        UpgradeChild.killAfterStep(3, project, dir);
        Backup earlier = beforeUpgrade(project).get(0);
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + project);
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE documents SET title = title || ' (revised)' WHERE id = (SELECT min(id) FROM "
                    + "documents)");
        }

        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.readOnlyReason()).isEmpty();
        }

        List<Backup> kept = beforeUpgrade(project);
        assertThat(kept).hasSize(2).contains(earlier);
        Backup now = kept.stream().filter(b -> !b.equals(earlier)).findFirst().orElseThrow();
        try (Workbench copy = Workbench.openReadOnly(now.file())) {
            assertThat(copy.documents().list()).anySatisfy(d -> assertThat(d.title()).endsWith(" (revised)"));
        }
    }

    private static List<Backup> beforeUpgrade(Path project) {
        return Backups.list(project).stream().filter(KeptBeforeUpgrade::isOne).toList();
    }

    /**
     * The schema of the file with the saves in its journal, read without folding them in; a file without a journal is
     * read as it is, with nothing made beside it.
     */
    private static int schemaOf(Path file) throws Exception {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        String url = Files.exists(SqliteSideFile.WAL.beside(file)) ? "jdbc:sqlite:" + file
                : "jdbc:sqlite:file:" + file.toUri().getRawPath() + "?immutable=1";
        try (Connection c = readOnly.createConnection(url); var st = c.createStatement();
                var rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
