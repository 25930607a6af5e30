package org.parallax.store.jdbc;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * A document's passages packed in one value ({@code segment_packs}, schema 15, docs/decisions/0034): a copy of its rows
 * of {@code segments}, which triggers delete whenever one of those rows is written, so opening a project can read one
 * value a document instead of one row a passage. The format: a format byte, the number of passages and a CRC-32C of
 * what follows (each 4 bytes, big-endian), then 40 bytes a passage in start and id order: id, start, end, code,
 * coder and time (nanoseconds since 1970), each as wide as a Java long or int. A pack is the bytes its document's rows
 * give, so one that is not those bytes disagrees with them.
 */
public final class SegmentPacks {
    static final byte FORMAT = 1;
    static final int HEADER = 9;
    static final int PER_PASSAGE = 40;
    /** A passage's 40 bytes read as big-endian longs: id, start and end (start in the high half), code, coder, time. */
    static final int LONGS_PER_PASSAGE = PER_PASSAGE / Long.BYTES;
    /** A document's rows as a pack holds them; a time SQLite keeps as anything but an integer is read as NULL. */
    private static final String ROWS = "SELECT id, start_offset, end_offset, code_id, coder_id, "
            + "CASE WHEN typeof(created) = 'integer' THEN created END FROM segments WHERE document_id = ? "
            + "ORDER BY start_offset, id";

    private SegmentPacks() {
    }

    /** The pack of {@code count} passages whose columns are given, in the order given. */
    static byte[] pack(int count, long[] ids, int[] starts, int[] ends, long[] codes, long[] coders, long[] times) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + count * PER_PASSAGE);
        buffer.put(FORMAT).putInt(count).putInt(0);
        for (int i = 0; i < count; i++) {
            buffer.putLong(ids[i]).putInt(starts[i]).putInt(ends[i]).putLong(codes[i]).putLong(coders[i])
                    .putLong(times[i]);
        }
        byte[] pack = buffer.array();
        ByteBuffer.wrap(pack, 5, 4).putInt(crc(pack));
        return pack;
    }

    /** The number of passages a whole pack holds. */
    static int count(byte[] pack) {
        return ByteBuffer.wrap(pack).getInt(1);
    }

    /** Whether {@code pack} is whole: its format, its length for the count it states, its checksum. */
    static boolean whole(byte[] pack) {
        if (pack == null || pack.length < HEADER || pack[0] != FORMAT) {
            return false;
        }
        ByteBuffer header = ByteBuffer.wrap(pack);
        int count = header.getInt(1);
        return count >= 0 && (long) pack.length == HEADER + (long) count * PER_PASSAGE && header.getInt(5) == crc(pack);
    }

    private static int crc(byte[] pack) {
        CRC32C crc = new CRC32C();
        crc.update(pack, HEADER, pack.length - HEADER);
        return (int) crc.getValue();
    }

    /** The pack the rows of {@code documentId} give now, or null when one of them holds no time (damage). */
    static byte[] ofRows(Connection c, long documentId) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(ROWS)) {
            st.setLong(1, documentId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long time = rs.getLong(6);
                    if (rs.wasNull()) {
                        return null;
                    }
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            time});
                }
            }
        }
        int n = rows.size();
        long[] ids = new long[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        long[] codes = new long[n];
        long[] coders = new long[n];
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long[] row = rows.get(i);
            ids[i] = row[0];
            starts[i] = (int) row[1];
            ends[i] = (int) row[2];
            codes[i] = row[3];
            coders[i] = row[4];
            times[i] = row[5];
        }
        return pack(n, ids, starts, ends, codes, coders, times);
    }

    /**
     * The documents whose pack disagrees with their rows of {@code segments} (damaged, or written past the triggers),
     * in document order; none in a database that keeps no packs (a team server).
     */
    public static List<Long> disagreeing(Connection c, Dialect dialect) throws SQLException {
        List<Long> disagreeing = new ArrayList<>();
        if (!dialect.keepsSegmentPacks()) {
            return disagreeing;
        }
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_id, pack FROM segment_packs ORDER BY document_id")) {
            while (rs.next()) {
                long document = rs.getLong(1);
                byte[] stored = rs.getBytes(2);
                if (!whole(stored) || !Arrays.equals(stored, ofRows(c, document))) {
                    disagreeing.add(document);
                }
            }
        }
        return disagreeing;
    }

    /**
     * Writes the pack of each of {@code documentIds} from its rows, read in the same transaction, so no passage written
     * meanwhile can be missed; a document without passages, or whose rows hold a time that is not an integer, gets none.
     */
    static void write(Connection c, Collection<Long> documentIds) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO segment_packs(document_id, pack) "
                + "VALUES (?, ?)")) {
            for (long document : documentIds) {
                byte[] pack = ofRows(c, document);
                if (pack != null && pack.length > HEADER) {
                    st.setLong(1, document);
                    st.setBytes(2, pack);
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    /**
     * The documents with passages whose pack is missing or not as long as their number of passages asks, with that
     * number, in document order: two look-ups in the passages' index and one in the packs a document, so asking costs
     * about a millisecond a thousand documents where a scan of the passages cost hundreds (docs/performance.md).
     */
    static Map<Long, Integer> unpacked(Connection c) throws SQLException {
        Map<Long, Integer> unpacked = new LinkedHashMap<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT d.id, "
                + "(SELECT count(*) FROM segments s WHERE s.document_id = d.id), "
                + "(SELECT length(p.pack) FROM segment_packs p WHERE p.document_id = d.id) "
                + "FROM documents d ORDER BY d.id")) {
            while (rs.next()) {
                int passages = rs.getInt(2);
                long length = rs.getLong(3);
                boolean packed = !rs.wasNull();
                if (passages > 0 && (!packed || length != HEADER + (long) passages * PER_PASSAGE)) {
                    unpacked.put(rs.getLong(1), passages);
                }
            }
        }
        return unpacked;
    }

    /** Deletes the packs of {@code documentIds}: their documents are then read from their rows. */
    public static void drop(Connection c, Collection<Long> documentIds) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM segment_packs WHERE document_id = ?")) {
            for (long document : documentIds) {
                st.setLong(1, document);
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
