package org.parallax.store.jdbc;

import java.util.Map;

/**
 * How a refused edit names the damaged row it would have sealed, from the row's values as read: "Hypothesis “H2”",
 * "Saved search “sanctions”", "Evidence item 4". Names are the row's own (a refusal reads nothing else).
 */
final class RowNames {
    private RowNames() {
    }

    static String of(String table, Map<String, Object> row) {
        return switch (table) {
            case "documents" -> "Document " + quoted(row.get("title"));
            case "document_attributes" -> "Attribute " + quoted(row.get("name")) + " of document "
                    + row.get("document_id");
            case "frames" -> "Frame " + quoted(row.get("name"));
            case "scenarios" -> "Scenario " + quoted(row.get("name"));
            case "codes" -> "Code " + quoted(row.get("name"));
            case "coders" -> "Coder " + quoted(row.get("name"));
            case "segments" -> "Passage " + row.get("id");
            case "memos" -> "Memo " + row.get("id");
            case "code_expectations" -> "The expectation of code " + row.get("code_id") + " for scenario "
                    + row.get("scenario_id");
            case "code_anchors" -> "The anchor example of code " + row.get("code_id") + " (passage "
                    + row.get("segment_id") + ")";
            case "hypothesis_sets" -> "Hypothesis set " + quoted(row.get("name"));
            case "hypotheses" -> "Hypothesis " + quoted(row.get("name"));
            case "evidence" -> "Evidence item " + row.get("id");
            case "evidence_likelihoods" -> "The likelihoods of evidence item " + row.get("evidence_id");
            case "evidence_passages" -> "A passage quoted by evidence item " + row.get("evidence_id");
            case "causal_events" -> "Event " + quoted(row.get("label"));
            case "passage_provenance" -> "The assistant's record of passage " + row.get("segment_id");
            case "assistant_rejections" -> "A suggestion the assistant was told was wrong, in document "
                    + row.get("document_id");
            case "saved_searches" -> "Saved search " + quoted(row.get("name"));
            default -> "Row " + row.values().iterator().next() + " of " + table;
        };
    }

    private static String quoted(Object name) {
        return "“" + name + "”";
    }
}
