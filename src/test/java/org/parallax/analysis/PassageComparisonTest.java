package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;

class PassageComparisonTest {
    private static final long BALANCE = 1;
    private static final long THREAT = 2;
    private static final long STUDENT = 10;
    private static final long REFERENCE = 20;

    @Test
    void sortsPassagesIntoMatchedMissedAndExtraByCodeAndHalfTheUnion() {
        List<Segment> reference = List.of(
                passage(101, 0, 100, BALANCE, REFERENCE),
                passage(102, 200, 300, THREAT, REFERENCE),
                passage(103, 400, 500, BALANCE, REFERENCE),
                passage(104, 600, 700, THREAT, REFERENCE));
        List<Segment> student = List.of(
                passage(1, 10, 100, BALANCE, STUDENT),   // 90/100 of the union: matched
                passage(2, 250, 300, THREAT, STUDENT),   // 50/100: exactly half, matched
                passage(3, 400, 500, THREAT, STUDENT),   // same range, other code: extra; 103 missed
                passage(4, 660, 760, THREAT, STUDENT),   // 40/160: too little, extra; 104 missed
                passage(5, 900, 950, BALANCE, STUDENT)); // nothing there: extra

        PassageComparison.Result result = PassageComparison.compare(student, reference);

        assertThat(result.matched()).extracting(m -> m.student().id(), m -> m.reference().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 101L), org.assertj.core.groups.Tuple.tuple(2L, 102L));
        assertThat(result.matched()).extracting(PassageComparison.Match::overlap).containsExactly(0.9, 0.5);
        assertThat(result.missed()).extracting(Segment::id).containsExactly(103L, 104L);
        assertThat(result.extra()).extracting(Segment::id).containsExactly(3L, 4L, 5L);
    }

    @Test
    void eachReferencePassageMatchesOnlyItsBestStudentPassage() {
        List<Segment> reference = List.of(passage(101, 0, 100, BALANCE, REFERENCE));
        List<Segment> student = List.of(passage(1, 0, 60, BALANCE, STUDENT), passage(2, 0, 90, BALANCE, STUDENT));

        PassageComparison.Result result = PassageComparison.compare(student, reference);

        assertThat(result.matched()).singleElement().satisfies(m -> assertThat(m.student().id()).isEqualTo(2));
        assertThat(result.extra()).extracting(Segment::id).containsExactly(1L);
        assertThat(result.missed()).isEmpty();
    }

    @Test
    void passagesInOtherDocumentsNeverMatch() {
        Segment ref = passage(101, 0, 100, BALANCE, REFERENCE);
        Segment elsewhere = new Segment(1, 8, 0, 100, BALANCE, STUDENT, null, Instant.EPOCH);

        PassageComparison.Result result = PassageComparison.compare(List.of(elsewhere), List.of(ref));

        assertThat(result.matched()).isEmpty();
        assertThat(PassageComparison.overlap(passage(1, 0, 10, 1, 1), passage(2, 10, 20, 1, 1))).isZero();
    }

    private static Segment passage(long id, int start, int end, long code, long coder) {
        return new Segment(id, 7, start, end, code, coder, null, Instant.EPOCH);
    }
}
