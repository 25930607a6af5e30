package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.store.DamagedRow;
import org.parallax.store.StoreException;

/**
 * Per-row checksums ({@code row_crc}, schema version 11) of every table that holds the researcher's work, so a
 * flipped bit in a passage's offsets, a code's name or a document's title is found by the check instead of read as
 * saved. Batches of passages compute theirs as they bind ({@link #segment}); every other write seals the rows it
 * wrote by reading them back ({@link #seal}), which costs a look-up per edit of the codebook, a document or a memo.
 * An edit of rows that exist opens them first ({@link #unseal}), which refuses rows that no longer match their sums:
 * {@link #seal} writes sums only for rows without one, so no write can give damage a new sum and bless it.
 */
public final class RowChecks {
    /** A column's kind, which says how it is read for the sum. */
    enum Kind { INTEGER, REAL, TEXT }

    record Column(String name, Kind kind) {
    }

    /**
     * A table: the columns that identify a row (for sealing and for naming a finding) and the columns the sum covers.
     * A passage's id is left out of its sum: a team server gives ids only as the batch goes in, and a flipped id of a
     * table's row breaks the order SQLite's integrity check verifies.
     */
    record Table(String name, List<Column> key, List<Column> summed) {
        String keyWhere() {
            return String.join(" AND ", key.stream().map(c -> c.name() + "=?").toList());
        }

        String columns() {
            List<String> names = new ArrayList<>();
            key.forEach(c -> names.add(c.name()));
            summed.stream().filter(c -> !key.contains(c)).forEach(c -> names.add(c.name()));
            return String.join(", ", names);
        }

        List<Column> read() {
            List<Column> all = new ArrayList<>(key);
            summed.stream().filter(c -> !key.contains(c)).forEach(all::add);
            return all;
        }
    }

    private static final Column ID = new Column("id", Kind.INTEGER);

    static final Table SEGMENTS = table("segments", List.of(ID), false,
            "document_id:I start_offset:I end_offset:I code_id:I coder_id:I created:I");
    static final Table FRAMES = table("frames", List.of(ID), true,
            "name:T description:T color:T position:I version:I changed_by:T");
    static final Table SCENARIOS = table("scenarios", List.of(ID), true,
            "name:T description:T position:I version:I changed_by:T");
    static final Table CODES = table("codes", List.of(ID), true, "parent_id:I frame_id:I scenario_id:I name:T "
            + "color:T definition:T shortcut:I position:I inclusion:T exclusion:T version:I changed_by:T");
    static final Table CODE_EXPECTATIONS = table("code_expectations", keys("code_id scenario_id"), true, "");
    static final Table CODE_ANCHORS = table("code_anchors", keys("code_id segment_id"), true, "");
    static final Table DOCUMENTS = table("documents", List.of(ID), true, "title:T doc_date:T type:T actor:T "
            + "language:T scenario_id:I content_hash:T length:I source_file:T imported:T version:I changed_by:T");
    static final Table DOCUMENT_ATTRIBUTES = table("document_attributes",
            List.of(new Column("document_id", Kind.INTEGER), new Column("name", Kind.TEXT)), true, "value:T");
    static final Table CODERS = table("coders", List.of(ID), true, "name:T");
    static final Table MEMOS = table("memos", List.of(ID), true, "kind:T document_id:I code_id:I segment_id:I "
            + "text:T author_id:I created:T modified:T version:I changed_by:T text_sha256:T");
    static final Table HYPOTHESIS_SETS = table("hypothesis_sets", List.of(ID), true,
            "name:T description:T created:T");
    static final Table HYPOTHESES = table("hypotheses", List.of(ID), true,
            "set_id:I name:T statement:T prior:R catch_all:I position:I");
    static final Table EVIDENCE = table("evidence", List.of(ID), true,
            "set_id:I description:T note:T event_date:T dependency_group:T created:T");
    static final Table EVIDENCE_LIKELIHOODS = table("evidence_likelihoods", keys("evidence_id hypothesis_id"), true,
            "low:R high:R");
    static final Table EVIDENCE_PASSAGES = table("evidence_passages", List.of(ID), true, "evidence_id:I position:I "
            + "segment_id:I segment_created:I code_id:I document_id:I content_hash:T start_offset:I end_offset:I "
            + "quote:T document_title:T document_date:T actor:T");
    static final Table CAUSAL_EVENTS = table("causal_events", List.of(ID), true,
            "event_date:T label:T description:T");
    static final Table PASSAGE_PROVENANCE = table("passage_provenance", keys("segment_id"), true,
            "method:T version:T settings:T confidence:R created:T");
    static final Table ASSISTANT_REJECTIONS = table("assistant_rejections",
            keys("document_id coder_id start_offset end_offset code_id"), true, "created:T");
    static final Table SAVED_SEARCHES = table("saved_searches", List.of(ID), true, "name:T query:T created:T saved_by:T");

