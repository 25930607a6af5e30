package org.parallax.workbench;

import org.parallax.model.Segment;

/**
 * One place where two coders' passages disagree: a passage only coder A has, one only coder B has, or the
 * same span (overlap of at least half the union) given different codes. The absent side is null;
 * {@code resolved} when the consensus layer holds one side's passage (same range and code).
 */
public record Disagreement(Kind kind, long documentId, String document, Passage a, Passage b, boolean resolved) {

    /** What kind of disagreement it is, worded for a list. */
    public enum Kind {
        ONLY_A("only A"), ONLY_B("only B"), DIFFERENT_CODE("different code");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Which coder's reading a resolution accepts. */
    public enum Side { A, B }

    /** A coded passage with its code's name and its text. */
    public record Passage(Segment segment, String code, String text) {
    }

    /** The passage of one side, or null when that coder coded nothing there. */
    public Passage side(Side side) {
        return side == Side.A ? a : b;
    }

    /** Where the disagreement starts in its document: the start of the earlier passage, for sorting and opening it. */
    public int start() {
        int startA = a == null ? Integer.MAX_VALUE : a.segment().start();
        int startB = b == null ? Integer.MAX_VALUE : b.segment().start();
        return Math.min(startA, startB);
    }

    /** Where the disagreement ends: the end of the later of the two passages. */
    public int end() {
        int endA = a == null ? 0 : a.segment().end();
        int endB = b == null ? 0 : b.segment().end();
        return Math.max(endA, endB);
    }
}
