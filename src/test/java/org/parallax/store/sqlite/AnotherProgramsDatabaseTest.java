package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.testutil.Cli;

/**
 * Another program's SQLite database with a table named {@code documents} and its own {@code user_version}, opened as a
 * project (a file renamed by a slip, a sync tool's mix-up): with a version of 1 to 15 it was taken for an older
 * Parallax's project, a "before upgrade" backup of it was written into a new {@code NAME.backups} folder beside it and
 * the upgrade failed with "cannot open project ([SQLITE_ERROR] … no such table: frames)"; with a larger version (a
 * browser's history has 70) it was "written by a newer Parallax …: update Parallax to open it". It is refused in one
 * line as what it is, and nothing is written beside it.
 */
class AnotherProgramsDatabaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {5, 70})
    void anotherProgramsDatabaseWithADocumentsTableIsNoProjectOfAnyVersion(int version) throws Exception {
        Path file = dir.resolve("notes.parallax");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TABLE documents(id INTEGER PRIMARY KEY, body TEXT)");
            st.execute("INSERT INTO documents VALUES (1, 'a note')");
            st.execute("PRAGMA user_version = " + version);
        }
        byte[] before = Files.readAllBytes(file);

        for (String command : new String[] {"docs", "check"}) {
            Cli run = Cli.parallax(command, file);
            assertThat(run.err()).as(command).isEqualTo("error: notes.parallax is an SQLite database but not a "
                    + "Parallax project\n");
            assertThat(run.exit()).isNotZero();
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("notes.parallax");
        }
    }
}
