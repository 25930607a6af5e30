package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.ParallaxException;

/**
 * A key typed in a code's entry form. With one key on two codes (a project from an earlier release) the form refused
 * every edit of the second code ("Key 1 already codes …") unless its key was cleared first.
 */
class CodingKeyTest {
    private final Code balance = new Code(4, null, 1L, null, "Balance of power", "#000000", null, 1, 3);
    private final Code threat = new Code(5, null, 1L, null, "Perception of threat", "#000000", null, 1, 4);
    private final Code norms = new Code(7, null, 2L, null, "Convergence of norms", "#000000", null, 4, 6);
    private final Codebook book = new Codebook(List.of(), List.of(), List.of(balance, threat, norms), Map.of());

    @Test
    void aCodeSharingItsKeyKeepsItWhenEditedAndTheKeyCodesTheFirstCode() {
        assertThat(CodingKey.parse("1", threat, book)).isEqualTo(1);
        assertThat(CodingKey.parse("", threat, book)).isZero();
        assertThat(book.codeOfKey(1)).contains(balance);
        assertThat(book.keyClashes()).containsOnlyKeys(1);
    }

    @Test
    void takingAnotherCodesKeyIsStillRefused() {
        assertThatThrownBy(() -> CodingKey.parse("1", norms, book)).isInstanceOf(ParallaxException.class)
                .hasMessageContaining("already codes 'Balance of power'");
    }
}
