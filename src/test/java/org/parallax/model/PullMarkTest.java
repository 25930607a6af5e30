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
    private static final FramesAndScenarios NO_TABLES = new FramesAndScenarios(Map.of(), Map.of());

    @Test
    void aMarkIsReadBackWithTheServersVersionOfEachMemo() {
        PullMark mark = new PullMark(SOURCE, PULLED, 74, 31, Map.of(3L, 7L, 12L, 1L), Map.of(5L, 2L), Map.of(1L, 1L),
                new FramesAndScenarios(Map.of(2L, 3L), Map.of(4L, 1L)));
        assertThat(mark.encode()).isEqualTo("5 2026-12-04T10:15:30.123Z 74 31 m3:7,m12:1,c5:2,d1:1,f2:3,s4:1 "
                + SOURCE);
        assertThat(PullMark.decode(mark.encode())).contains(mark);
        PullMark none = new PullMark(SOURCE, PULLED, 0, 0, Map.of(), Map.of(), Map.of(), NO_TABLES);
        assertThat(PullMark.decode(none.encode())).contains(none);
        PullMark format3 = new PullMark(SOURCE, PULLED, 74, 31, Optional.of(MemoVersions.pulled(Map.of(3L, 7L,
                12L, 1L))), Map.of(5L, 2L), Map.of(1L, 1L), Map.of(), Optional.empty());
        assertThat(PullMark.decode("3 2026-12-04T10:15:30.123Z 74 31 m3:7,m12:1,c5:2,d1:1 " + SOURCE))
                .as("no frames and scenarios known").contains(format3);
        assertThat(PullMark.decode("2 2026-12-04T10:15:30.123Z 74 31 3:7,12:1 " + SOURCE)).contains(new PullMark(
                SOURCE, PULLED, 74, 31, Optional.of(MemoVersions.pulled(Map.of(3L, 7L, 12L, 1L))), Map.of(), Map.of(),
                Map.of(), Optional.empty()));
    }

    /** A pull since events were recorded keeps a key of each (format 8); an older mark does not know them. */
    @Test
    void aMarkKnowsTheEventsPulledAndThoseAPushAdded() {
        CausalEvent founding = new CausalEvent(1, java.time.LocalDate.of(1997, 5, 27), "Founding Act", null);
        long key = SharedRows.eventKey(founding);
        PullMark mark = new PullMark(SOURCE, PULLED, 74, 31, Map.of(), Map.of(), Map.of(), NO_TABLES, Map.of(1L, key));
        assertThat(mark.encode()).isEqualTo("8 2026-12-04T10:15:30.123Z 74 31 e1:" + key + " " + SOURCE);
        assertThat(PullMark.decode(mark.encode())).contains(mark);
        PullMark pushed = mark.with(mark.shared().withEvents(Map.of(2L, 7L), Map.of(2L, 40L)));
        assertThat(pushed.encode()).isEqualTo("8 2026-12-04T10:15:30.123Z 74 31 e1:" + key + ",e2:7,v2:40 " + SOURCE);
        assertThat(PullMark.decode(pushed.encode())).contains(pushed);
        assertThat(SharedRows.eventKey(new CausalEvent(1, founding.date(), "Founding Act", "with a description")))
                .isNotEqualTo(key);
        PullMark older = PullMark.decode("5 2026-12-04T10:15:30.123Z 74 31 m3:7 " + SOURCE).orElseThrow();
        assertThat(older.shared().events()).isEmpty();
        assertThat(older.with(older.shared().withEvents(Map.of(2L, 7L), Map.of())).encode())
                .as("still not known which were pulled").startsWith("5 ");
    }

    /** The passages a push may send are kept with its action id until its outcome is settled by the next push. */
    @Test
    void aPushInFlightIsKeptUntilItsOutcomeIsSettled() {
        PullMark mark = new PullMark(SOURCE, PULLED, 74, 31, Map.of(), Map.of(), Map.of(), NO_TABLES, Map.of());
        java.util.UUID action = java.util.UUID.fromString("f0e1d2c3-b4a5-4697-8877-665544332211");
        Instant coded = PULLED.plusSeconds(5);
        PullMark inFlight = mark.beforePush(java.util.List.of(), Optional.of(new PushInFlight(action,
                Map.of(75L, PushInFlight.createdKey(coded)))));
        assertThat(inFlight.encode()).startsWith("8 ").contains("w0:" + action.getMostSignificantBits())
                .contains("w1:" + action.getLeastSignificantBits()).contains("q75:");
        assertThat(PullMark.decode(inFlight.encode())).contains(inFlight);
        assertThat(inFlight.inFlight().orElseThrow().carries(new Segment(75, 2, 0, 10, 5, 1, null, coded))).isTrue();
        assertThat(inFlight.inFlight().orElseThrow().carries(new Segment(75, 2, 0, 10, 5, 1, null,
                coded.plusMillis(1)))).as("coded again in the freed id").isFalse();
        PullMark settled = PullMark.decode(inFlight.encode()).orElseThrow().settled(Map.of(75L, 0L));
        assertThat(settled.encode()).isEqualTo("8 2026-12-04T10:15:30.123Z 74 31 p75:0 " + SOURCE);
        assertThat(settled.serverId(new Segment(75, 2, 0, 10, 5, 1, null, coded), Map.of()))
                .as("shared, and gone from the server").contains(0L);
        assertThat(PullMark.decode("8 2026-12-04T10:15:30.123Z 74 31 w0:5,q75:3 " + SOURCE)).isEmpty();
    }

    @Test
    void aCodeAddedInTheIdOfAPulledOneIsToldByItsVersion() {
        PullMark mark = new PullMark(SOURCE, PULLED, 74, 31, Map.of(), Map.of(30L, 1L, 31L, 3L), Map.of(), NO_TABLES);
        Optional<Code> server31 = Optional.of(code(31, "Deterrence", 3));
        assertThat(mark.addedHere(code(31, "Deterrence", 3), server31)).as("as pulled").isFalse();
        assertThat(mark.addedHere(code(31, "Deterrence (renamed)", 4), server31)).as("renamed offline").isFalse();
        assertThat(mark.addedHere(code(31, "New offline", 1), server31)).as("a version the pulled code left behind")
                .isTrue();
        assertThat(mark.addedHere(code(30, "New offline", 1), Optional.of(code(30, "Trust", 1))))
                .as("the pulled version, but not the pulled name").isTrue();
        assertThat(mark.addedHere(code(30, "New offline", 1), Optional.of(code(30, "Trust", 2))))
                .as("renamed on the server: the pulled name is not known").isFalse();
        assertThat(mark.addedHere(code(32, "New offline", 1), Optional.empty())).isTrue();
    }

    @Test
    void aPushFromACopyThatNeverKnewItsFramesKeepsThemUnknown() {
        PullMark format3 = PullMark.decode("3 2026-12-04T10:15:30.123Z 74 31 m3:7,c5:2 " + SOURCE).orElseThrow();
        PullMark pushed = format3.afterPush(Map.of(75L, 140L), Map.of(), Map.of());
        assertThat(pushed.encode()).isEqualTo("4 2026-12-04T10:15:30.123Z 74 31 m3:7,c5:2,p75:140 " + SOURCE);
        assertThat(PullMark.decode(pushed.encode())).contains(pushed);
        assertThat(pushed.addedHere(new Frame(9, "Renamed on the server", "", "#000000", 1, 1))).isFalse();
    }

    private static Code code(long id, String name, long version) {
        return new Code(id, null, null, null, name, null, null, 0, 0, null, null, version);
    }

    @Test
    void framesAndScenariosAddedOrChangedInTheCopyAreToldFromPulledOnes() {
        PullMark mark = new PullMark(SOURCE, PULLED, 74, 31, Map.of(), Map.of(), Map.of(),
                new FramesAndScenarios(Map.of(2L, 3L), Map.of(4L, 1L)));
        assertThat(mark.changedHere(new Frame(2, "Realism", "", "#000000", 0, 3))).isFalse();
        assertThat(mark.changedHere(new Frame(2, "Renamed", "", "#000000", 0, 4))).isTrue();
        assertThat(mark.addedHere(new Frame(9, "New", "", "#000000", 1, 1))).isTrue();
        assertThat(mark.changedHere(new Scenario(4, "Crisis", "", 0, 2))).isTrue();
        assertThat(mark.addedHere(new Scenario(4, "Crisis", "", 0, 2))).isFalse();
        PullMark older = PullMark.decode("4 2026-12-04T10:15:30.123Z 74 31 - " + SOURCE).orElseThrow();
        assertThat(older.addedHere(new Frame(9, "New", "", "#000000", 1, 1))).as("not known, not claimed").isFalse();
    }

    @Test
    void aPushRecordsWhatTheCopyAndTheServerNowShare() {
        PullMark pulled = new PullMark(SOURCE, PULLED, 74, 31, Map.of(3L, 7L, 12L, 1L), Map.of(5L, 2L), Map.of(),
                NO_TABLES);
        Instant written = PULLED.plusSeconds(60);
        // Memo 3 edited offline (copy version 8) became version 9 on the server; memo 80, written offline, is 95 there.
        Memo edited = new Memo(3, MemoTarget.project(), "edited", "cora", PULLED, written, 8, "cora");
        Memo written80 = new Memo(80, MemoTarget.document(2), "new", "cora", written, written, 1, "cora");
        PullMark pushed = pulled.afterPush(Map.of(75L, 140L, 40L, 40L), Map.of(
                edited, new Memo(3, MemoTarget.project(), "edited", "cora", PULLED, written, 9, "cora"),
                written80, new Memo(95, MemoTarget.document(2), "new", "cora", written, written, 1, "cora")),
                Map.of(code(32, "Added offline", 1), code(57, "Added offline", 1)));

        assertThat(pushed.encode()).isEqualTo("7 2026-12-04T10:15:30.123Z 74 31 m12:1,l3:8,l80:1,r3:9,r95:1,c5:2,"
                + "c32:1,p75:140,a32:57 " + SOURCE);
        assertThat(PullMark.decode(pushed.encode())).contains(pushed);
        assertThat(pushed.asPulled(edited)).isTrue();
        assertThat(pushed.asPulled(new Memo(3, MemoTarget.project(), "again", "cora", PULLED, written, 9, "cora")))
                .as("edited again offline").isFalse();
        assertThat(pushed.changedOnServer(new Memo(95, MemoTarget.document(2), "new", "cora", written, written, 1,
                "cora"), written80)).isFalse();
        Segment sent = new Segment(75, 2, 0, 10, 32, 1, null, written);
        assertThat(pushed.serverId(sent, Map.of(140L, written))).contains(140L);
        assertThat(pushed.serverId(new Segment(75, 2, 0, 10, 32, 1, null, written.plusSeconds(1)),
                Map.of(140L, written))).as("coded offline in the id of a pushed passage removed offline").isEmpty();
        assertThat(pushed.known(new Code(32, null, null, null, "Added offline", null, null, 0, 0))).isTrue();
    }

    /** Texts a push was about to send are kept (format 6) until a push is recorded, which clears them (format 5). */
    @Test
    void theTextsAPushIsAboutToSendAreKeptUntilAPushIsRecorded() {
        PullMark pulled = new PullMark(SOURCE, PULLED, 74, 31, Map.of(3L, 7L), Map.of(), Map.of(), NO_TABLES);
        Instant written = PULLED.plusSeconds(60);
        Memo edited = new Memo(3, MemoTarget.project(), "edited offline", "cora", PULLED, written, 8, "cora");
        Memo onServer = new Memo(3, MemoTarget.project(), "edited offline", "cora", PULLED, written, 9, "cora");
        Memo leads = new Memo(3, MemoTarget.project(), "the lead's", "lena", PULLED, written, 9, "lena");

        PullMark prepared = pulled.beforePush(java.util.List.of(edited), Optional.empty());

        assertThat(prepared.encode()).startsWith("6 2026-12-04T10:15:30.123Z 74 31 m3:7,u"
                + MemoVersions.textKey("edited offline") + ":3 ");
        assertThat(PullMark.decode(prepared.encode())).contains(prepared);
        assertThat(prepared.sentFromHere(onServer, new Memo(3, MemoTarget.project(), "edited again", "cora",
                PULLED, written, 9, "cora"))).isTrue();
        assertThat(prepared.sentFromHere(leads, edited)).isFalse();
        assertThat(pulled.sentFromHere(onServer, edited)).isFalse();
        assertThat(prepared.afterPush(Map.of(), Map.of(edited, onServer), Map.of()).encode()).startsWith("5 ");
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
        PullMark mark = new PullMark(SOURCE, PULLED, 74, 31, Map.of(3L, 7L), Map.of(), Map.of(), NO_TABLES);
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
        assertThat(PullMark.decode("3 2026-12-04T10:15:30.123Z 74 31 m3:7,p3:8 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("4 2026-12-04T10:15:30.123Z 74 31 m3:7,l3:8 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("4 2026-12-04T10:15:30.123Z 74 31 m3:7,f3:8 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("9 2026-12-04T10:15:30.123Z 74 31 - " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("5 2026-12-04T10:15:30.123Z 74 31 m3:7,u3:8 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("6 2026-12-04T10:15:30.123Z 74 31 m3:7,a3:8 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode("7 2026-12-04T10:15:30.123Z 74 31 m3:7,e3:8 " + SOURCE)).isEmpty();
        assertThat(PullMark.decode(null)).isEmpty();
    }
}
