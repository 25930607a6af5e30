package org.parallax.model;

/** A half-open range {@code [start, end)} of a document's text in UTF-16 code units. */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid text range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    /**
     * Written out rather than left to the record: a record's equals and hashCode are bootstrapped through method
     * handles at their first call, which made the first search of every {@code search} command spin a dozen classes
     * at run time (docs/performance.md, "Issue 18, session 13: the search command").
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TextRange r && r.start == start && r.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(TextRange other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
