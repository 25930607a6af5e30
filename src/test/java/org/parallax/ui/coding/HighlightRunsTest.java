package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;

class HighlightRunsTest {

    private static Segment segment(long id, int start, int end, long code) {
        return new Segment(id, 1, start, end, code, 1, null, Instant.EPOCH);
    }

    @Test
    void runsTileTheWholeTextAndClipPassagesAtItsEnd() {
        List<HighlightRun> runs = HighlightRuns.of(100, List.of(segment(1, 10, 20, 7), segment(2, 90, 140, 8)));
        assertThat(runs).extracting(HighlightRun::start).containsExactly(0, 10, 20, 90);
        assertThat(runs).extracting(HighlightRun::end).containsExactly(10, 20, 90, 100);
        assertThat(runs.get(3).codeIds()).containsExactly(8L);
    }

    @Test
    void nestedPassagesGiveThreeRunsAndTheSameCodeTwiceCountsOnce() {
        List<HighlightRun> runs = HighlightRuns.of(50, List.of(segment(1, 0, 30, 7), segment(2, 10, 20, 7)));
        assertThat(runs).extracting(HighlightRun::segmentIds)
                .containsExactly(List.of(1L), List.of(1L, 2L), List.of(1L), List.of());
        assertThat(runs.get(1).codeIds()).containsExactly(7L);
        assertThat(HighlightRuns.at(runs, 15).segmentIds()).containsExactly(1L, 2L);
        assertThat(HighlightRuns.at(runs, 49).isCoded()).isFalse();
        assertThat(HighlightRuns.at(runs, 50)).isNull();
    }

    @Test
    void blendedStyleAveragesColoursAndUnderlinesOverlaps() {
        assertThat(HighlightStyle.css(List.of())).isEmpty();
        assertThat(HighlightStyle.css(List.of("#ff0000", "#0000ff")))
                .isEqualTo("-rtfx-background-color: #7f007f66; -rtfx-underline-color: #0000ff;"
                        + " -rtfx-underline-width: 2.5;");
        assertThat(HighlightStyle.css(List.of("not a colour"))).isEqualTo("-rtfx-background-color: #88888840;");
    }

    @Test
    void wordSnapGrowsToWordEdgesAndTrimsSpaces() {
        String text = "the balance of power shifts";
        int[] snapped = WordSnap.snap(text, 6, 16);
        assertThat(text.substring(snapped[0], snapped[1])).isEqualTo("balance of power");
        int[] trimmed = WordSnap.snap(text, 3, 12);
        assertThat(text.substring(trimmed[0], trimmed[1])).isEqualTo("balance");
    }
}
