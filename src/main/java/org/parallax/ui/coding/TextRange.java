package org.parallax.ui.coding;

/** A half-open range {@code [start, end)} of a document's text in UTF-16 units. */
public record TextRange(int start, int end) {

    public boolean isEmpty() {
        return end <= start;
    }
}
