package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A batch's passage sums, with the coder and timestamp summed once, are the sums every project file holds: the same
 * as summing each row's values whole ({@link RowChecks#segment}, which {@code check} agrees with).
 */
class PassageSumsTest {
    private record Row(long document, int start, int end, long code, long coder, long created) {
        long wholeSum() {
            return RowChecks.segment(new RowChecksum(), document, start, end, code, coder, created);
        }
    }

    @Property(tries = 300)
    void aBatchOfRowsGetsTheSumsOfItsRowsSummedWhole(@ForAll("batches") List<Row> batch) {
        PassageSums sums = new PassageSums();
        for (Row r : batch) {
            assertThat(sums.of(r.document(), r.start(), r.end(), r.code(), r.coder(), r.created())).as(r.toString())
                    .isEqualTo(r.wholeSum());
        }
    }

    @Test
    void aStoredPassagesSumIsTheOneSchema14Wrote() {
        // Written by RowChecks.segment when the time became an integer (schema 14): 2026-12-03T13:05:44.123456Z.
        assertThat(new PassageSums().of(17, 1200, 1450, 4, 1, 1_796_303_144_123_456_000L)).isEqualTo(-1_369_442_137L);
    }

    @Provide
    Arbitrary<List<Row>> batches() {
        Arbitrary<Long> ids = Arbitraries.oneOf(Arbitraries.longs().between(1, 5_000), Arbitraries.longs());
        Arbitrary<Integer> offsets = Arbitraries.oneOf(Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers());
        // Few coders and timestamps, as in a batch, among them the extremes.
        Arbitrary<Long> created = Arbitraries.oneOf(Arbitraries.of(1_796_303_144_123_456_000L,
                1_796_303_144_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE, 0L), Arbitraries.longs());
        Arbitrary<Row> rows = Combinators.combine(ids, offsets, offsets, ids, Arbitraries.longs().between(1, 3),
                created).as(Row::new);
        return rows.list().ofMaxSize(40);
    }
}
