package org.parallax.workbench;

import java.util.Locale;
import org.parallax.model.Choices;

/** What agreement compares: single characters (kappa and alpha) or text units (alpha). */
public enum AgreementUnit {
    CHARACTER, SENTENCE, PARAGRAPH, TURN;

    /** The spellings `--unit` accepts; errors list them all. */
    public static final Choices<AgreementUnit> CHOICES = Choices.<AgreementUnit>of().add("char", CHARACTER)
            .add("sentence", SENTENCE).add("paragraph", PARAGRAPH).add("turn", TURN)
            .alias("character", CHARACTER).alias("characters", CHARACTER).alias("sentences", SENTENCE)
            .alias("paragraphs", PARAGRAPH).alias("turns", TURN);

    /** Parses the CLI spelling: char (or character), sentence, paragraph, turn. */
    public static AgreementUnit parse(String text) {
        return CHOICES.parse(text, "The agreement unit");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
