package org.parallax.ui.practice;

import org.parallax.workbench.PracticeReport;

/**
 * One line of the Practice tab: a matched, missed or extra passage with its code, its text and, for a miss,
 * the code's definition; {@code start}/{@code end} locate the passage shown (the student's, or the reference's
 * for a miss).
 */
public record PracticeRow(Outcome outcome, String code, String text, String definition, long documentId, int start,
                          int end) {

    /** How a passage fared against the reference coding. */
    public enum Outcome {
        MATCHED("matched"), MISSED("missed"), EXTRA("extra");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static PracticeRow of(Outcome outcome, PracticeReport.Passage p, long documentId) {
        String definition = outcome == Outcome.MISSED && p.definition() != null ? p.definition() : "";
        return new PracticeRow(outcome, p.code(), p.text(), definition, documentId, p.start(), p.end());
    }
}
