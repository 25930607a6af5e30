package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workbench.CheckFinding;
import org.parallax.workbench.Workbench;

/**
 * A project file of schema 16, whose saved searches recorded nobody as their saver: the upgrade to 17 keeps each
 * intact search's checksum sound over the new column and still finds a search damaged before; a search of no recorded
 * saver takes the next saver's query (nobody can be named as its owner).
 */
class SavedSearchSaversMigrationTest {
    @TempDir
    Path dir;

    @Test
    void searchesSavedBeforeSaversWereRecordedStaySoundAndMayBeSavedOver() throws Exception {
        Path file = schema15(null);
        try (Workbench wb = Workbench.open(file)) {
            assertThat(wb.openingNote()).get().asString().contains("schema 16");
            assertThat(wb.check().contentHashes()).isEmpty();
            assertThat(wb.search().saved()).extracting(s -> s.name() + " by " + s.savedBy())
                    .containsExactly("sanctions by null", "threats by null");
            wb.setActiveCoder("bob");
            wb.search().save("threats", "угроза");
            assertThat(wb.search().saved()).extracting(s -> s.name() + "=" + s.query() + " by " + s.savedBy())
                    .containsExactly("sanctions=sanction* by null", "threats=угроза by bob");
            assertThat(wb.check().contentHashes()).isEmpty();
        }
    }

    @Test
    void aSearchDamagedBeforeTheUpgradeIsStillFoundAfterIt() throws Exception {
        Path file = schema15("UPDATE saved_searches SET query = 'embargo*' WHERE name = 'sanctions'");
        try (Workbench wb = Workbench.openReadOnly(file)) {
            long damaged = wb.search().saved().stream().filter(s -> s.name().equals("sanctions")).findFirst()
                    .orElseThrow().id();
            assertThat(wb.check().contentHashes()).extracting(CheckFinding::where)
                    .containsExactly("saved searches row " + damaged);
        }
    }

    /** A project whose searches were saved at schema 16 (no saver, summed without one), then {@code damage} done. */
    private Path schema15(String damage) throws Exception {
        Path file = dir.resolve("study.parallax");
        try (Workbench wb = Workbench.create(file, null)) {
            wb.setActiveCoder("ana");
            wb.search().save("threats", "угроза OR threat");
            wb.search().save("sanctions", "sanction*");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("ALTER TABLE saved_searches DROP COLUMN saved_by");
            RowChecks.sealAnew(c, SavedSearchSavers.before17(RowChecks.SAVED_SEARCHES), "1=1");
            if (damage != null) {
                st.executeUpdate(damage);
            }
            st.executeUpdate("PRAGMA user_version = 16");
        }
        return file;
    }
}
