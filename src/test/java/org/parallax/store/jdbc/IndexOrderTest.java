package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parallax.model.Segment;

/**
 * The batch order sorts as a stable sort by (document, start, end, code) does, element for element: the same
 * passages, and of passages with equal keys (duplicates the batch skips, differing memos) the first given stays first.
 * Drawn from few values so keys collide, with document ids anywhere in the long range and starts up to the int
 * range, where the packed numbers no longer fit and the passages are sorted as objects.
 */
class IndexOrderTest {
    private static final Comparator<Segment> KEY = Comparator.comparingLong(Segment::documentId)
            .thenComparingInt(Segment::start).thenComparingInt(Segment::end).thenComparingLong(Segment::codeId);

    @Property(tries = 300)
    void sortsAsAStableSortByKey(@ForAll("batches") List<Segment> batch) {
        List<Segment> expected = new ArrayList<>(batch);
        expected.sort(KEY);

        List<Segment> sorted = IndexOrder.of(batch).passages();

        assertThat(sorted).hasSize(batch.size());
        for (int i = 0; i < sorted.size(); i++) {
            assertThat(sorted.get(i)).as("position %d", i).isSameAs(expected.get(i));
        }
    }

    @Provide
    Arbitrary<List<Segment>> batches() {
        Arbitrary<Long> documents = Arbitraries.oneOf(Arbitraries.longs().between(1, 6),
                Arbitraries.of(Long.MIN_VALUE, -3L, Long.MAX_VALUE, 1L << 40));
        Arbitrary<Integer> starts = Arbitraries.oneOf(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 60_000), Arbitraries.of(Integer.MAX_VALUE - 1, 1 << 30));
        Arbitrary<Segment> segment = Combinators.combine(documents, starts, Arbitraries.integers().between(1, 3),
                Arbitraries.longs().between(1, 3), Arbitraries.of("a", "b", null))
                .as((document, start, length, code, memo) -> new Segment(0, document, start,
                        (int) Math.min(Integer.MAX_VALUE, (long) start + length), code, 1, memo, Instant.EPOCH));
        return segment.list().ofMaxSize(300);
    }
}
