package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * `check` knows the packed copies of a document's passages (schema 15, docs/decisions/0034): a copy that is the
 * document's rows as they are passes; one that disagrees with them (damaged, or written past the triggers that drop
 * it) is a finding that needs no backup, and `check --mend` drops it, leaving the passages as they are (the command wrote, so it closes the
 * project writing the dropped packs again from the rows). The test
 * writes the format itself (a format byte, the count, a CRC-32C of the rest, then 40 bytes a passage in start and id
 * order), so a change of the format shows here.
 */
class PassagePacksCheckCliTest {
    @TempDir
    Path dir;

    @Test
    void aPackThatDisagreesWithItsPassagesIsAFindingThatCheckMendDropsLeavingThePassages() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Workbench.open(project).close();
        List<Long> documents = new ArrayList<>();
        try (Connection c = connect(project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT DISTINCT document_id FROM segments ORDER BY 1")) {
            while (rs.next()) {
                documents.add(rs.getLong(1));
            }
        }
        long whole = documents.get(0);
        long changed = documents.get(1);
        long unreadable = documents.get(2);
        int passages;
        try (Connection c = connect(project)) {
            passages = count(c, "SELECT count(*) FROM segments");
            for (long document : documents) {
                write(c, document, packOf(c, document));
            }
        }
        assertThat(Cli.ok("check", project).out()).as("every pack the rows of its document")
                .contains("no problems found");

        try (Connection c = connect(project)) {
            // Written past the triggers, as an outside tool could: the copy says the first passage ends one later.
            byte[] wrong = packOf(c, changed);
            ByteBuffer.wrap(wrong).putInt(9 + 12, ByteBuffer.wrap(wrong).getInt(9 + 12) + 1);
            write(c, changed, sealed(wrong));
            write(c, unreadable, new byte[] {1, 0, 0});
        }
        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out().lines().filter(l -> l.contains("packed copy")).toList()).hasSize(2)
                .allMatch(l -> l.contains("drop the copy (the passages stay as they are) with: parallax check --mend "
                        + project.toAbsolutePath()));
        assertThat(check.out()).contains("document " + changed + " “").contains("document " + unreadable + " “")
                .doesNotContain("document " + whole + " “")
                .contains("2 problems found; nothing to restore: each line above says how to mend it");

        Cli mend = Cli.ok("check", "--mend", project);
        assertThat(mend.out()).contains("dropped 2 packed copies of passages that disagreed with them")
                .contains("no problems found");
        try (Connection c = connect(project)) {
            // Dropped, and written again from the rows as the command, which wrote, closed the project.
            assertThat(count(c, "SELECT count(*) FROM segment_packs")).isEqualTo(documents.size());
            for (long document : List.of(changed, unreadable)) {
                assertThat(stored(c, document)).as("document " + document).isEqualTo(packOf(c, document));
            }
            assertThat(count(c, "SELECT count(*) FROM segments")).isEqualTo(passages);
        }
    }

    /** The pack of a document's rows, written here as the format says, not by the program. */
    private static byte[] packOf(Connection c, long document) throws Exception {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, start_offset, end_offset, code_id, coder_id, "
                + "created FROM segments WHERE document_id = ? ORDER BY start_offset, id")) {
            st.setLong(1, document);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6)});
                }
            }
        }
        ByteBuffer body = ByteBuffer.allocate(40 * rows.size());
        for (long[] r : rows) {
            body.putLong(r[0]).putInt((int) r[1]).putInt((int) r[2]).putLong(r[3]).putLong(r[4]).putLong(r[5]);
        }
        return sealed(ByteBuffer.allocate(9 + body.capacity()).put((byte) 1).putInt(rows.size()).putInt(0)
                .put(body.array()).array());
    }

    /** The pack with the CRC-32C of its passages in its header. */
    private static byte[] sealed(byte[] pack) {
        CRC32C crc = new CRC32C();
        crc.update(pack, 9, pack.length - 9);
        ByteBuffer.wrap(pack).putInt(5, (int) crc.getValue());
        return pack;
    }

    private static void write(Connection c, long document, byte[] pack) throws Exception {
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO segment_packs(document_id, pack) "
                + "VALUES (?, ?)")) {
            st.setLong(1, document);
            st.setBytes(2, pack);
            st.executeUpdate();
        }
    }

    private static byte[] stored(Connection c, long document) throws Exception {
        try (PreparedStatement st = c.prepareStatement("SELECT pack FROM segment_packs WHERE document_id = ?")) {
            st.setLong(1, document);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private static int count(Connection c, String sql) throws Exception {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection connect(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
