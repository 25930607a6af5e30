package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The copy's record of its pull, as a setting: read back as written, an older format read without memo versions. */
class PullMarkTest {
    private static final Instant PULLED = Instant.parse("2026-12-04T10:15:30.123Z");
    private static final String SOURCE = "dbhost:5432/research?project=elite_survey";

    @Test
    void aMarkIsReadBackWithTheServersVersionOfEachMemo() {
        PullMark mark = new PullMark(SOURCE, PULLED, 74, 31, Map.of(3L, 7L, 12L, 1L), Map.of(5L, 2L), Map.of(1L, 1L));
        assertThat(mark.encode()).isEqualTo("3 2026-12-04T10:15:30.123Z 74 31 m3:7,m12:1,c5:2,d1:1 " + SOURCE);
        assertThat(PullMark.decode(mark.encode())).contains(mark);
        PullMark none = new PullMark(SOURCE, PULLED, 0, 0, Map.of(), Map.of(), Map.of());
        assertThat(PullMark.decode(none.encode())).contains(none);
        assertThat(PullMark.decode("2 2026-12-04T10:15:30.123Z 74 31 3:7,12:1 " + SOURCE))
                .contains(new PullMark(SOURCE, PULLED, 74, 31, Map.of(3L, 7L, 12L, 1L), Map.of(), Map.of()));
    }

    @Test
    void aMarkOfAnOlderParallaxHasNoMemoVersionsAndTakesNoMemoAsPulled() {
        PullMark old = PullMark.decode("1 2026-12-04T10:15:30.123Z 74 31 " + SOURCE).orElseThrow();
        assertThat(old.memoVersions()).isEmpty();
        Memo untouched = new Memo(3, MemoTarget.project(), "as pulled", "cora", PULLED.minusSeconds(60),
                PULLED.minusSeconds(60), 7, "cora");
        assertThat(old.asPulled(untouched)).as("compared with the server's instead").isFalse();
    }

    @Test
    void aMemoIsAsPulledOnlyAtThePulledVersionWhateverItsDates() {
        PullMark mark = new PullMark(SOURCE, PULLED, 74, 31, Map.of(3L, 7L), Map.of(), Map.of());
        Instant setBack = PULLED.minusSeconds(3600);
        Memo edited = new Memo(3, MemoTarget.project(), "edited offline", "cora", setBack, setBack, 8, "cora");
        Memo written = new Memo(40, MemoTarget.document(2), "new offline", "cora", setBack, setBack, 1, "cora");
        assertThat(mark.asPulled(edited)).isFalse();
        assertThat(mark.asPulled(written)).isFalse();
        assertThat(mark.asPulled(new Memo(3, MemoTarget.project(), "as pulled", "cora", setBack, setBack, 7, "cora")))
                .isTrue();
        assertThat(mark.removedOnServer(edited)).isTrue();
        assertThat(mark.removedOnServer(written)).isFalse();
    }

    @Test
    void whatIsNotAMarkIsNotRead() {
        assertThat(PullMark.decode("2 2026-12-04T10:15:30.123Z 74 31 3:7,3:8 " + SOURCE)).isEqualTo(Optional.empty());
        assertThat(PullMark.decode("3 2026-12-04T10:15:30.123Z 74 31 m3:7,x3:8 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("3 2026-12-04T10:15:30.123Z 74 31 3:7 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("2 2026-12-04T10:15:30.123Z 74 31 3 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("1 yesterday")).isEmpty();
        assertThat(PullMark.decode("4 2026-12-04T10:15:30.123Z 74 31 - " + SOURCE)).isEmpty();
        assertThat(PullMark.decode(null)).isEmpty();
    }
}
