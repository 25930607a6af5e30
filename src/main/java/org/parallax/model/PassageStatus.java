package org.parallax.model;

/** Whether the passage an evidence item quotes is still as it was when the evidence was recorded. */
public enum PassageStatus {
    /** The coded passage (or the selected text) is unchanged. */
    CURRENT("current"),
    /** The coded passage still exists but its range or code changed since; the evidence keeps the old quote. */
    CHANGED("passage changed"),
    /** The coded passage or its document was removed; the evidence keeps the quote. */
    DELETED("passage deleted");

    private final String label;

    PassageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
