package org.parallax.workbench;

import java.util.Locale;

/** What agreement compares: single characters (kappa and alpha) or text units (alpha). */
public enum AgreementUnit {
    CHARACTER, SENTENCE, PARAGRAPH, TURN;

    /** Parses the CLI spelling: char (or character), sentence, paragraph, turn. */
    public static AgreementUnit parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "char", "character", "characters" -> CHARACTER;
            case "sentence", "sentences" -> SENTENCE;
            case "paragraph", "paragraphs" -> PARAGRAPH;
            case "turn", "turns" -> TURN;
            default -> throw new IllegalArgumentException("Unknown agreement unit '" + text
                    + "' (expected char, sentence, paragraph or turn)");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
