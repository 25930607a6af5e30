package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A surname in the German genitive ("Frau Bergs Meinung zählt" in an interview with Anna Berg, "Putins Rede") went out
 * as written in every pseudonymised export, and no warning named it: the case forms known were Russian only.
 */
class GenitiveNamesTest {
    private final Pseudonyms pseudonyms = new Pseudonyms(Map.of("Anna Berg", "P01", "Vladimir Putin", "P02"));

    @Test
    void aSurnameInTheGenitiveTakesItsPseudonym() {
        assertThat(pseudonyms.text("Frau Bergs Meinung zählt. Putins Rede war lang."))
                .isEqualTo("Frau P01 Meinung zählt. P02 Rede war lang.");
    }

    @Test
    void theGenitiveWrittenSmallOrInsideAnotherWordStays() {
        assertThat(pseudonyms.text("The icebergs were large; the bergs drifted. Bergsteiger kamen."))
                .isEqualTo("The icebergs were large; the bergs drifted. Bergsteiger kamen.");
    }
}
