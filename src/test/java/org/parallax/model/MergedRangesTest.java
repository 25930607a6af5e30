package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one merge of character ranges, checked against merging the slow, obvious way. */
class MergedRangesTest {

    @Test
    void overlappingAndTouchingRangesJoinInAnyOrder() {
        MergedRanges merged = MergedRanges.of(List.of(new TextRange(70, 80), new TextRange(40, 60),
                new TextRange(0, 30), new TextRange(25, 40), new TextRange(70, 75), new TextRange(90, 90)));

        assertThat(merged).hasToString("[0..60, 70..80, 90..90]");
        assertThat(merged.length()).isEqualTo(70);
    }

    @Test
    void aNegativeOrBackwardRangeIsRefused() {
        assertThatThrownBy(() -> new MergedRanges.Builder().add(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void mergingEqualsJoiningPairsUntilNoneOverlapOrTouch(@ForAll("ranges") List<TextRange> ranges) {
        assertThat(MergedRanges.of(ranges).toString()).isEqualTo(naiveMerge(ranges));
    }

    @Property
    void lengthIntersectionAndLookupsAgreeWithCountingCharacters(@ForAll("passages") List<TextRange> first,
                                                                @ForAll("ranges") List<TextRange> second,
                                                                @ForAll("passage") TextRange probe) {
        MergedRanges a = MergedRanges.of(first);
        MergedRanges b = MergedRanges.of(second);
        BitSet inA = covered(first);
        BitSet inB = covered(second);
        BitSet both = (BitSet) inA.clone();
        both.and(inB);

        assertThat(a.length()).isEqualTo(inA.cardinality());
        assertThat(a.intersection(b)).isEqualTo(both.cardinality());
        assertThat(a.overlaps(probe.start(), probe.end()))
                .isEqualTo(inA.get(probe.start(), probe.end()).cardinality() > 0);
        assertThat(a.contains(probe.start(), probe.end()))
                .isEqualTo(inA.get(probe.start(), probe.end()).cardinality() == probe.length());
    }

    @Property
    void largeOffsetsSortAsNumbers(@ForAll("farRanges") List<TextRange> ranges) {
        assertThat(MergedRanges.of(ranges).toString()).isEqualTo(naiveMerge(ranges));
    }

    @Provide
    Arbitrary<List<TextRange>> ranges() {
        return range(0).list().ofMaxSize(30);
    }

    /** Passages and hits are never empty, which overlaps and contains rely on. */
    @Provide
    Arbitrary<List<TextRange>> passages() {
        return passage().list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<TextRange> passage() {
        return range(1);
    }

    private static Arbitrary<TextRange> range(int shortest) {
        return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.integers().between(shortest, 25))
                .as((start, length) -> new TextRange(start, start + length));
    }

    @Provide
    Arbitrary<List<TextRange>> farRanges() {
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE / 2),
                        Arbitraries.integers().between(0, 1_000_000))
                .as((start, length) -> new TextRange(start, start + length)).list().ofMaxSize(30);
    }

    /** Joins any two ranges that overlap or touch, again and again, then sorts. */
    private static String naiveMerge(List<TextRange> ranges) {
        List<TextRange> out = new ArrayList<>(ranges);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size() && !joined; i++) {
                for (int j = i + 1; j < out.size() && !joined; j++) {
                    TextRange a = out.get(i);
                    TextRange b = out.get(j);
                    if (a.start() <= b.end() && b.start() <= a.end()) {
                        out.set(i, new TextRange(Math.min(a.start(), b.start()), Math.max(a.end(), b.end())));
                        out.remove(j);
                        joined = true;
                    }
                }
            }
        }
        out.sort(null);
        StringBuilder text = new StringBuilder("[");
        for (TextRange r : out) {
            text.append(text.length() == 1 ? "" : ", ").append(r.start()).append("..").append(r.end());
        }
        return text.append(']').toString();
    }

    private static BitSet covered(List<TextRange> ranges) {
        BitSet bits = new BitSet();
        ranges.forEach(r -> bits.set(r.start(), r.end()));
        return bits;
    }
}