    /** Every table with checksums, in the order the check reads them. */
    static final List<Table> ALL = List.of(DOCUMENTS, DOCUMENT_ATTRIBUTES, FRAMES, SCENARIOS, CODES, CODE_EXPECTATIONS,
            CODERS, SEGMENTS, CODE_ANCHORS, MEMOS, HYPOTHESIS_SETS, HYPOTHESES, EVIDENCE, EVIDENCE_LIKELIHOODS,
            EVIDENCE_PASSAGES, CAUSAL_EVENTS, PASSAGE_PROVENANCE, ASSISTANT_REJECTIONS, SAVED_SEARCHES);

    private RowChecks() {
    }

    private static List<Column> keys(String names) {
        List<Column> out = new ArrayList<>();
        for (String name : names.split(" ")) {
            out.add(new Column(name, Kind.INTEGER));
        }
        return out;
    }

    static Table table(String name, List<Column> key, boolean keySummed, String summed) {
        List<Column> columns = new ArrayList<>(keySummed ? key : List.of());
        for (String spec : summed.isBlank() ? new String[0] : summed.split(" ")) {
            String[] parts = spec.split(":");
            columns.add(new Column(parts[0], switch (parts[1]) {
                case "I" -> Kind.INTEGER;
                case "R" -> Kind.REAL;
                default -> Kind.TEXT;
            }));
        }
        return new Table(name, List.copyOf(key), List.copyOf(columns));
    }

    /** A passage's sum, from the values its INSERT binds ({@code created} as stored: nanoseconds since 1970). */
    static long segment(RowChecksum sum, long documentId, int start, int end, long codeId, long coderId,
                        long created) {
        return sum.start().add(documentId).add(start).add(end).add(codeId).add(coderId).add(created).value();
    }

    /**
     * Writes the sums of the rows of {@code t} matching {@code where} that have none: rows just inserted, and rows an
     * edit opened with {@link #unseal}. A row whose stored sum no longer matches its values is left as it is, so that
     * the check still names it (an insert that met it, {@code ON CONFLICT DO NOTHING}, did not change it).
     */
    static void seal(Connection c, Table t, String where, Object... params) throws SQLException {
        sealAnew(c, t, "(" + where + ") AND row_crc IS NULL", params);
    }

    /**
     * Opens the rows of {@code t} matching {@code where} for an edit: refuses, naming the first, when one no longer
     * matches the checksum written with it (the edit would write a new one over the damage, and the check would no
     * longer name it), else clears their sums for {@link #seal} to write once the edit is written. A row that is not
     * there is left to the edit to refuse.
     */
    static void unseal(Connection c, Table t, String where, Object... params) throws SQLException {
        unseal(c, t, row -> RowNames.of(c, t.name(), row), where, params);
    }

    /** {@link #unseal}, the refusal naming the row as {@code named} does. */
    static void unseal(Connection c, Table t, Naming named, String where,
                       Object... params) throws SQLException {
        if (requireIntact(c, t, named, where, params) > 0) {
            Sql.update(c, "UPDATE " + t.name() + " SET row_crc=NULL WHERE " + where, params);
        }
    }

