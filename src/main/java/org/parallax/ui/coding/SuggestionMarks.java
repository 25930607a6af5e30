package org.parallax.ui.coding;

import java.util.List;

/**
 * The assistant's suggestions marked faintly in one document, the current one (which the keys act on) marked
 * more strongly, and the line that says what the current one is and which keys act on it.
 */
public record SuggestionMarks(long documentId, List<TextRange> ranges, int current, String hint) {
    public static final SuggestionMarks NONE = new SuggestionMarks(-1, List.of(), -1, "");

    public SuggestionMarks {
        ranges = List.copyOf(ranges);
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }
}
