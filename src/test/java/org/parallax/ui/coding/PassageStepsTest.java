package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;

/** F8 and Shift+F8 go from passage to passage in text order; two codes on the same words are one stop. */
class PassageStepsTest {
    private static final List<Segment> PASSAGES = List.of(passage(1, 40, 60), passage(2, 10, 20), passage(3, 10, 30),
            passage(4, 40, 60));

    @Test
    void fromACaretTheNextPassageStartsAtOrAfterItAndThePreviousBeforeIt() {
        assertThat(step(new TextRange(10, 10), true)).isEqualTo(2);
        assertThat(step(new TextRange(25, 25), true)).isEqualTo(1);
        assertThat(step(new TextRange(25, 25), false)).isEqualTo(3);
        assertThat(step(new TextRange(5, 5), false)).isNull();
        assertThat(step(new TextRange(70, 70), true)).isNull();
    }

    @Test
    void fromASelectedPassageTheStepsGoOnePassageAtATimeAndWordsCodedTwiceAreOneStop() {
        assertThat(step(new TextRange(10, 20), true)).isEqualTo(3);
        assertThat(step(new TextRange(10, 30), true)).as("1 and 4 cover the same words").isEqualTo(1);
        assertThat(step(new TextRange(40, 60), true)).isNull();
        assertThat(step(new TextRange(40, 60), false)).isEqualTo(3);
        assertThat(step(new TextRange(10, 30), false)).isEqualTo(2);
    }

    private static Long step(TextRange at, boolean forward) {
        return PassageSteps.from(PASSAGES, at, forward).map(Segment::id).orElse(null);
    }

    private static Segment passage(long id, int start, int end) {
        return new Segment(id, 1, start, end, 1, 1, null, Instant.EPOCH);
    }
}
