package org.parallax.store.jdbc;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.SegmentColumns;

/**
 * Every passage of a project file read from its documents' packs where a pack is whole ({@link SegmentPacks}), and from
 * the rows of {@code segments} for every other document, the memos apart, all on one state of the file (one read
 * transaction). A pack that fails its format, length or checksum is not read: its document's rows are. When the
 * passages read in all are not as many as the rows (a pack written past the triggers), nothing read from packs is used
 * and the caller reads every row, as before packs.
 */
final class PackedLoad {
    /** A document's rows as {@link JdbcSegmentStore}'s load reads them, the memos apart. */
    private static final String ROWS = "SELECT " + PassageRow.COLUMNS + ", NULL, "
            + JdbcSegmentStore.CREATED_IF_INTEGER + " AS created FROM segments s WHERE ";
    /**
     * The rows of the documents without a pack, looked up through the passages' index by document: asked of every
     * passage ({@code s.document_id NOT IN (...)}) it read the whole table when every document has its pack, 14 ms of
     * thread CPU and every page of {@code segments} on the cold first Table 1 (docs/performance.md). A passage whose
     * document is not in {@code documents} is not read here, and the count below then sends the load to the rows.
     */
    static final String UNPACKED = ROWS + "s.document_id IN (SELECT d.id FROM documents d "
            + "WHERE d.id NOT IN (SELECT document_id FROM segment_packs))";
    private static final String OF_DOCUMENT = ROWS + "s.document_id = ?";

    private PackedLoad() {
    }

    /**
     * The passages by document and start, or empty when the file keeps no pack, or the total read disagrees with the
     * rows: then every row is to be read. {@code c} must be in a read (or write) transaction.
     */
    static Optional<SegmentColumns> read(Connection c) throws SQLException {
        if (!packsKept(c)) {
            return Optional.empty();
        }
        int rows = Sql.one(c, "SELECT count(*) FROM segments", rs -> rs.getInt(1)).orElse(0);
        Map<Long, String> memos = new HashMap<>();
        Sql.list(c, "SELECT segment_id, text FROM memos WHERE segment_id IS NOT NULL",
                rs -> memos.put(rs.getLong(1), rs.getString(2)));
        SegmentColumns.Builder columns = new SegmentColumns.Builder(rows + 16);
        JdbcSegmentStore.SharedTimes times = new JdbcSegmentStore.SharedTimes();
        List<Long> notWhole = new ArrayList<>();
        int read = 0;
        long[] words = new long[0];
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT document_id, pack FROM segment_packs")) {
            while (rs.next()) {
                long document = rs.getLong(1);
                byte[] pack = rs.getBytes(2);
                if (!SegmentPacks.whole(pack)) {
                    notWhole.add(document);
                    continue;
                }
                int count = SegmentPacks.count(pack);
                words = unpack(document, pack, count, words, columns, memos, times);
                read += count;
            }
        }
        try (PreparedStatement st = c.prepareStatement(UNPACKED)) {
            read += addRows(st, columns, memos, times);
        }
        for (long document : notWhole) {
            try (PreparedStatement st = c.prepareStatement(OF_DOCUMENT)) {
                st.setLong(1, document);
                read += addRows(st, columns, memos, times);
            }
        }
        return read == rows ? Optional.of(columns.buildByDocumentAndStart()) : Optional.empty();
    }

    /** Whether the file has the packs table and any pack in it; with none the rows are read as before packs. */
    private static boolean packsKept(Connection c) throws SQLException {
        boolean table = Sql.one(c, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'segment_packs'",
                rs -> true).isPresent();
        return table && Sql.one(c, "SELECT 1 FROM segment_packs LIMIT 1", rs -> true).isPresent();
    }

    /**
     * Adds the passages of one pack. Each passage is five big-endian longs (id, start and end, code, coder, time), read
     * in one bulk copy into {@code words} rather than six buffer calls a passage: on the cold first Table 1 the loop
     * runs before the JIT has compiled it, where each call costs (21 against 27 ms of thread CPU for 300,000 passages,
     * docs/performance.md). Returns {@code words}, grown if this pack needed more.
     */
    private static long[] unpack(long document, byte[] pack, int count, long[] words, SegmentColumns.Builder columns,
                                 Map<Long, String> memos, JdbcSegmentStore.SharedTimes times) {
        int length = count * SegmentPacks.LONGS_PER_PASSAGE;
        long[] into = words.length >= length ? words : new long[length];
        ByteBuffer.wrap(pack, SegmentPacks.HEADER, pack.length - SegmentPacks.HEADER).asLongBuffer().get(into, 0, length);
        boolean anyMemo = !memos.isEmpty();
        for (int at = 0; at < length; at += SegmentPacks.LONGS_PER_PASSAGE) {
            long id = into[at];
            long bounds = into[at + 1];
            columns.add(id, document, (int) (bounds >>> 32), (int) bounds, into[at + 2], into[at + 3],
                    anyMemo ? memos.get(id) : null, times.ofNanos(into[at + 4]));
        }
        return into;
    }

    private static int addRows(PreparedStatement st, SegmentColumns.Builder columns, Map<Long, String> memos,
                               JdbcSegmentStore.SharedTimes times) throws SQLException {
        int added = 0;
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                PassageRow.add(rs, id, rs.getLong(3), memos.isEmpty() ? null : memos.get(id), columns, times);
                added++;
            }
        }
        return added;
    }
}
