package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parallax.model.Names;

/**
 * The migration to schema version 12: the names a project holds (document titles and attribute names, frame,
 * scenario, code and coder names) are cleaned in the file as {@link Names#clean} cleans every name that comes in, so
 * that a name an older Parallax or another tool stored with a direction mark or a zero-width space is shown as saved
 * and found by its plain spelling. Each changed row gets its new checksum; a row whose checksum was already wrong keeps
 * its name and its sum, so the check still names it. Where a name must be unique and its cleaned form is taken, it is
 * kept apart as "name (2)", "name (3)"… (decision 28): nothing is merged.
 */
final class StoredNames {
    private static final System.Logger LOG = System.getLogger(StoredNames.class.getName());

    /**
     * A column of names; {@code scope} is null where names may repeat (titles), "" where they are unique in the
     * table, else the column within whose values they are unique. {@code empty} stands for a name of nothing visible.
     */
    private record NameColumn(RowChecks.Table table, String name, String scope, String empty) {
    }

    private static final List<NameColumn> COLUMNS = List.of(
            new NameColumn(RowChecks.DOCUMENTS, "title", null, "(untitled)"),
            new NameColumn(RowChecks.DOCUMENT_ATTRIBUTES, "name", "document_id", "(unnamed)"),
            new NameColumn(RowChecks.FRAMES, "name", "", "(unnamed)"),
            new NameColumn(RowChecks.SCENARIOS, "name", "", "(unnamed)"),
            new NameColumn(RowChecks.CODES, "name", "", "(unnamed)"),
            new NameColumn(RowChecks.CODERS, "name", "", "(unnamed)"));

    private StoredNames() {
    }

    static Void cleanAll(Connection c) throws SQLException {
        for (NameColumn column : COLUMNS) {
            clean(c, column);
        }
        return null;
    }

    private static void clean(Connection c, NameColumn column) throws SQLException {
        RowChecks.Table t = column.table();
        int name = place(t, column.name());
        int scope = column.scope() == null || column.scope().isEmpty() ? -1 : place(t, column.scope());
        List<Object[]> unclean = new ArrayList<>();
        Map<Object, Set<String>> taken = new HashMap<>();
        RowChecks.eachRow(c, t, (values, intact) -> {
            String stored = (String) values[name];
            // A damaged row is left for the check to name (its name may be NULL); its name stays taken.
            if (intact && !stored.equals(Names.clean(stored))) {
                unclean.add(values);
            } else {
                taken.computeIfAbsent(scope < 0 ? "" : values[scope], s -> new HashSet<>()).add(stored);
            }
        });
        ScenarioCodes scenarioCodes = t == RowChecks.SCENARIOS ? ScenarioCodes.read(c) : null;
        // The lowest key keeps the plain name, whatever order the rows were read in.
        unclean.sort((a, b) -> byKey(a, b, t.key().size()));
        for (Object[] row : unclean) {
            String cleaned = Names.clean((String) row[name]);
            cleaned = cleaned.isEmpty() ? column.empty() : cleaned;
            if (column.scope() != null) {
                Set<String> names = taken.computeIfAbsent(scope < 0 ? "" : row[scope], s -> new HashSet<>());
                cleaned = free(cleaned, n -> names.contains(n)
                        || (scenarioCodes != null && scenarioCodes.takenFor(row[0], n)));
                names.add(cleaned);
            }
            rename(c, column, Arrays.copyOf(row, t.key().size()), cleaned);
            if (scenarioCodes != null) {
                scenarioCodes.follow(c, row[0], cleaned);
            }
        }
    }

    /**
     * The codes as a scenario's cleaning sees them: a scenario's code bears its name and code names are unique too,
     * so a scenario's new name must be free among the other codes, and its code (when sound) takes it as well.
     */
    private record ScenarioCodes(Map<String, Object> ownerByName, Map<Object, List<Object[]>> soundByScenario) {
        static ScenarioCodes read(Connection c) throws SQLException {
            int name = place(RowChecks.CODES, "name");
            int scenario = place(RowChecks.CODES, "scenario_id");
            Map<String, Object> owners = new HashMap<>();
            Map<Object, List<Object[]>> sound = new HashMap<>();
            RowChecks.eachRow(c, RowChecks.CODES, (values, intact) -> {
                // An indicator code's owner is "" (no scenario); a damaged row's name is kept out of every choice.
                owners.put((String) values[name], values[scenario] == null || !intact ? "" : values[scenario]);
                if (intact && values[scenario] != null) {
                    sound.computeIfAbsent(values[scenario], s -> new ArrayList<>()).add(values);
                }
            });
            return new ScenarioCodes(owners, sound);
        }

        boolean takenFor(Object scenarioId, String name) {
            return ownerByName.containsKey(name) && !scenarioId.equals(ownerByName.get(name));
        }

        /**
         * Gives the scenario's code the scenario's new name. A scenario has one code; were another tool to have made
         * it a second, only the first follows (two cannot share a name), the other is cleaned as any code is.
         */
        void follow(Connection c, Object scenarioId, String name) throws SQLException {
            List<Object[]> codes = soundByScenario.getOrDefault(scenarioId, List.of());
            if (!codes.isEmpty()) {
                Object[] code = codes.stream().min((a, b) -> byKey(a, b, 1)).orElseThrow();
                ownerByName.remove((String) code[place(RowChecks.CODES, "name")]);
                rename(c, new NameColumn(RowChecks.CODES, "name", "", "(unnamed)"), new Object[] {code[0]}, name);
            }
            ownerByName.put(name, scenarioId);
        }
    }

    private static int place(RowChecks.Table t, String column) {
        return t.read().stream().map(RowChecks.Column::name).toList().indexOf(column);
    }

    /** Key values are integers or texts (an attribute's name). */
    private static int byKey(Object[] a, Object[] b, int keys) {
        for (int i = 0; i < keys; i++) {
            int order = a[i] instanceof Long n ? Long.compare(n, (Long) b[i])
                    : ((String) a[i]).compareTo((String) b[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** {@code wanted}, or the first of "wanted (2)", "wanted (3)"… that is not {@code taken}. */
    private static String free(String wanted, Predicate<String> taken) {
        if (!taken.test(wanted)) {
            return wanted;
        }
        int n = 2;
        while (taken.test(wanted + " (" + n + ")")) {
            n++;
        }
        String apart = wanted + " (" + n + ")";
        LOG.log(System.Logger.Level.INFO, "A stored name cleaned to '" + wanted + "', which another already has; "
                + "kept apart as '" + apart + "'");
        return apart;
    }

    private static void rename(Connection c, NameColumn column, Object[] key, String cleaned) throws SQLException {
        RowChecks.Table t = column.table();
        Object[] params = new Object[key.length + 1];
        params[0] = cleaned;
        System.arraycopy(key, 0, params, 1, key.length);
        RowChecks.unseal(c, t, t.keyWhere(), key);
        Sql.update(c, "UPDATE " + t.name() + " SET " + column.name() + "=? WHERE " + t.keyWhere(), params);
        Object[] newKey = key.clone();
        for (int i = 0; i < key.length; i++) {
            if (t.key().get(i).name().equals(column.name())) {
                newKey[i] = cleaned;
            }
        }
        RowChecks.seal(c, t, t.keyWhere(), newKey);
    }
}
