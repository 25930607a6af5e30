package org.parallax.model;

/** Whether the passage an evidence item quotes is still as it was when the evidence was recorded. */
public enum PassageStatus {
    /** The coded passage (or the selected text) is unchanged. */
    CURRENT("current"),
    /** The coded passage still exists but its range or code changed since; the evidence keeps the old quote. */
    CHANGED("passage changed"),
    /** The coded passage was removed (uncoded); the evidence keeps the quote. */
    DELETED("passage deleted"),
    /**
     * The coded passage went with its code, deleted from the codebook: the evidence keeps the quote, and says why the
     * passage went, as it did before the code was deleted it said what the passage was coded with.
     */
    CODE_DELETED("passage and its code deleted"),
    /**
     * The passage's document was removed from the project (or replaced by other text under its id): the evidence keeps
     * the quote and names the document by the title it had when the evidence was recorded.
     */
    DOCUMENT_REMOVED("document removed");

    private final String label;

    PassageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
