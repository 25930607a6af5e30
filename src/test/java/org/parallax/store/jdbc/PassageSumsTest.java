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
 * A batch's passage sums, with the coder and timestamp summed once, are the sums every project file since schema 11
 * holds: the same as summing each row's values whole ({@link RowChecks#segment}, which {@code check} agrees with).
 */
class PassageSumsTest {
    private record Row(long document, int start, int end, long code, long coder, String created) {
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
    void aStoredPassagesSumIsTheOneSchema11Wrote() {
        // Written by RowChecks.segment at e808aa3, before passage sums shared their coder and timestamp.
        assertThat(new PassageSums().of(17, 1200, 1450, 4, 1, "2026-12-03T13:05:44.123456Z")).isEqualTo(873_295_053L);
    }

    @Provide
    Arbitrary<List<Row>> batches() {
        Arbitrary<Long> ids = Arbitraries.oneOf(Arbitraries.longs().between(1, 5_000), Arbitraries.longs());
        Arbitrary<Integer> offsets = Arbitraries.oneOf(Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers());
        // Few coders and timestamps, as in a batch, among them long texts, surrogates and none at all.
        Arbitrary<String> created = Arbitraries.oneOf(Arbitraries.of("2026-12-03T13:05:44.123456Z",
                        "2026-12-03T13:05:44Z"), Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("a\uD83D\uDE00\uD800\u00e9").ofMaxLength(5))
                .injectNull(0.05);
        Arbitrary<Row> rows = Combinators.combine(ids, offsets, offsets, ids, Arbitraries.longs().between(1, 3),
                created).as(Row::new);
        return rows.list().ofMaxSize(40);
    }
}
