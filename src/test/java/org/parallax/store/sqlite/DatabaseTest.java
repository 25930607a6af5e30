package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.store.StoreException;
import org.parallax.store.jdbc.JdbcDocumentStore;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.Sql;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsMigratedToLatestSchemaWithWalAndForeignKeys() throws Exception {
        Path file = dir.resolve("p.parallax");
        try (Database db = Database.create(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            String journal = db.read(c -> Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
            int foreignKeys = db.read(c -> Sql.one(c, "PRAGMA foreign_keys", rs -> rs.getInt(1)).orElseThrow());
            assertThat(journal).isEqualTo("wal");
            assertThat(foreignKeys).isEqualTo(1);
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aLargeCommitLeavesFoldingTheLogIntoTheFileToTheBackgroundCheckpoint() {
        for (boolean reopened : new boolean[] {false, true}) {
            Path file = dir.resolve("log" + reopened + ".parallax");
            if (reopened) {
                Database.create(file).close();
            }
            try (Database db = reopened ? Database.open(file) : Database.create(file)) {
                // SQLite's default (1,000 pages) made a commit of a 200,000-passage batch (about 4,200 pages) copy
                // them into the file and sync it before the user's action returned.
                int pages = db.write(c -> Sql.one(c, "PRAGMA wal_autocheckpoint", rs -> rs.getInt(1)).orElseThrow());
                assertThat(pages).isGreaterThanOrEqualTo(16_384);
            }
        }
    }

    @Test
    void refusesAnSqliteDatabaseOfAnotherProgramAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TABLE legacy(x)");
            st.execute("INSERT INTO legacy VALUES (42)");
        }
        byte[] before = java.nio.file.Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessage("other.db is an SQLite database but not a Parallax project");
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAProjectFromANewerVersion() throws Exception {
        Path file = dir.resolve("future.parallax");
        Database.create(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Database.open(file))
                .hasMessageContaining("future.parallax")
                .hasMessageContaining("newer Parallax");
    }

    @Test
    void aFileThatIsNotAProjectGetsAClearError() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("notes.parallax"), "just some notes, not SQLite\n".repeat(100));
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessage("notes.parallax is not a Parallax project");
    }

    @Test
    void failedWriteRollsBackEverythingItDid() {
        try (Database db = Database.create(dir.resolve("p.parallax"))) {
            JdbcDocumentStore documents = new JdbcDocumentStore(db);
            assertThatThrownBy(() -> db.write(c -> {
                documents.insert(DocumentMeta.titled("half"), "some text", "hash-1", "a.txt");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(documents.count()).isZero();
            int texts = db.read(c -> Sql.one(c, "SELECT count(*) FROM document_texts", rs -> rs.getInt(1)).orElseThrow());
            assertThat(texts).isZero();
        }
    }

    @Test
    void readsOutsideAWriteDoNotSeeItsUncommittedRows() throws Exception {
        try (Database db = Database.create(dir.resolve("p.parallax"))) {
            JdbcDocumentStore documents = new JdbcDocumentStore(db);
            int[] seenByOtherThread = new int[1];
            db.write(c -> {
                documents.insert(DocumentMeta.titled("pending"), "text", "hash-2", null);
                assertThat(documents.count()).isEqualTo(1);
                Thread reader = new Thread(() -> seenByOtherThread[0] = documents.count());
                reader.start();
                joinQuietly(reader);
                return null;
            });
            assertThat(seenByOtherThread[0]).isZero();
            assertThat(documents.count()).isEqualTo(1);
        }
    }

    @Test
    void splitsMigrationScriptsIntoStatements() {
        assertThat(Migrations.splitStatements("-- note\nCREATE TABLE a(x);\nCREATE TABLE b(y);\n"))
                .containsExactly("CREATE TABLE a(x)", "CREATE TABLE b(y)");
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
