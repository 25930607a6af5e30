package org.parallax.model;

import java.util.Locale;

/** The kind of primary source a document is; drives filters and tallies by type. */
public enum DocumentType {
    TREATY, DECLARATION, SPEECH, MINUTES, INTERVIEW, OTHER;

    /** The labels files, the CLI and the UI accept; errors list them all. */
    public static final Choices<DocumentType> CHOICES = Choices.of(DocumentType.class);

    /** Made once: an export of 200,000 passages asked for it once per row. */
    private final String label = name().toLowerCase(Locale.ROOT);

    /** Lower-case label used in files, the CLI and the UI. */
    public String label() {
        return label;
    }

    /** Parses a label case-insensitively; blank gives OTHER, an unknown label is an error. */
    public static DocumentType parse(String label) {
        if (label == null || label.isBlank()) {
            return OTHER;
        }
        return CHOICES.parse(label, "The document type");
    }
}
