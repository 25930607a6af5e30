package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DiskFullException;
import org.parallax.store.ProjectBusyException;

/** SQLite's refusals reach the user as sentences, roll back whole, and leave the connection usable. */
class DatabaseFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskRefusesTheWholeWriteInWordsAndTheNextWriteWorks() {
        try (Database db = Database.create(dir.resolve("full.parallax"))) {
            db.write(c -> {
                c.createStatement().execute("CREATE TABLE probe (text TEXT)");
                return null;
            });
            long pages = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA page_count")) {
                    return rs.getLong(1);
                }
            });
            // max_page_count makes SQLite fail exactly as on a full disk (SQLITE_FULL) once the file would grow.
            db.write(c -> c.createStatement().execute("PRAGMA max_page_count = " + (pages + 4)));

            assertThatThrownBy(() -> db.write(c -> {
                try (var insert = c.prepareStatement("INSERT INTO probe VALUES (?)")) {
                    insert.setString(1, "kept?");
                    insert.executeUpdate();
                    insert.setString(1, "x".repeat(200_000));
                    insert.executeUpdate();
                }
                return null;
            })).isInstanceOf(DiskFullException.class)
                    .hasMessage("full.parallax: the disk is full; nothing of this change was saved")
                    .hasMessageNotContaining("SQLITE");
            assertThat(count(db)).as("the first row of the refused write was rolled back too").isZero();

            db.write(c -> c.createStatement().execute("PRAGMA max_page_count = 1073741823"));
            db.write(c -> {
                c.createStatement().execute("INSERT INTO probe VALUES ('after the disk was freed')");
                return null;
            });
            assertThat(count(db)).isEqualTo(1);
        }
    }

    @Test
    void aWriteRefusedBecauseAnotherProgramHoldsTheLockSaysSoInWords() throws Exception {
        Path file = dir.resolve("busy.parallax");
        try (Database db = Database.create(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.write(c -> c.createStatement().execute("CREATE TABLE probe (text TEXT)"));
            other.createStatement().execute("BEGIN IMMEDIATE");
            other.createStatement().execute("INSERT INTO probe VALUES ('other')");

            assertThatThrownBy(() -> db.write(c -> c.createStatement().execute("INSERT INTO probe VALUES ('mine')")))
                    .isInstanceOf(ProjectBusyException.class)
                    .hasMessageStartingWith("busy.parallax: another program is writing to this project")
                    .hasMessageContaining("nothing was changed, try again when it has finished")
                    .hasMessageNotContaining("SQLITE");

            other.createStatement().execute("COMMIT");
            db.write(c -> c.createStatement().execute("INSERT INTO probe VALUES ('mine')"));
            assertThat(count(db)).isEqualTo(2);
        }
    }

    private static long count(Database db) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM probe")) {
                return rs.getLong(1);
            }
        });
    }
}
