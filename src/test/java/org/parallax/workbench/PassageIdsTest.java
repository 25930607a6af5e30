package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

class PassageIdsTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T10:15:30.123Z");

    @Test
    void aBatchsIdsAreOneRunAndScatteredIdsAreRunsInAscendingOrder() {
        SegmentColumns.Builder batch = new SegmentColumns.Builder(3);
        for (long id = 41; id <= 43; id++) {
            batch.add(id, 1, 0, 5, 2, 3, null, CREATED);
        }
        PassageIds one = PassageIds.of(batch.build());
        assertThat(one.firsts()).containsExactly(41);
        assertThat(one.lasts()).containsExactly(43);
        assertThat(one.asList()).containsExactly(41L, 42L, 43L);

        List<Segment> scattered = new ArrayList<>();
        for (long id : new long[] {9, 3, 4, 12, 10, 4, 1}) {
            scattered.add(new Segment(id, 1, 0, 5, 2, 3, null, CREATED));
        }
        PassageIds runs = PassageIds.of(scattered);
        assertThat(runs.firsts()).containsExactly(1, 3, 9, 12);
        assertThat(runs.lasts()).containsExactly(1, 4, 10, 12);
        assertThat(runs.size()).isEqualTo(6);
        assertThat(runs.asList()).containsExactly(1L, 3L, 4L, 9L, 10L, 12L);
        assertThat(PassageIds.of(List.of()).asList()).isEmpty();
    }
}
