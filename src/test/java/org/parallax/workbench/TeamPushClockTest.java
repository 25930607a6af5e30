package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.workbench.OfflineMember.forgetIdFloors;
import static org.parallax.workbench.OfflineMember.indicator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Frame;
import org.parallax.model.MemoTarget;
import org.parallax.model.PullMark;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;

/**
 * {@code team push} from a copy worked on while this machine's clock was wrong, or after another member whose clock
 * is wrong changed the server: what changed offline is told from what was pulled, and a server change from none, by
 * versions, never by comparing one clock's dates with another's or with its own earlier reading.
 */
@NeedsTestServer
class TeamPushClockTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();
    /** A clock set back an hour after the pull (by hand, or NTP correcting one that ran fast). */
    private static final Clock SET_BACK = Clock.offset(Clock.systemUTC(), Duration.ofHours(-1));

    @TempDir
    Path dir;

    @Test
    void memosWrittenOfflineAfterTheClockWasSetBackArePushed() {
        OfflineMember cora = coder("memoback");
        long first;
        long second;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            first = online.documents().list().get(0).id();
            second = online.documents().list().get(1).id();
            online.memos().set(MemoTarget.document(first), "cora's note, as pulled");
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.useClock(SET_BACK);
            offline.memos().set(MemoTarget.document(first), "cora's note, rewritten offline");
            offline.memos().set(MemoTarget.document(second), "a new note, written offline");
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).isEmpty();
        assertThat(push.memosSent()).as("both offline memos reach the team").isEqualTo(2);
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.memos().memo(MemoTarget.document(first)).orElseThrow().text())
                    .isEqualTo("cora's note, rewritten offline");
            assertThat(online.memos().memo(MemoTarget.document(second)).orElseThrow().text())
                    .isEqualTo("a new note, written offline");
        }
    }

    @Test
    void aServerEditByAMemberWhoseClockIsBehindIsAConflictNotOverwritten() {
        OfflineMember cora = coder("memobehind");
        long first;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            first = online.documents().list().get(0).id();
            online.memos().set(MemoTarget.document(first), "cora's note, as pulled");
        }
        Path copy = cora.pull(dir);
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.useClock(SET_BACK);
            lead.memos().set(MemoTarget.document(first), "the lead's rewrite, on a clock an hour behind");
        }
        String title;
        try (Workbench offline = Workbench.open(copy)) {
            title = offline.documents().list().stream().filter(d -> d.id() == first).map(Document::title)
                    .findFirst().orElseThrow();
            offline.memos().set(MemoTarget.document(first), "cora's rewrite, offline");
        }

        PushReport push = cora.push(copy);

        assertThat(push.memosSent()).isZero();
        assertThat(push.conflicts()).containsExactly("memo on document \"" + title + "\" was changed on the server "
                + "since the last pull or push (your text is still in cora.parallax, not sent)");
        assertThat(cora.memoOnServer(MemoTarget.document(first))).isEqualTo("the lead's rewrite, on a clock an hour "
                + "behind");
    }

    @Test
    void aPassageCodedOfflineAfterTheClockWasSetBackIsPushedThoughItTookTheIdOfOneRemovedOffline() {
        OfflineMember cora = coder("passback");
        Segment pulled = codedBeforeThePull(cora);
        long document = pulled.documentId();
        long code = pulled.codeId();
        Path copy = cora.pull(dir);
        forgetIdFloors(copy);
        try (Workbench offline = Workbench.open(copy)) {
            offline.useClock(SET_BACK);
            Segment highest = offline.coding().segments().stream().max(Comparator.comparingLong(Segment::id))
                    .orElseThrow();
            offline.coding().uncode(highest.id());
            Segment coded = offline.coding().code(document, 20, 40, code, null);
            // A copy pulled before id floors hands out a freed highest id again: the new passage has the pulled one's.
            assertThat(coded.id()).isEqualTo(highest.id());
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).noneMatch(line -> line.contains("20–40"));
        assertThat(push.passagesSent()).as("the passage coded offline reaches the team").isOne();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).anyMatch(s -> s.documentId() == document && s.start() == 20
                    && s.end() == 40 && s.codeId() == code);
        }
    }

    @Test
    void aPassageAndAMemoRemovedOfflineAreNamedNotPassedOver() {
        OfflineMember cora = coder("removed");
        Segment coded = codedBeforeThePull(cora);
        long document = coded.documentId();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            online.memos().set(MemoTarget.document(document), "cora's note, as pulled");
        }
        Path copy = cora.pull(dir);
        String title;
        String code;
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().uncode(coded.id());
            offline.memos().set(MemoTarget.document(document), "");
            title = offline.documents().list().stream().filter(d -> d.id() == document).map(Document::title)
                    .findFirst().orElseThrow();
            code = offline.codebook().current().code(coded.codeId()).orElseThrow().name();
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).containsExactly(
                "passage \"" + title + "\" 0–10 (" + code + ") of " + cora.login() + " was removed in cora.parallax: "
                        + "a push removes nothing from the team project (remove it there)",
                "memo on document \"" + title + "\" was removed in cora.parallax: a push removes nothing from the "
                        + "team project (remove it there)");
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).extracting(Segment::id).contains(coded.id());
            assertThat(online.memos().memo(MemoTarget.document(document))).isPresent();
        }
    }

    @Test
    void aPassageRecodedOfflineIsNotTakenForOneRecodedOnTheServer() {
        OfflineMember cora = coder("recoded");
        Segment coded = codedBeforeThePull(cora);
        Path copy = cora.pull(dir);
        String title;
        String pulledCode;
        String otherCode;
        try (Workbench offline = Workbench.open(copy)) {
            Code other = offline.codebook().current().codes().stream()
                    .filter(c -> c.frameId() != null && c.id() != coded.codeId()).findFirst().orElseThrow();
            offline.coding().changeCode(coded.id(), other.id());
            otherCode = other.name();
            pulledCode = offline.codebook().current().code(coded.codeId()).orElseThrow().name();
            title = offline.documents().require(coded.documentId()).title();
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).containsExactly("passage \"" + title + "\" 0–10 (" + otherCode + ") of "
                + cora.login() + " is 0–10 (" + pulledCode + ") on the server: recoded there or in cora.parallax since "
                + "the last pull or push (not sent; recode it in the team project if yours is the one to keep)");
    }

    @Test
    void codebookAndDocumentChangesMadeOfflineAreNamedAsNotSent() throws Exception {
        OfflineMember cora = coder("unsent");
        Path copy = cora.pull(dir);
        Path letter = Files.writeString(dir.resolve("letter.txt"), "A letter the team project has never seen.");
        Code renamed;
        List<String> citing;
        Document retitled;
        Document imported;
        try (Workbench offline = Workbench.open(copy)) {
            Code code = indicator(offline);
            List<Code> before = offline.codebook().current().codes();
            offline.codebook().updateCode(new Code(code.id(), code.parentId(), code.frameId(), code.scenarioId(),
                    "Renamed offline", code.color(), code.definition(), code.shortcut(), code.position(),
                    code.inclusion(), code.exclusion(), code.version()));
            renamed = offline.codebook().current().code(code.id()).orElseThrow();
            // Other codes' rules that cite the renamed code by name follow it, so they changed offline too.
            citing = offline.codebook().current().codes().stream()
                    .filter(c -> c.id() != code.id() && !before.contains(c)).map(Code::name).toList();
            offline.codebook().addCode("Added offline", null, null, null, null);
            Document first = offline.documents().list().get(0);
            offline.documents().updateMeta(first.id(), first.meta().withTitle("Retitled offline"));
            retitled = offline.documents().require(first.id());
            imported = offline.documents().require(offline.documents().importFiles(ImportRequest.of(List.of(letter)),
                    TaskProgress.NONE).imported().get(0).id());
        }

        PushReport push = cora.push(copy);

        String notSent = " in cora.parallax: a push sends passages and memos, not ";
        List<String> expected = new ArrayList<>(List.of(
                "code Added offline was added" + notSent + "codes without passages (a lead adds it in the team project)",
                "document \"" + retitled.title() + "\" (" + retitled.sourceFile() + "): its details or attributes were "
                        + "changed" + notSent + "changes of documents (change them in the team project)",
                "document \"" + imported.title() + "\" (letter.txt) was imported" + notSent + "documents (a lead "
                        + "imports it into the team project)"));
        Stream.concat(Stream.of(renamed.name()), citing.stream()).forEach(name -> expected.add("code " + name
                + " was changed" + notSent + "changes of the codebook (a lead makes them in the team project)"));
        assertThat(push.conflicts()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(push.passagesSent() + push.memosSent()).isZero();
    }

    /** A code removed in the copy stayed in the team project without a word, where passages and memos were named. */
    @Test
    void aCodeRemovedOfflineIsNamedAsStillInTheTeamProject() {
        OfflineMember cora = coder("removedcode");
        Path copy = cora.pull(dir);
        Code removed;
        try (Workbench offline = Workbench.open(copy)) {
            removed = indicator(offline);
            offline.codebook().deleteCode(removed.id());
        }

        PushReport push = cora.push(copy);
        PushReport again = cora.push(copy);

        String line = "code " + removed.name() + " was removed in cora.parallax: a push removes nothing from the team "
                + "project (a lead removes it there)";
        // The rule citing the removed code was marked "(deleted code)" offline: a change of the codebook, named too.
        assertThat(push.conflicts()).contains(line).filteredOn(l -> l.startsWith("code ")).containsExactly(
                "code Seeking a common language and community was changed in cora.parallax: a push sends passages and "
                        + "memos, not changes of the codebook (a lead makes them in the team project)", line);
        assertThat(again.conflicts()).as("pushed again, still said").contains(line);
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.codebook().current().code(removed.id()).map(Code::name)).contains(removed.name());
        }
    }

    /**
     * A frame and a scenario deleted in the copy (the codebook pane's Delete) while the team codebook keeps them: the
     * push said nothing of either, so the researcher took them for gone from the team project too. Each is now named,
     * as a removed code is; the team project keeps both.
     */
    @Test
    void aFrameAndAScenarioDeletedOfflineAreNamedAsStillInTheTeamProject() {
        OfflineMember cora = coder("removedframe");
        Path copy = cora.pull(dir);
        Frame frame;
        Scenario scenario;
        try (Workbench offline = Workbench.open(copy)) {
            frame = offline.codebook().current().frames().get(0);
            scenario = offline.codebook().current().scenarios().get(0);
            offline.codebook().deleteFrame(frame.id());
            offline.codebook().deleteScenario(scenario.id(), null);
        }

        PushReport push = cora.push(copy);

        String removed = " was removed in cora.parallax: a push removes nothing from the team project (a lead removes "
                + "it there)";
        assertThat(push.conflicts()).contains("frame " + frame.name() + removed, "scenario " + scenario.name()
                + removed);
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.codebook().current().frame(frame.id()).map(Frame::name)).contains(frame.name());
            assertThat(online.codebook().current().scenario(scenario.id()).map(Scenario::name))
                    .contains(scenario.name());
        }
    }

    @Test
    void aCodeAddedOfflineInTheIdOfAPulledCodeRemovedThereIsNotTakenForOneRemovedOnTheServer() {
        OfflineMember cora = coder("freedcode");
        Path copy = cora.pull(dir);
        forgetIdFloors(copy);
        Code added;
        Code removed;
        try (Workbench offline = Workbench.open(copy)) {
            removed = offline.codebook().current().codes().stream().max(Comparator.comparingLong(Code::id))
                    .orElseThrow();
            offline.codebook().deleteCode(removed.id());
            added = offline.codebook().addCode("Coded offline in a freed id", null, null, null, null);
            // A copy pulled before id floors hands out a freed highest id again: the new code has the pulled one's.
            assertThat(added.id()).isEqualTo(removed.id());
            offline.coding().code(offline.documents().list().get(0).id(), 20, 40, added.id(), null);
        }

        PushReport push = cora.push(copy);

        // Neither removed on the server nor a pulled code changed offline (the removal took a memo with it: said too).
        assertThat(push.conflicts()).filteredOn(line -> line.contains(added.name())).containsExactly("code "
                + added.name() + " is not in the team codebook (a lead adds it, then push again): 1 passage not sent");
        assertThat(push.conflicts()).contains("code " + removed.name() + " was removed in cora.parallax: a push removes "
                + "nothing from the team project (a lead removes it there)");
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.codebook().current().code(removed.id()).map(Code::name)).contains(removed.name());
        }
    }

    @Test
    void framesAndScenariosChangedOrAddedOfflineAreNamedAsNotSent() {
        OfflineMember cora = coder("frames");
        Path copy = cora.pull(dir);
        String frame;
        String scenario;
        try (Workbench offline = Workbench.open(copy)) {
            Frame pulled = offline.codebook().current().frames().get(0);
            frame = pulled.name();
            offline.codebook().updateFrame(new Frame(pulled.id(), "Frame renamed offline", pulled.description(),
                    pulled.color(), pulled.position(), pulled.version()));
            offline.codebook().addFrame("Frame added offline", "", null);
            Scenario first = offline.codebook().current().scenarios().get(0);
            scenario = first.name();
            offline.codebook().renameScenario(first.id(), "Scenario renamed offline");
            offline.codebook().addScenario("Scenario added offline", "");
        }

        PushReport push = cora.push(copy);

        String notSent = " in cora.parallax: a push sends passages and memos, not ";
        // A scenario's code follows its scenario, so it is named too.
        assertThat(push.conflicts()).containsExactlyInAnyOrder(
                "code Scenario renamed offline was changed" + notSent + "changes of the codebook (a lead makes them "
                        + "in the team project)",
                "code Scenario added offline was added" + notSent + "codes without passages (a lead adds it in the "
                        + "team project)",
                "frame Frame renamed offline (" + frame + " on the server) was changed" + notSent + "changes of the "
                        + "codebook (a lead makes them in the team project)",
                "frame Frame added offline was added" + notSent + "frames (a lead adds it in the team project)",
                "scenario Scenario renamed offline (" + scenario + " on the server) was changed" + notSent
                        + "changes of the codebook (a lead makes them in the team project)",
                "scenario Scenario added offline was added" + notSent + "scenarios (a lead adds it in the team "
                        + "project)");
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.codebook().current().frames()).extracting(Frame::name).contains(frame)
                    .doesNotContain("Frame renamed offline", "Frame added offline");
        }
    }

    @Test
    void aCopyPulledByAnOlderParallaxPushesItsOfflineMemoAndNamesTheOnesItCannotTell() throws Exception {
        OfflineMember cora = coder("memoolder");
        long first;
        long second;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            first = online.documents().list().get(0).id();
            second = online.documents().list().get(1).id();
            online.memos().set(MemoTarget.document(first), "cora's note, as pulled");
            online.memos().set(MemoTarget.document(second), "cora's other note, as pulled");
        }
        Path copy = cora.pull(dir);
        // As an older Parallax marked its copies: where, when, and the highest ids, but no memo versions.
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.prepareStatement("UPDATE settings SET value = ? WHERE key = ?")) {
            PullMark mark;
            try (var rs = file.createStatement().executeQuery("SELECT value FROM settings WHERE key = 'team_pull'")) {
                rs.next();
                mark = PullMark.decode(rs.getString(1)).orElseThrow();
            }
            st.setString(1, "1 " + mark.pulledAt() + " " + mark.maxPassageId() + " " + mark.maxCodeId() + " "
                    + mark.source());
            st.setString(2, PullMark.KEY);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.memos().set(MemoTarget.document(second), "the lead's rewrite");
        }
        String title;
        try (Workbench offline = Workbench.open(copy)) {
            offline.useClock(SET_BACK);
            offline.memos().set(MemoTarget.document(first), "cora's note, rewritten offline");
            title = offline.documents().list().stream().filter(d -> d.id() == second).map(Document::title)
                    .findFirst().orElseThrow();
        }

        PushReport push = cora.push(copy);

        assertThat(push.memosSent()).as("the edit made with the clock set back is sent").isOne();
        assertThat(push.conflicts()).containsExactly("memo on document \"" + title + "\" differs from the server's, "
                + "and this copy (pulled by an older Parallax) cannot tell whether it was changed there since the "
                + "pull (your text is still in cora.parallax, not sent)");
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.memos().memo(MemoTarget.document(first)).orElseThrow().text())
                    .isEqualTo("cora's note, rewritten offline");
            assertThat(online.memos().memo(MemoTarget.document(second)).orElseThrow().text())
                    .isEqualTo("the lead's rewrite");
        }
    }

    /** Cora's passage 0–10 of the first document, coded on the server, so it is the highest id a pull takes. */
    private static Segment codedBeforeThePull(OfflineMember cora) {
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            return online.coding().code(online.documents().list().get(0).id(), 0, 10, indicator(online).id(), null);
        }
    }

    private static OfflineMember coder(String stem) {
        return OfflineMember.coder(team, stem);
    }
}
