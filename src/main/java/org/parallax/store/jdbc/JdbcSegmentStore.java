package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.AlreadyThereException;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.store.OutsideChange.Part;
import org.parallax.store.SegmentStore;
import org.parallax.store.StaleEditException;

/** Coded segments. The same code by the same coder on the same span exists at most once. */
public final class JdbcSegmentStore implements SegmentStore {
    /** Distinct passage times kept while loading, to share their Instants (a power of two). */
    private static final int RECENT_TIMES = 4_096;
    private static final String COLUMNS = "document_id, start_offset, end_offset, code_id, coder_id, created, "
            + "row_crc";
    /** A segment carries its passage memo's text, kept in the memos table with the other memos. */
    private static final String SELECT = "SELECT s.id, s.document_id, s.start_offset, s.end_offset, s.code_id, "
            + "s.coder_id, m.text, %s AS created FROM segments s LEFT JOIN memos m ON m.segment_id = s.id ";
    /**
     * A time SQLite keeps as anything but an integer (damage: it reads a text's leading digits as the number) is read
     * as NULL, which {@link SharedTimes} names; PostgreSQL keeps every value as its column's type.
     */
    static final String CREATED_IF_INTEGER = "CASE WHEN typeof(s.created) = 'integer' THEN s.created END";

    /** Parameters per statement, far below SQLite's and PostgreSQL's limits. */
    private static final int DOCUMENTS_PER_QUERY = 500;

    /** The span a memo's row has in {@link #allWithMemos}; a passage's is never negative (start ≥ 0, end > start). */
    private static final long MEMO_ROW = -1;
    private static final String ALREADY_CODED = "This passage is already coded with that code by that coder";
    /**
     * Every passage in the table's order without its memo, and every passage memo as a row of its own sorted just
     * before its passage (ordered by id and span: SQLite merges the two without sorting the passages); a passage's
     * row as {@link PassageRow} reads it.
     */
    private static final String ALL_WITH_MEMOS = "SELECT " + PassageRow.COLUMNS + ", NULL, %s AS created "
            + "FROM segments s UNION ALL SELECT m.segment_id, 0, " + MEMO_ROW
            + ", 0, 0, 0, m.text, NULL FROM memos m WHERE m.segment_id IS NOT NULL ORDER BY 1, 3";

    /** What this store's writes change: passages and the memos that go with them (their packs follow by trigger). */
    static final Set<Part> PASSAGES = Set.of(Part.SEGMENTS, Part.MEMOS);

    private final JdbcSession db;
    private final String select;
    private final String allWithMemos;

    public JdbcSegmentStore(JdbcSession db) {
        this.db = db;
        String created = db.dialect().keepsStorageClasses() ? CREATED_IF_INTEGER : "s.created";
        this.select = String.format(SELECT, created);
        this.allWithMemos = String.format(ALL_WITH_MEMOS, created);
    }

    /** Inserts a segment ({@code segment.id()} is ignored) and returns it with its new id. */
    @Override
    public Segment insert(Segment segment) {
        return db.write(PASSAGES, c -> {
            // One statement tells both: no id back means the same passage was there (one round trip, not two).
            long id = Sql.one(c, IdFloors.insert(db.dialect(), "segments", COLUMNS, "?,?,?,?,?,?,?")
                    + " ON CONFLICT DO NOTHING RETURNING id", rs -> rs.getLong(1), values(segment, new RowChecksum()))
                    .orElseThrow(() -> AlreadyThereException.saying(ALREADY_CODED, ALREADY_CODED + ": another "
                            + "program or window of that coder, or a lead, coded it a moment ago (nothing was changed)"));
            Segment saved = withId(segment, id);
            JdbcMemoStore.insertPassageMemos(c, db.dialect(), List.of(saved));
            return saved;
        });
    }

    /**
     * Inserts segments in one transaction, skipping exact duplicates; returns those inserted, with the ids the
     * database gave them, in document and offset order. Rows go in sorted because the indexes then fill in order.
     */
    @Override
    public List<Segment> insertAll(Collection<Segment> segments) {
        IndexOrder.Sorted sorted = IndexOrder.of(segments);
        // Each distinct document, code and coder checked once rather than each row's by the foreign keys.
        return db.writeCheckingReferences(PASSAGES, c -> PassageReferences.require(c, sorted), c -> {
            List<Segment> inserted = SegmentBatch.insert(c, db.dialect(), sorted);
            JdbcMemoStore.insertPassageMemos(c, db.dialect(), inserted);
            return inserted;
        });
    }

