package org.parallax.ui.coding;

import java.util.List;

/** The search hits to mark in one document while a search result is being read. */
public record SearchMarks(long documentId, List<TextRange> ranges) {
    public static final SearchMarks NONE = new SearchMarks(-1, List.of());

    public SearchMarks {
        ranges = List.copyOf(ranges);
    }
}
