package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.MergedRanges;
import org.parallax.model.Segment;

/** The layers agreement compares: each coder's ranges of a code in a document, sorted and merged. */
class CoderLayersTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void eachCodersRangesAreSortedAndJoinedWhereTheyOverlapOrTouch() {
        List<Segment> segments = List.of(
                segment(1, 40, 60, 7, 1), segment(2, 0, 30, 7, 1), segment(3, 25, 40, 7, 1), segment(4, 70, 80, 7, 1),
                segment(5, 70, 75, 7, 1), segment(6, 90, 100, 7, 2), segment(7, 5, 10, 8, 1), segment(8, 50, 50, 7, 2));

        CoderLayers layers = new CoderLayers(segments, Set.of(1L), List.of(1L, 2L), Set.of(7L, 8L));

        assertThat(layers.layers(1, 7)[0]).hasToString("[0..60, 70..80]");
        assertThat(layers.layers(1, 7)[1]).hasToString("[90..100]");
        assertThat(layers.layers(1, 8)[1]).isEqualTo(MergedRanges.EMPTY);
        assertThat(layers.presentCoders(1)).isEqualTo(0b11);
    }

    @Test
    void theMergedRangesAreThoseOfMergingTheSameRangesAsPairs() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Segment> segments = new ArrayList<>();
            List<int[]> pairs = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(Integer.MAX_VALUE / 2);
                if (random.nextBoolean()) {
                    start = random.nextInt(500);
                }
                int end = start + 1 + random.nextInt(random.nextBoolean() ? 40 : 1_000_000);
                segments.add(segment(i, start, end, 7, 1));
                pairs.add(new int[] {start, end});
            }

            MergedRanges merged = new CoderLayers(segments, Set.of(1L), List.of(1L), Set.of(7L)).layers(1, 7)[0];

            assertThat(merged).isEqualTo(MergedRanges.ofRows(pairs));
        }
    }

    private static Segment segment(long id, int start, int end, long code, long coder) {
        return new Segment(id, 1, start, end, code, coder, null, CREATED);
    }
}