    /** Puts back segments with their original ids and their memos (undo of a removal). */
    @Override
    public void restoreAll(Collection<Segment> segments) {
        db.write(PASSAGES, c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO segments(id, " + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?)")) {
                RowChecksum sum = new RowChecksum();
                for (Segment s : segments) {
                    bindWithId(st, s, sum);
                    st.addBatch();
                }
                st.executeBatch();
            }
            JdbcMemoStore.insertPassageMemos(c, db.dialect(), segments);
            return null;
        });
    }

    @Override
    public void deleteAll(Collection<Long> ids) {
        db.write(PASSAGES, c -> {
            List<Long> order = List.copyOf(ids);
            int[] deleted;
            try (PreparedStatement st = c.prepareStatement("DELETE FROM segments WHERE id=?")) {
                for (long id : order) {
                    st.setLong(1, id);
                    st.addBatch();
                }
                deleted = st.executeBatch();
            }
            // A passage already gone is no error (undo after another window removed it); one still there is.
            for (int i = 0; i < order.size(); i++) {
                RowSecurity.requireChanged(c, deleted[i], "segments", order.get(i));
            }
            return null;
        });
    }

    @Override
    public void updateCode(long id, long fromCodeId, long toCodeId) {
        db.write(PASSAGES, c -> {
            RowChecks.unseal(c, RowChecks.SEGMENTS, row -> "P" + RowNames.passage(c, row).substring(1), "id=?",
                    id);
            int changed = Sql.update(c, "UPDATE segments SET code_id=? WHERE id=? AND code_id=?", toCodeId, id,
                    fromCodeId);
            RowChecks.sealRow(c, RowChecks.SEGMENTS, id);
            if (changed == 0) {
                refuseAnotherCode(c, id, fromCodeId);
            }
            RowSecurity.requireChanged(c, changed, "segments", id);
            return null;
        });
    }

    /**
     * Refuses a change of a passage's code when another window or program gave it another code since it was read:
     * written, it would undo theirs (an undo in one program after the other changed the passage).
     */
    private static void refuseAnotherCode(Connection c, long id, long fromCodeId) throws SQLException {
        Optional<Long> now = Sql.one(c, "SELECT code_id FROM segments WHERE id=?", rs -> rs.getLong(1), id);
        if (now.isPresent() && now.get() != fromCodeId) {
            String code = Sql.one(c, "SELECT name FROM codes WHERE id=?", rs -> rs.getString(1), now.get())
                    .orElse(String.valueOf(now.get()));
            throw new StaleEditException("Passage " + id + " was given the code “" + code + "” by another window "
                    + "or program meanwhile; your change was not saved");
        }
    }

    @Override
    public Optional<Segment> get(long id) {
        return db.read(c -> Sql.one(c, select + "WHERE s.id=?", JdbcSegmentStore::map, id));
    }

    @Override
    public Optional<Segment> find(Segment like) {
        return db.read(c -> Sql.one(c, select + "WHERE s.document_id=? AND s.start_offset=? "
                        + "AND s.end_offset=? AND s.code_id=? AND s.coder_id=?", JdbcSegmentStore::map,
                like.documentId(), like.start(), like.end(), like.codeId(), like.coderId()));
    }

    /**
     * Every passage, read straight into columns: no {@link Segment} per row held beside them. Counted first so the
     * columns are made once at their size: grown by half at a time, loading 2,000,000 passages held arrays for 1.5 and
     * 2.3 million at once (about 180 MB) and kept up to a third of them unused (docs/performance.md, issue 18).
     *
     * <p>The rows are read in the table's own order and ordered by document and start in memory: ordered by the query,
     * SQLite walked the passages' unique index and looked each row up in the table, and joined each to the memos, about
     * a third of the first Table 1 after opening (docs/performance.md, "Issue 18: passages loaded in the table's
     * order"). Passage memos come in the same statement (one state of the file), each as a row of its own just before
     * its passage's: its passage id, a span of -1 and its text.
     */
    @Override
    public SegmentColumns all() {
        return db.readOneState(c -> {
            if (db.dialect().keepsSegmentPacks()) {
                Optional<SegmentColumns> packed = packedOrEmpty(c);
                if (packed.isPresent()) {
                    return packed.get();
                }
            }
            // A hint only: a row committed in between grows the columns as before.
            int expected = Sql.one(c, "SELECT count(*) FROM segments", rs -> rs.getInt(1)).orElse(0);
            SegmentColumns.Builder columns = new SegmentColumns.Builder(expected + 16);
            try (PreparedStatement st = c.prepareStatement(allWithMemos)) {
                addRowsAndMemos(st, columns);
            }
            return columns.buildByDocumentAndStart();
        });
    }

    /**
     * The passages read from their documents' packs where they are whole (a project file, schema 15), or empty when
     * the rows are to be read: no packs, passages read that are not as many as the rows, or packs SQLite cannot read
     * (a damaged page), which must not keep the project from opening: the rows then say what they say.
     */
    private static Optional<SegmentColumns> packedOrEmpty(Connection c) {
        try {
            return PackedLoad.read(c);
        } catch (SQLException e) {
            System.getLogger(JdbcSegmentStore.class.getName()).log(System.Logger.Level.WARNING,
                    "packed passages not read, the rows are: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The rows of {@link #allWithMemos}: a memo's row names its passage's id, which the next row then has. */
    private static void addRowsAndMemos(PreparedStatement st, SegmentColumns.Builder columns) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            SharedTimes times = new SharedTimes();
            long memoOf = 0;
            String memo = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                long span = rs.getLong(3);
                if (span == MEMO_ROW) {
                    memoOf = id;
                    memo = rs.getString(7);
                    continue;
                }
                PassageRow.add(rs, id, span, memo != null && memoOf == id ? memo : null, columns, times);
            }
        }
    }

    @Override
    public SegmentColumns inIdRanges(long[] firsts, long[] lasts) {
        return db.read(c -> {
            SegmentColumns.Builder columns = new SegmentColumns.Builder();
            for (int from = 0; from < firsts.length; from += DOCUMENTS_PER_QUERY / 2) {
                int to = Math.min(firsts.length, from + DOCUMENTS_PER_QUERY / 2);
                Object[] bounds = new Object[2 * (to - from)];
                for (int i = from; i < to; i++) {
                    bounds[2 * (i - from)] = firsts[i];
                    bounds[2 * (i - from) + 1] = lasts[i];
                }
                try (PreparedStatement st = c.prepareStatement(select + "WHERE " + String.join(" OR ",
                        java.util.Collections.nCopies(to - from, "s.id BETWEEN ? AND ?")) + " ORDER BY s.id")) {
                    Sql.bind(st, bounds);
                    addRows(st, columns);
                }
            }
            return columns.build();
        });
    }

    private static void addRows(PreparedStatement st, SegmentColumns.Builder columns) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            SharedTimes times = new SharedTimes();
            while (rs.next()) {
                columns.add(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getLong(6),
                        rs.getString(7), times.of(rs));
            }
        }
    }

    /**
     * One Instant per distinct passage time among those read lately, not one per passage (24 bytes each: 66 MB at
     * 3,000,000 passages, docs/performance.md, issue 18): a batch's passages share one time, but in a document's order
     * they interleave with other batches' (a merged coder's, passages coded one by one). A time whose slot another
     * took is made again, which costs memory only.
     */
    static final class SharedTimes {
        private final long[] nanos = new long[RECENT_TIMES];
        private final Instant[] instants = new Instant[RECENT_TIMES];

        Instant of(ResultSet rs) throws SQLException {
            return ofNanos(nanos(rs));
        }

        Instant ofNanos(long at) {
            int slot = (int) (at ^ at >>> 29 ^ at >>> 43) & (RECENT_TIMES - 1);
            Instant known = instants[slot];
            if (known == null || nanos[slot] != at) {
                known = StoredInstants.ofNanos(at);
                nanos[slot] = at;
                instants[slot] = known;
            }
            return known;
        }

        /** The row's time as stored; NULL (or, in SQLite, a value kept as anything but an integer) is damage. */
        static long nanos(ResultSet rs) throws SQLException {
            long at = rs.getLong(8);
            // 0 is also 1970-01-01T00:00:00Z: asking whether it was NULL costs a call into the driver per row.
            if (at == 0 && rs.wasNull()) {
                throw StoredValues.unreadable(rs, 8, "segments",
                        new IllegalStateException("NULL in a column that is never NULL"));
            }
            return at;
        }
    }

    @Override
    public List<Segment> ofDocument(long documentId) {
        return db.read(c -> Sql.list(c, select + "WHERE s.document_id=? ORDER BY s.start_offset, s.id",
                JdbcSegmentStore::map, documentId));
    }

    @Override
    public List<Segment> ofDocuments(Collection<Long> documentIds) {
        List<Long> ids = List.copyOf(documentIds);
        return db.read(c -> {
            List<Segment> out = new java.util.ArrayList<>();
            for (int from = 0; from < ids.size(); from += DOCUMENTS_PER_QUERY) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + DOCUMENTS_PER_QUERY));
                out.addAll(Sql.list(c, select + "WHERE s.document_id IN ("
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                        + ") ORDER BY s.document_id, s.start_offset, s.id", JdbcSegmentStore::map, chunk.toArray()));
            }
            return out;
        });
    }

    @Override
    public List<Segment> ofCode(long codeId) {
        return db.read(c -> Sql.list(c, select + "WHERE s.code_id=? ORDER BY s.document_id, s.start_offset, s.id",
                JdbcSegmentStore::map, codeId));
    }

    @Override
    public int countOfCode(long codeId) {
        return db.read(c -> Sql.one(c, "SELECT count(*) FROM segments WHERE code_id=?", rs -> rs.getInt(1), codeId)
                .orElse(0));
    }

    @Override
    public Map<Long, Integer> countsByDocument() {
        Map<Long, Integer> counts = new HashMap<>();
        db.read(c -> Sql.list(c, "SELECT document_id, count(*) FROM segments GROUP BY document_id",
                rs -> counts.put(rs.getLong(1), rs.getInt(2))));
        return counts;
    }

    @Override
    public List<Long> packsDisagreeing() {
        return db.read(c -> SegmentPacks.disagreeing(c, db.dialect()));
    }

    @Override
    public void writePacks(Collection<Long> documentIds) {
        if (!documentIds.isEmpty() && db.dialect().keepsSegmentPacks()) {
            db.writeGivingWay(c -> {
                SegmentPacks.write(c, documentIds);
                return null;
            });
        }
    }

    @Override
    public Map<Long, Integer> unpackedDocuments() {
        if (!db.dialect().keepsSegmentPacks()) {
            return Map.of();
        }
        return db.read(SegmentPacks::unpacked);
    }

    @Override
    public void dropPacks(Collection<Long> documentIds) {
        if (!documentIds.isEmpty() && db.dialect().keepsSegmentPacks()) {
            db.write(PASSAGES, c -> {
                SegmentPacks.drop(c, documentIds);
                return null;
            });
        }
    }

    @Override
    public int count() {
        return db.read(c -> Sql.one(c, "SELECT count(*) FROM segments", rs -> rs.getInt(1)).orElse(0));
    }

    /** The values of {@link #COLUMNS}, the checksum last. */
    private static Object[] values(Segment s, RowChecksum sum) {
        long created = StoredInstants.nanos(s.created());
        return new Object[] {s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(), created,
            RowChecks.segment(sum, s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(), created)};
    }

    private static void bindWithId(PreparedStatement st, Segment s, RowChecksum sum) throws SQLException {
        Object[] values = values(s, sum);
        Object[] shifted = new Object[values.length + 1];
        shifted[0] = s.id();
        System.arraycopy(values, 0, shifted, 1, values.length);
        Sql.bind(st, shifted);
    }

    private static Segment withId(Segment s, long id) {
        return new Segment(id, s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(), s.memo(), s.created());
    }

    private static Segment map(ResultSet rs) throws SQLException {
        return new Segment(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getLong(6),
                rs.getString(7), StoredInstants.ofNanos(SharedTimes.nanos(rs)));
    }
}
