package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.store.StoreException;
import org.parallax.store.jdbc.JdbcCoderStore;
import org.parallax.store.jdbc.JdbcDocumentStore;

/** Opening refuses non-projects in words, never creates or writes a file, and opens damage read-only. */
class ProjectOpeningTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefusedInWordsAndStaysEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.parallax"));
        assertThatThrownBy(() -> Database.open(empty)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("empty.parallax is empty (0 bytes), not a Parallax project; if it was one, "
                        + "restore a backup: parallax restore ");
        assertThat(Files.size(empty)).isZero();
        assertThat(namesIn(dir)).containsExactly("empty.parallax");
    }

    @Test
    void aCsvFileIsNotAProjectAndIsNotTouched() throws Exception {
        Path csv = Files.writeString(dir.resolve("notes.csv"), "id,text\n1,hello\n");
        assertThatThrownBy(() -> Database.open(csv)).hasMessage("notes.csv is not a Parallax project");
        assertThat(Files.readString(csv)).isEqualTo("id,text\n1,hello\n");
        assertThat(namesIn(dir)).containsExactly("notes.csv");
    }

    @Test
    void openingAMissingFileCreatesNothing() {
        assertThatThrownBy(() -> Database.open(dir.resolve("gone.parallax"))).hasMessageContaining("no such project file");
        assertThat(namesIn(dir)).isEmpty();
    }

    /**
     * A project a newer Parallax wrote, and an SQLite database of another program, are refused in one line; the
     * refusal left an empty {@code -wal} and {@code -shm} beside them, made by the connection that read the version.
     */
    @Test
    void aRefusedSqliteFileIsLeftAloneWithNothingBesideIt() throws Exception {
        Path newer = projectWithDocuments(dir.resolve("from a newer Parallax.parallax"), 1);
        Path other = dir.resolve("other program.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); var st = c.createStatement()) {
            st.execute("CREATE TABLE legacy(x)");
        }
        byte[] newerBytes = Files.readAllBytes(newer);

        assertThatThrownBy(() -> Database.open(newer)).hasMessageContaining("newer Parallax");
        assertThatThrownBy(() -> Database.openReadOnly(newer)).hasMessageContaining("newer Parallax");
        assertThatThrownBy(() -> Database.open(other)).hasMessageContaining("not a Parallax project");

        assertThat(namesIn(dir)).containsExactlyInAnyOrder("from a newer Parallax.parallax", "other program.db");
        assertThat(Files.readAllBytes(newer)).isEqualTo(newerBytes);
    }

    @Test
    void aDamagedFileOpensReadOnlyAndRefusesEveryWrite() throws Exception {
        Path file = projectWithDocuments(dir.resolve("damaged.parallax"), 40);
        byte[] before = damageAnIndexPage(file);
        try (Database db = Database.open(file)) {
            assertThat(db.readOnlyReason()).hasValueSatisfying(r -> assertThat(r).startsWith("the file is damaged"));
            assertThat(new JdbcDocumentStore(db).list()).hasSize(40);
            assertThatThrownBy(() -> new JdbcDocumentStore(db).insert(DocumentMeta.titled("x"), "x", "h", null))
                    .hasMessageStartingWith("damaged.parallax is open read-only: the file is damaged");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndLeavesNoSideFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Проект с пробелами"));
        Path file = projectWithDocuments(folder.resolve("образец проекта.parallax"), 3);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (Database db = Database.open(file)) {
            assertThat(db.readOnlyReason()).hasValue("the file is read-only (save a copy to work on it)");
            assertThat(new JdbcDocumentStore(db).count()).isEqualTo(3);
            assertThatThrownBy(() -> new JdbcCoderStore(db).ensure("someone")).hasMessageContaining("open read-only");
        }
        assertThat(namesIn(folder)).containsExactly("образец проекта.parallax");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Database db = Database.open(file)) {
            assertThat(db.readOnlyReason()).isEmpty();
            new JdbcCoderStore(db).ensure("someone");
        }
    }

    /**
     * `check`, a merge's source and every other open for reading only left an empty {@code -wal} and {@code -shm} beside
     * a project that had none (a read-only connection cannot remove them on closing); one that another program holds
     * keeps its own, which that program still writes through.
     */
    @Test
    void openingForReadingOnlyLeavesNoSideFilesAndKeepsThoseOfAProgramThatHasTheFileOpen() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Мой проект"));
        Path file = projectWithDocuments(folder.resolve("study one.parallax"), 2);
        assertThat(namesIn(folder)).containsExactly("study one.parallax");

        try (Database db = Database.openReadOnly(file)) {
            assertThat(new JdbcDocumentStore(db).count()).isEqualTo(2);
        }

        assertThat(namesIn(folder)).containsExactly("study one.parallax");
        try (Database writer = Database.open(file)) {
            try (Database reader = Database.openReadOnly(file)) {
                assertThat(new JdbcDocumentStore(reader).count()).isEqualTo(2);
            }
            assertThat(namesIn(folder)).contains("study one.parallax-wal", "study one.parallax-shm");
            new JdbcCoderStore(writer).ensure("someone");
            assertThat(writer.readOnlyReason()).isEmpty();
        }
        assertThat(namesIn(folder)).containsExactly("study one.parallax");
    }

    @Test
    void aProjectInAReadOnlyFolderOpensReadOnly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cd"));
        Path file = projectWithDocuments(folder.resolve("sample.parallax"), 2);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Database db = Database.open(file)) {
            assertThat(db.readOnlyReason()).hasValueSatisfying(r -> assertThat(r).contains("is read-only"));
            assertThat(new JdbcDocumentStore(db).count()).isEqualTo(2);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(namesIn(folder)).containsExactly("sample.parallax");
    }

    static Path projectWithDocuments(Path file, int count) {
        try (Database db = Database.create(file)) {
            JdbcDocumentStore documents = new JdbcDocumentStore(db);
            for (int i = 0; i < count; i++) {
                documents.insert(DocumentMeta.titled("Document " + i), ("Text of document " + i + ". ").repeat(200),
                        "hash-" + i, null);
            }
        }
        return file;
    }

    /** Overwrites the header of the content-hash index's root page with garbage, as a bad disk would. */
    static byte[] damageAnIndexPage(Path file) throws Exception {
        int page;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE tbl_name='documents' AND type='index'")) {
            rs.next();
            page = rs.getInt(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((page - 1) * 4096L);
            raf.write(new byte[] {0x0d, (byte) 0xff, (byte) 0xff, 0x7f, 0x7f, 0x01, 0x02, 0x03});
        }
        return Files.readAllBytes(file);
    }

    private static List<String> namesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
