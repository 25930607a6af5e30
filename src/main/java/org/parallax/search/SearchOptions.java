package org.parallax.search;

/**
 * How to run a search: how many KWIC lines to return (totals are always exact), how many characters
 * of context on each side, and whether bare words match exact forms only (no stemming).
 */
public record SearchOptions(int maxLines, int contextChars, boolean exactForms) {

    public SearchOptions {
        if (maxLines < 0 || contextChars < 0) {
            throw new IllegalArgumentException("maxLines and contextChars must not be negative");
        }
    }

    public static SearchOptions defaults() {
        return new SearchOptions(100, 60, false);
    }

    public SearchOptions withMaxLines(int lines) {
        return new SearchOptions(lines, contextChars, exactForms);
    }

    public SearchOptions withExactForms(boolean exact) {
        return new SearchOptions(maxLines, contextChars, exact);
    }
}
