package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * Inserts many passages with the ids the database gives them: multi-row {@code INSERT … ON CONFLICT DO NOTHING
 * RETURNING} of up to {@value #ROWS} rows, one statement per chunk rather than one per row (per-row statements made
 * 200,000 passages take 4 s in SQLite and would cost a round trip each on a server). Where the database has a
 * faster way in ({@link Dialect#copiesIn}, PostgreSQL's COPY), a batch larger than one chunk is streamed into a
 * temporary table and moved into {@code segments} by one {@code INSERT … SELECT}: the server then parses, plans,
 * checks row-level security and fires its change trigger once rather than once per thousand rows. The returned
 * rows carry their natural key (document, span, code, coder), which tells which input each id belongs to and which
 * inputs were duplicates, whatever order the database returns them in. Where ids rise in insertion order (SQLite),
 * the INSERTs name each row's id and return nothing.
 */
final class SegmentBatch {
    /** Rows per statement: 7 parameters each stays far below SQLite's 32,766 and PostgreSQL's 65,535. */
    static final int ROWS = 1000;
    /**
     * Parameters per plain INSERT where ids rise (SQLite), below its 32,766: 5,000 rows of an id, four values and
     * the row's sum when the coder and the timestamp are shared, fewer when each row binds its own. Inside a transaction each
     * statement journals every page it changes that an earlier statement of the batch wrote (the code index's
     * insertion points above all), so fewer, longer statements write less: 1,000-row statements journalled 48 MB for
     * 200,000 passages, 5,000-row ones 11 MB, for about a fifth less CPU (docs/performance.md).
     */
    static final int RISING_PARAMETERS = 30_000;
    private static final String INSERT = "INSERT INTO segments(document_id, start_offset, end_offset, code_id, "
            + "coder_id, created, row_crc) VALUES ";
    private static final String INSERT_WITH_ID = "INSERT INTO segments(id, document_id, start_offset, end_offset, "
            + "code_id, coder_id, created, row_crc) VALUES ";
    private static final String RETURNING = " ON CONFLICT DO NOTHING RETURNING id, document_id, start_offset, "
            + "end_offset, code_id, coder_id";
    /**
     * Where a copied batch waits for its move into {@code segments}: temporary, so the session's own and gone at the
     * end of the transaction whatever happens (COPY cannot load a table with row-level security, such as segments;
     * the INSERT that moves the rows is checked by the policies like any other).
     */
    private static final String STAGED = "pg_temp.parallax_staged_passages";

    private record Key(long document, int start, int end, long code, long coder) {
        static Key of(Segment s) {
            return new Key(s.documentId(), s.start(), s.end(), s.codeId(), s.coderId());
        }
    }

    private SegmentBatch() {
    }

    /** Inserts {@code sorted} and returns the rows inserted, with ids, in its order; duplicates are left out. */
    static List<Segment> insert(Connection c, Dialect dialect, IndexOrder.Sorted sorted) throws SQLException {
        List<Segment> ordered = sorted.passages();
        if (ordered.isEmpty()) {
            return List.of();
        }
        if (dialect.insertsRisingIds()) {
            return insertWithIds(c, sorted);
        }
        Map<Key, Long> ids = new HashMap<>(ordered.size() * 2);
        if (ordered.size() > ROWS && dialect.copiesIn() && mayStage(c)) {
            copy(c, dialect, ordered, ids);
        } else {
            statements(c, ordered, ids);
        }
        return matched(ordered, ids);
    }

    /** The inputs that were inserted, with their ids, in input order: of inputs with the same key only the first. */
    private static List<Segment> matched(List<Segment> ordered, Map<Key, Long> ids) {
        List<Segment> inserted = new ArrayList<>(ids.size());
        for (Segment s : ordered) {
            // remove: of inputs with the same key, only the first was inserted.
            Long id = ids.remove(Key.of(s));
            if (id != null) {
                inserted.add(new Segment(id, s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(), s.memo(),
                        s.created()));
            }
        }
        return inserted;
    }

    /**
     * Where ids rise ({@link Dialect#insertsRisingIds}): plain multi-row INSERTs that name each row's id, the largest
     * held before plus the input's position, so which input holds which id is known without reading anything back.
     * RETURNING made SQLite hand back every row through its statement machinery, about a fifth of the batch; reading
     * the 200,000 rows back to match them was another sixth, and an aggregate proving that SQLite had given the ids
     * in input order still a twelfth (docs/performance.md, issue 18 sessions 7–12). An input that was a duplicate
     * leaves its id unused: then the ids present above the largest before say which inputs went in.
     */
    private static List<Segment> insertWithIds(Connection c, IndexOrder.Sorted sorted) throws SQLException {
        List<Segment> ordered = sorted.passages();
        long before;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(id) FROM segments")) {
            before = rs.next() ? rs.getLong(1) : 0;
        }
        before = Math.max(before, IdFloors.floor(c, "segments"));
        if (before > Long.MAX_VALUE - ordered.size()) {
            throw new SQLException("No ids are left above " + before + " for " + ordered.size() + " passages");
        }
        // Straight into columns: 200,000 new Segment objects were 13 MB, and the cache and undo keep columns. Filled
        // as the rows are bound, in the same pass, on the likely guess that no passage was there before.
        SegmentColumns.Builder columns = new SegmentColumns.Builder(ordered.size());
        long stored = plainStatements(c, sorted, before, columns);
        if (stored == ordered.size()) {
            return columns.build();
        }
        List<Segment> inserted = new ArrayList<>((int) stored);
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM segments WHERE id > ? ORDER BY id")) {
            st.setLong(1, before);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Segment s = ordered.get((int) (id - before - 1));
                    inserted.add(new Segment(id, s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(),
                            s.memo(), s.created()));
                }
            }
        }
        return inserted;
    }

    /** Inserts with the ids {@code before + 1 …} in input order, without returning anything; returns how many were new. */
    private static long plainStatements(Connection c, IndexOrder.Sorted sorted, long before,
                                        SegmentColumns.Builder columns) throws SQLException {
        List<Segment> ordered = sorted.passages();
        // A batch's passages usually share one timestamp and one coder: then they are written into the statement,
        // not bound per row (each bound value is boxed and handed to SQLite through its own native call).
        String coder = sorted.sharedCoder() == null ? null : Long.toString(sorted.sharedCoder());
        String created = sorted.sharedCreated() == null ? null
                : Long.toString(StoredInstants.nanos(sorted.sharedCreated()));
        int rows = RISING_PARAMETERS / (6 + (created == null ? 1 : 0) + (coder == null ? 1 : 0));
        long stored = 0;
        int whole = ordered.size() / rows * rows;
        if (whole > 0) {
            try (PreparedStatement st = c.prepareStatement(statement(rows, true, coder, created, false))) {
                for (int from = 0; from < whole; from += rows) {
                    bind(st, ordered.subList(from, from + rows), before + from, coder == null, created == null,
                            columns);
                    stored += st.executeUpdate();
                }
            }
        }
        if (whole < ordered.size()) {
            try (PreparedStatement st = c.prepareStatement(statement(ordered.size() - whole, true, coder, created,
                    false))) {
                bind(st, ordered.subList(whole, ordered.size()), before + whole, coder == null, created == null,
                        columns);
                stored += st.executeUpdate();
            }
        }
        return stored;
    }

    private static void statements(Connection c, List<Segment> ordered, Map<Key, Long> ids) throws SQLException {
        int whole = ordered.size() / ROWS * ROWS;
        if (whole > 0) {
            // One statement for every full chunk: SQLite compiles the 1,000-row statement once.
            try (PreparedStatement st = c.prepareStatement(statement(ROWS, true))) {
                for (int from = 0; from < whole; from += ROWS) {
                    run(st, ordered.subList(from, from + ROWS), ids);
                }
            }
        }
        if (whole < ordered.size()) {
            try (PreparedStatement st = c.prepareStatement(statement(ordered.size() - whole, true))) {
                run(st, ordered.subList(whole, ordered.size()), ids);
            }
        }
    }

    /**
     * Whether the session may make the temporary table (every login may unless the database's owner revoked
     * TEMPORARY from PUBLIC): without it the batch goes in by statements, slower but the same.
     */
    private static boolean mayStage(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT has_database_privilege(current_database(), 'TEMPORARY')")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Streams the rows into the staging table, then moves them into segments in input order with one statement. */
    private static void copy(Connection c, Dialect dialect, List<Segment> ordered, Map<Key, Long> ids)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE " + STAGED.substring("pg_temp.".length()) + " (position INTEGER, "
                    + "document_id BIGINT, start_offset INTEGER, end_offset INTEGER, code_id BIGINT, coder_id BIGINT, "
                    + "created BIGINT, row_crc BIGINT) ON COMMIT DROP");
            dialect.copyIn(c, STAGED, new CopyRows(ordered));
            try (ResultSet rs = st.executeQuery("INSERT INTO segments(document_id, start_offset, end_offset, code_id, "
                    + "coder_id, created, row_crc) SELECT document_id, start_offset, end_offset, code_id, coder_id, "
                    + "created, row_crc "
                    + "FROM " + STAGED + " ORDER BY position" + RETURNING)) {
                collect(rs, ids);
            }
            // Dropped now rather than at commit: a second batch in the same transaction makes it again.
            st.execute("DROP TABLE " + STAGED);
        }
    }

    private static void collect(ResultSet rs, Map<Key, Long> ids) throws SQLException {
        while (rs.next()) {
            ids.put(new Key(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getLong(6)), rs.getLong(1));
        }
    }

    private static void run(PreparedStatement st, List<Segment> chunk, Map<Key, Long> ids) throws SQLException {
        bind(st, chunk);
        try (ResultSet rs = st.executeQuery()) {
            collect(rs, ids);
        }
    }

    private static void bind(PreparedStatement st, List<Segment> chunk) throws SQLException {
        bind(st, chunk, -1, true, true, null);
    }

    /**
     * Binds each row's id ({@code idBefore} plus its place, unless negative), values, if asked its coder and its
     * timestamp, and its checksum; adds each row with its id to {@code columns} unless that is null.
     */
    private static void bind(PreparedStatement st, List<Segment> chunk, long idBefore, boolean withCoder,
                             boolean withCreated, SegmentColumns.Builder columns) throws SQLException {
        // One call per row rather than the row's work in the loop: the JIT compiles a method after a few hundred
        // calls, a loop's body only after some 60,000 turns, the first twelve of a batch's forty statements
        // (docs/performance.md, "Issue 18, session 18").
        RowBinder rows = new RowBinder(st, idBefore, withCoder, withCreated, columns);
        for (Segment s : chunk) {
            rows.bind(s);
        }
    }

    /** Binds one statement's rows in order, from its first parameter on. */
    private static final class RowBinder {
        private final PreparedStatement st;
        private final boolean withId;
        private final boolean withCoder;
        private final boolean withCreated;
        private final SegmentColumns.Builder columns;
        private final PassageSums sums = new PassageSums();
        private int p = 1;
        private long id;
        // A batch's passages usually share one timestamp: convert it once, not once per row.
        private java.time.Instant lastInstant;
        private long lastCreated;

        RowBinder(PreparedStatement st, long idBefore, boolean withCoder, boolean withCreated,
                  SegmentColumns.Builder columns) {
            this.st = st;
            this.withId = idBefore >= 0;
            this.id = idBefore;
            this.withCoder = withCoder;
            this.withCreated = withCreated;
            this.columns = columns;
        }

        void bind(Segment s) throws SQLException {
            if (s.created() != lastInstant && !s.created().equals(lastInstant)) {
                lastInstant = s.created();
                lastCreated = StoredInstants.nanos(lastInstant);
            }
            if (withId) {
                st.setLong(p++, ++id);
            }
            st.setLong(p++, s.documentId());
            st.setInt(p++, s.start());
            st.setInt(p++, s.end());
            st.setLong(p++, s.codeId());
            if (withCoder) {
                st.setLong(p++, s.coderId());
            }
            if (withCreated) {
                st.setLong(p++, lastCreated);
            }
            st.setLong(p++, sums.of(s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(), lastCreated));
            if (columns != null) {
                columns.add(id, s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(), s.memo(), s.created());
            }
        }
    }

    private static String statement(int rows, boolean returning) {
        return statement(rows, false, null, null, returning);
    }

    /** A multi-row INSERT: with an id column if asked, with {@code coder} and {@code created} as literals unless null. */
    private static String statement(int rows, boolean withIds, String coder, String created, boolean returning) {
        String row = "(" + (withIds ? "?," : "") + "?,?,?,?," + (coder == null ? "?" : coder) + ","
                + (created == null ? "?" : created) + ",?)";
        StringBuilder sql = new StringBuilder(INSERT_WITH_ID.length() + RETURNING.length() + rows * (row.length() + 1))
                .append(withIds ? INSERT_WITH_ID : INSERT);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(',');
            }
            sql.append(row);
        }
        return sql.append(returning ? RETURNING : " ON CONFLICT DO NOTHING").toString();
    }

    /**
     * The passages as COPY's text format, made a row at a time as the driver reads (200,000 rows are about 10 MB
     * as one string). Every column is a number, so nothing needs escaping.
     */
    private static final class CopyRows extends java.io.Reader {
        private final List<Segment> rows;
        private final StringBuilder line = new StringBuilder(96);
        private final PassageSums sums = new PassageSums();
        private java.time.Instant lastInstant;
        private long lastCreated;
        private int next;
        private int at;

        CopyRows(List<Segment> rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int copied = 0;
            while (copied < length) {
                if (at == line.length()) {
                    if (next == rows.size()) {
                        break;
                    }
                    fill(rows.get(next), next);
                    next++;
                }
                int n = Math.min(length - copied, line.length() - at);
                line.getChars(at, at + n, buffer, offset + copied);
                at += n;
                copied += n;
            }
            return copied == 0 && length > 0 ? -1 : copied;
        }

        private void fill(Segment s, int position) {
            if (s.created() != lastInstant && !s.created().equals(lastInstant)) {
                lastInstant = s.created();
                lastCreated = StoredInstants.nanos(lastInstant);
            }
            line.setLength(0);
            at = 0;
            line.append(position).append('\t').append(s.documentId()).append('\t').append(s.start()).append('\t')
                    .append(s.end()).append('\t').append(s.codeId()).append('\t').append(s.coderId()).append('\t')
                    .append(lastCreated).append('\t').append(sums.of(s.documentId(), s.start(), s.end(),
                            s.codeId(), s.coderId(), lastCreated)).append('\n');
        }

        @Override
        public void close() {
        }
    }
}
