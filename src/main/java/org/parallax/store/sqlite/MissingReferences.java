package org.parallax.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows that refer to a row that is not there ({@code PRAGMA foreign_key_check}). Deleting a passage removes what
 * refers to it (its memo, anchor and assistant record cascade), so such a reference is damage: most often a passage
 * whose id a flipped bit changed, which its row checksum leaves out (docs/decisions/0024-ids-and-settings-unsealed.md).
 */
final class MissingReferences {
    /** Every table a foreign key of the schema leaves from or points to, as the researcher knows its rows. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("segments", "a passage"),
            Map.entry("documents", "a document"), Map.entry("document_texts", "a document's text"),
            Map.entry("document_attributes", "a document's attribute"), Map.entry("codes", "a code"),
            Map.entry("coders", "a coder"), Map.entry("memos", "a memo"), Map.entry("frames", "a frame"),
            Map.entry("scenarios", "a scenario"), Map.entry("code_anchors", "an anchor passage of a code"),
            Map.entry("code_expectations", "a code's expectation in Table 1"),
            Map.entry("passage_provenance", "the assistant's record of a passage"),
            Map.entry("assistant_rejections", "a suggestion a coder rejected"),
            Map.entry("hypothesis_sets", "a hypothesis set"), Map.entry("hypotheses", "a hypothesis"),
            Map.entry("evidence", "an evidence item"),
            Map.entry("evidence_likelihoods", "an evidence item's likelihood"),
            Map.entry("evidence_passages", "a passage an evidence item rests on"));

    private MissingReferences() {
    }

    /** One finding a line, as {@link QuickCheck#integrity} gives them; empty when every reference is there. */
    static List<String> find(Connection connection) throws SQLException {
        List<String> findings = new ArrayList<>();
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String child = named(table) ? " (" + NAMES.get(table) + ")" : "";
                findings.add("row " + rs.getLong(2) + " of table " + table + child + " refers to "
                        + NAMES.getOrDefault(rs.getString(3), "a row of table " + rs.getString(3))
                        + " that is not in the file (its id was changed by damage, or its row was lost)");
            }
        }
        return findings;
    }

    /** Whether a finding about the table's rows names them as the researcher knows them. */
    static boolean named(String table) {
        return NAMES.containsKey(table);
    }
}