    /**
     * Refuses, naming the first as {@code named} does, when a row of {@code t} matching {@code where} no longer
     * matches its checksum (before rows are deleted and written anew from what was read); returns how many matched.
     */
    static int requireIntact(Connection c, Table t, Naming named, String where,
                             Object... params) throws SQLException {
        List<Column> read = t.read();
        int[] rows = {0};
        List<Map<String, Object>> damaged = new ArrayList<>(1);
        eachRow(c, t, (values, intact) -> {
            rows[0]++;
            if (!intact && damaged.isEmpty()) {
                damaged.add(named(read, values));
            }
        }, where, params);
        if (!damaged.isEmpty()) {
            throw editOfDamage(named.of(damaged.get(0)));
        }
        return rows[0];
    }

    /**
     * Writes the sums of the rows of {@code t} matching {@code where} from their values as stored now, whatever sums
     * they had: only for upgrades, which sum rows anew in another way (the rows they found damaged left out).
     */
    static void sealAnew(Connection c, Table t, String where, Object... params) throws SQLException {
        List<Column> read = t.read();
        int[] places = places(t, read);
        List<Object[]> sums = new ArrayList<>();
        RowChecksum sum = new RowChecksum();
        try (PreparedStatement st = Sql.prepare(c, "SELECT " + t.columns() + " FROM " + t.name() + " WHERE "
                + where, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Object[] values = values(rs, read);
                Object[] update = new Object[t.key().size() + 1];
                update[0] = sum(sum, places, values);
                System.arraycopy(values, 0, update, 1, t.key().size());
                sums.add(update);
            }
        }
        if (sums.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE " + t.name() + " SET row_crc=? WHERE "
                + t.keyWhere())) {
            for (Object[] update : sums) {
                Sql.bind(st, update);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * Forgets who last changed each row of {@code table} (its {@code changed_by}), in a copy handed to another coder,
     * and seals the rows anew; refuses, as an edit does, when a row no longer matches its sum.
     */
    public static void forgetEditors(Connection c, String table) throws SQLException {
        Table t = ALL.stream().filter(known -> known.name().equals(table)).findFirst().orElseThrow();
        unseal(c, t, "changed_by IS NOT NULL");
        Sql.update(c, "UPDATE " + t.name() + " SET changed_by=NULL WHERE changed_by IS NOT NULL");
        seal(c, t, "1=1");
    }

    /**
     * Names {@code to} where {@code from} is named as who last changed a row (codebook, documents, memos) or saved a
     * search, for a coder renamed, the rows sealed anew; refuses, as an edit does, when a row no longer matches its sum.
     */
    static void renameEditor(Connection c, String from, String to) throws SQLException {
        for (Table t : List.of(FRAMES, SCENARIOS, CODES, DOCUMENTS, MEMOS, SAVED_SEARCHES)) {
            String column = t == SAVED_SEARCHES ? "saved_by" : "changed_by";
            unseal(c, t, column + "=?", from);
            Sql.update(c, "UPDATE " + t.name() + " SET " + column + "=? WHERE " + column + "=?", to, from);
            seal(c, t, column + "=?", to);
        }
    }

    /** Sets one column of the row {@code id} of {@code table} to {@code value}, the row sealed anew. */
    public static void setColumn(Connection c, String table, long id, String column, String value) throws SQLException {
        Table t = ALL.stream().filter(known -> known.name().equals(table)).findFirst().orElseThrow();
        unsealRow(c, t, id);
        Sql.update(c, "UPDATE " + t.name() + " SET " + column + " = ? WHERE id = ?", value, id);
        sealRow(c, t, id);
    }

    /** Seals the row of a one-column key (an id). */
    static void sealRow(Connection c, Table t, long id) throws SQLException {
        seal(c, t, t.key().get(0).name() + "=?", id);
    }

    /** Opens the row of a one-column key (an id) for an edit ({@link #unseal}). */
    static void unsealRow(Connection c, Table t, long id) throws SQLException {
        unseal(c, t, t.key().get(0).name() + "=?", id);
    }

    /**
     * Seals the coder row named {@code name} in a team project's schema, for a connection whose search path is not
     * that schema (adding a team member gives them their coder row).
     */
    public static void sealCoder(Connection c, String quotedSchema, String name) throws SQLException {
        seal(c, new Table(quotedSchema + "." + CODERS.name(), CODERS.key(), CODERS.summed()), "name=?", name);
    }

    /** Seals every row of every table (the migration to schema version 11), passages' times as their text then. */
    static Void sealAll(Connection c) throws SQLException {
        for (Table t : ALL) {
            sealAnew(c, RejectionCoders.before19(SavedSearchSavers.before17(StoredPassageTimes.before14(t))), "1=1");
        }
        return null;
    }

    /** The rows of every table whose values no longer match their sum, or that have none. */
    static List<DamagedRow> damaged(Connection c) throws SQLException {
        List<DamagedRow> out = new ArrayList<>();
        for (Table t : ALL) {
            List<Column> read = t.read();
            eachRow(c, t, (values, intact) -> {
                if (!intact) {
                    out.add(new DamagedRow(t.name(), named(read, values)));
                }
            });
        }
        return out;
    }

    /** How a refused edit names the row it found damaged, from the row's values as read. */
    interface Naming {
        String of(Map<String, Object> row) throws SQLException;
    }

    /** Hears one row of a table: its values in {@link Table#read} order, and whether they match the stored sum. */
    interface RowVisitor {
        void row(Object[] values, boolean intact) throws SQLException;
    }

    /** Reads every row of {@code t} with its stored sum; a row without one is not intact. */
    static void eachRow(Connection c, Table t, RowVisitor visitor) throws SQLException {
        eachRow(c, t, visitor, "1=1");
    }

    /** The refusal of an edit of {@code named} (a row that no longer matches its sum), in words. */
    private static StoreException editOfDamage(String named) {
        return new StoreException(named + ": its values no longer match the checksum written with them: the file was "
                + "changed or damaged; your change was not saved, so that the damage is not kept as yours. See what is "
                + "damaged with parallax check, and bring back a sound backup with parallax restore (File → Restore "
                + "from backup… in the window)");
    }

    private static void eachRow(Connection c, Table t, RowVisitor visitor, String where, Object... params)
            throws SQLException {
        RowChecksum sum = new RowChecksum();
        List<Column> read = t.read();
        int[] places = places(t, read);
        try (PreparedStatement st = Sql.prepare(c, "SELECT " + t.columns() + ", row_crc FROM " + t.name() + " WHERE "
                + where, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Object[] values = values(rs, read);
                long stored = rs.getLong(read.size() + 1);
                boolean missing = rs.wasNull();
                visitor.row(values, !missing && stored == sum(sum, places, values));
            }
        }
    }

    static Object[] values(ResultSet rs, List<Column> read) throws SQLException {
        Object[] values = new Object[read.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = switch (read.get(i).kind()) {
                case INTEGER -> rs.getLong(i + 1);
                case REAL -> rs.getDouble(i + 1);
                case TEXT -> rs.getString(i + 1);
            };
            values[i] = rs.wasNull() ? null : v;
        }
        return values;
    }

    /** The values read, by their columns' names. */
    static Map<String, Object> named(List<Column> read, Object[] values) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            named.put(read.get(i).name(), values[i]);
        }
        return named;
    }

    /** Where each summed column is among the columns read. */
    private static int[] places(Table t, List<Column> read) {
        return t.summed().stream().mapToInt(read::indexOf).toArray();
    }

    private static long sum(RowChecksum sum, int[] places, Object[] values) {
        sum.start();
        for (int place : places) {
            Object v = values[place];
            if (v == null) {
                sum.addNull();
            } else if (v instanceof Long n) {
                sum.add((long) n);
            } else if (v instanceof Double d) {
                sum.add((double) d);
            } else {
                sum.add((String) v);
            }
        }
        return sum.value();
    }
}
