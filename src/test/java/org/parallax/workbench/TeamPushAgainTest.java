package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.workbench.OfflineMember.indicator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.PullMark;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * {@code team push} from one copy, several times: each push records in the copy what it sent, once the server has it,
 * so the next push sends what was changed offline since and still tells a change made on the server meanwhile.
 */
@NeedsTestServer
class TeamPushAgainTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    /** An entry of a push in flight in the mark (kinds u, w and q). */
    private static final String IN_FLIGHT = "[ ,][uwq][0-9]";

    @TempDir
    Path dir;

    @Test
    void memosEditedAgainAfterAPushAreSentByTheNextPush() {
        OfflineMember cora = OfflineMember.coder(team, "again");
        long first = document(cora, 0);
        long second = document(cora, 1);
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            online.memos().set(MemoTarget.document(first), "cora's note, as pulled");
        }
        Path copy = cora.pull(dir);
        long passage;
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(MemoTarget.document(first), "cora's note, rewritten offline");
            offline.memos().set(MemoTarget.document(second), "a new note, written offline");
            passage = offline.coding().code(first, 20, 40, indicator(offline).id(), null).id();
            offline.memos().set(MemoTarget.passage(passage), "why this passage");
        }
        PushReport firstPush = cora.push(copy);
        assertThat(firstPush.conflicts()).isEmpty();
        assertThat(firstPush.memosSent()).isEqualTo(3);
        assertThat(firstPush.passagesSent()).isOne();
        assertThat(firstPush.notRecorded()).isEmpty();
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(MemoTarget.document(first), "cora's note, rewritten twice");
            offline.memos().set(MemoTarget.document(second), "a new note, edited after the push");
            offline.memos().set(MemoTarget.passage(passage), "why this passage, said better");
        }

        PushReport again = cora.push(copy);

        assertThat(again.conflicts()).isEmpty();
        assertThat(again.memosSent()).as("each memo edited since the first push").isEqualTo(3);
        assertThat(again.passagesSent()).as("the passage is not sent twice").isZero();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.memos().memo(MemoTarget.document(first)).orElseThrow().text())
                    .isEqualTo("cora's note, rewritten twice");
            assertThat(online.memos().memo(MemoTarget.document(second)).orElseThrow().text())
                    .isEqualTo("a new note, edited after the push");
            Segment there = online.coding().segments().stream().filter(s -> s.documentId() == first
                    && s.start() == 20 && s.end() == 40).findFirst().orElseThrow();
            assertThat(online.memos().memo(MemoTarget.passage(there.id())).orElseThrow().text())
                    .isEqualTo("why this passage, said better");
        }
        PushReport unchanged = cora.push(copy);
        assertThat(unchanged.conflicts()).isEmpty();
        assertThat(unchanged.memosSent() + unchanged.passagesSent()).isZero();
    }

    @Test
    void aServerEditBetweenTwoPushesIsStillAConflict() {
        OfflineMember cora = OfflineMember.coder(team, "between");
        long first = document(cora, 0);
        Path copy = cora.pull(dir);
        String title;
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(MemoTarget.document(first), "cora's note, offline");
            title = offline.documents().require(first).title();
        }
        assertThat(cora.push(copy).memosSent()).isOne();
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.memos().set(MemoTarget.document(first), "the lead's rewrite");
        }
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(MemoTarget.document(first), "cora's note, offline again");
        }

        PushReport push = cora.push(copy);

        assertThat(push.memosSent()).isZero();
        assertThat(push.conflicts()).containsExactly("memo on document \"" + title + "\" was changed on the server "
                + "since the last pull or push (your text is still in cora.parallax, not sent)");
        assertThat(cora.memoOnServer(MemoTarget.document(first))).isEqualTo("the lead's rewrite");
    }

    @Test
    void aPushedPassageRemovedOnTheServerIsNotSentAgainAndOneRemovedOfflineIsNamed() {
        OfflineMember cora = OfflineMember.coder(team, "pushedgone");
        long first = document(cora, 0);
        Path copy = cora.pull(dir);
        String title;
        String code;
        long removedOffline;
        try (Workbench offline = Workbench.open(copy)) {
            Code indicator = indicator(offline);
            code = indicator.name();
            title = offline.documents().require(first).title();
            offline.coding().code(first, 20, 40, indicator.id(), null);
            removedOffline = offline.coding().code(first, 50, 60, indicator.id(), null).id();
        }
        assertThat(cora.push(copy).passagesSent()).isEqualTo(2);
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.coding().uncode(lead.coding().segments().stream().filter(s -> s.documentId() == first
                    && s.start() == 20).findFirst().orElseThrow().id());
        }
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().uncode(removedOffline);
        }

        PushReport push = cora.push(copy);

        assertThat(push.passagesSent()).isZero();
        assertThat(push.conflicts()).containsExactlyInAnyOrder(
                "passage \"" + title + "\" 20–40 (" + code + ") of " + cora.login() + " was removed or recoded on "
                        + "the server since the last pull or push (not sent again)",
                "passage \"" + title + "\" 50–60 (" + code + ") of " + cora.login() + " was removed in cora.parallax: "
                        + "a push removes nothing from the team project (remove it there)");
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).noneMatch(s -> s.documentId() == first && s.start() == 20);
        }
    }

    @Test
    void aPushTheServerRefusesPartWayLeavesTheCopyClaimingNothing() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "refused");
        long first = document(cora, 0);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        String mark = mark(copy);
        // Refused at the commit, after everything was written: the whole push is rolled back.
        serverRefusesAtCommit(cora, "memos", true);
        assertThatThrownBy(() -> cora.push(copy)).hasMessageContaining("refused for the test");
        assertThat(mark(copy)).as("the copy records nothing the server does not have").isEqualTo(mark);
        serverRefusesAtCommit(cora, "memos", false);

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).isEmpty();
        assertThat(push.passagesSent()).isOne();
        assertThat(push.memosSent()).isOne();
    }

    @Test
    void aPushTheCopyCouldNotRecordIsSafeToRepeat() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "unrecorded");
        long first = document(cora, 0);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        String mark = mark(copy);
        // The server commits, then the copy cannot record it: as if the push were killed between the two.
        refuseTheRecord(copy);
        PushReport cut = cora.push(copy);
        assertThat(cut.passagesSent()).isOne();
        assertThat(cut.memosSent()).isOne();
        assertThat(cut.notRecorded()).hasValueSatisfying(why -> assertThat(why).contains("no room left for the test"));
        allowTheRecord(copy);
        assertThat(mark(copy)).as("only the texts in flight kept").isNotEqualTo(mark).containsPattern(IN_FLIGHT);

        PushReport repeated = cora.push(copy);

        assertThat(repeated.conflicts()).isEmpty();
        assertThat(repeated.passagesSent() + repeated.memosSent()).as("nothing sent twice").isZero();
        assertThat(repeated.memosPresent()).isOne();
        assertThat(repeated.notRecorded()).isEmpty();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments().stream().filter(s -> s.documentId() == first && s.start() == 20))
                    .hasSize(1);
        }
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(MemoTarget.document(first), "cora's note, edited after both pushes");
        }
        PushReport edited = cora.push(copy);
        assertThat(edited.conflicts()).isEmpty();
        assertThat(edited.memosSent()).isOne();
    }

    /**
     * The copy's record fails after the server's commit (a trigger here, a full disk or a killed push in use): a memo
     * edited before the next push was reported by it as changed on the server and not sent; a change a lead made on
     * the server meanwhile is still one.
     */
    @Test
    void aMemoEditedAfterAPushTheCopyCouldNotRecordIsSentByTheNextPush() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "editedunrecorded");
        long first = document(cora, 0);
        long second = document(cora, 1);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        String title;
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(MemoTarget.document(second), "a second note, offline");
            title = offline.documents().require(second).title();
        }
        refuseTheRecord(copy);
        PushReport cut = cora.push(copy);
        assertThat(cut.memosSent()).isEqualTo(2);
        assertThat(cut.notRecorded()).hasValueSatisfying(why -> assertThat(why).contains("no room left for the test"));
        assertThat(cut.summary()).anyMatch(line -> line.endsWith("push again from it to record it (nothing is sent "
                + "twice)"));
        allowTheRecord(copy);
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.memos().set(MemoTarget.document(second), "the lead's rewrite");
        }
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(MemoTarget.document(first), "cora's note, edited after a push not recorded");
            offline.memos().set(MemoTarget.document(second), "a second note, edited too");
        }

        PushReport next = cora.push(copy);

        assertThat(next.conflicts()).containsExactly("memo on document \"" + title + "\" was changed on the server "
                + "since the last pull or push (your text is still in cora.parallax, not sent)");
        assertThat(next.memosSent()).isOne();
        assertThat(next.notRecorded()).isEmpty();
        assertThat(cora.memoOnServer(MemoTarget.document(first))).isEqualTo("cora's note, edited after a push not "
                + "recorded");
        assertThat(cora.memoOnServer(MemoTarget.document(second))).isEqualTo("the lead's rewrite");
        assertThat(mark(copy)).as("recorded: no texts left waiting").doesNotContainPattern(IN_FLIGHT);
    }

    /**
     * A copy that cannot be written (a read-only file) cannot record what a push sends, so its next push would take
     * that for changes made on the server: the push is refused in one line before the server is written.
     */
    @Test
    void aPushFromAReadOnlyCopyIsRefusedBeforeAnythingIsSent() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "readonly");
        long first = document(cora, 0);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        String mark = mark(copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertThatThrownBy(() -> cora.push(copy)).isInstanceOf(ParallaxException.class)
                    .hasMessageStartingWith("cora.parallax cannot be written: the file is read-only")
                    .hasMessageContaining("so nothing was sent");
        } finally {
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(mark(copy)).isEqualTo(mark);
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).noneMatch(s -> s.documentId() == first && s.start() == 20);
            assertThat(online.memos().memo(MemoTarget.document(first))).isEmpty();
        }

        PushReport writable = cora.push(copy);

        assertThat(writable.passagesSent()).isOne();
        assertThat(writable.memosSent()).isOne();
        assertThat(writable.notRecorded()).isEmpty();
    }

    /** The same for a copy whose file is writable but refuses the texts in flight (a full disk): nothing is sent. */
    @Test
    void aPushFromACopyThatCannotKeepItsTextsInFlightSendsNothing() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "nokeys");
        long first = document(cora, 0);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.createStatement()) {
            st.execute("CREATE TRIGGER no_room BEFORE UPDATE ON settings WHEN NEW.key = '" + PullMark.KEY
                    + "' BEGIN SELECT RAISE(ABORT, 'no room left for the test'); END");
        }

        assertThatThrownBy(() -> cora.push(copy)).hasMessageStartingWith("cora.parallax cannot be written: ")
                .hasMessageContaining("no room left for the test").hasMessageContaining("so nothing was sent");

        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).noneMatch(s -> s.documentId() == first && s.start() == 20);
            assertThat(online.memos().memo(MemoTarget.document(first))).isEmpty();
        }
    }

    /** From now on ({@code refuse}) or no longer, the server refuses at its commit a push writing into {@code table}. */
    private static void serverRefusesAtCommit(OfflineMember cora, String table, boolean refuse) throws Exception {
        String schema = cora.url().substring(cora.url().indexOf("project=") + "project=".length());
        try (Connection admin = TestServer.plainSession(cora.leadUrl(), TestServer.adminUser(cora.leadUrl()), null);
                var st = admin.createStatement()) {
            if (!refuse) {
                st.execute("DROP TRIGGER refuse ON " + schema + "." + table);
                return;
            }
            st.execute("CREATE OR REPLACE FUNCTION " + schema + ".refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$");
            st.execute("CREATE CONSTRAINT TRIGGER refuse AFTER INSERT ON " + schema + "." + table + " DEFERRABLE "
                    + "INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION " + schema + ".refuse()");
        }
    }

    /** The copy refuses the mark a push writes after the server's commit, and keeps the one written before it. */
    private static void refuseTheRecord(Path copy) throws Exception {
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.createStatement()) {
            st.execute("CREATE TRIGGER no_record BEFORE UPDATE ON settings WHEN NEW.key = '" + PullMark.KEY
                    + "' AND NEW.value NOT GLOB '*[ ,][uwq][0-9]*' BEGIN SELECT RAISE(ABORT, 'no room left for the test'); "
                    + "END");
        }
    }

    private static void allowTheRecord(Path copy) throws Exception {
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.createStatement()) {
            st.execute("DROP TRIGGER no_record");
        }
    }

    /**
     * A push sends a passage, the server commits, the copy cannot record it (killed, disk full); a lead removes the
     * passage on the server. The next push sent it again, since the copy did not know it was shared: now it asks the
     * server whether that push was committed, and names the passage as removed there instead.
     */
    @Test
    void aPassageSentByAPushTheCopyCouldNotRecordAndRemovedOnTheServerDoesNotComeBack() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "sentremoved");
        long first = document(cora, 0);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        String title;
        String code;
        try (Workbench offline = Workbench.open(copy)) {
            title = offline.documents().require(first).title();
            code = indicator(offline).name();
        }
        refuseTheRecord(copy);
        PushReport cut = cora.push(copy);
        assertThat(cut.passagesSent()).isOne();
        assertThat(cut.notRecorded()).isPresent();
        allowTheRecord(copy);
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.coding().uncode(lead.coding().segments().stream().filter(s -> s.documentId() == first
                    && s.start() == 20).findFirst().orElseThrow().id());
        }

        PushReport next = cora.push(copy);
        PushReport again = cora.push(copy);

        String line = "passage \"" + title + "\" 20–40 (" + code + ") of " + cora.login() + " was removed or recoded on "
                + "the server since the last pull or push (not sent again)";
        assertThat(next.passagesSent()).isZero();
        assertThat(next.conflicts()).containsExactly(line);
        assertThat(again.passagesSent()).isZero();
        assertThat(again.conflicts()).containsExactly(line);
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).noneMatch(s -> s.documentId() == first && s.start() == 20);
        }
        assertThat(mark(copy)).doesNotContainPattern(IN_FLIGHT);
    }

    /**
     * As above, with the copy kept offline for longer than a day and the owner running team init meanwhile: team init
     * removed action ids older than a day, the push's among them, so the next push took its passage for offline work
     * and sent it again. A push's id is now kept.
     */
    @Test
    void aPushsActionIdOutlivesTeamInitSoItsPassageRemovedOnTheServerDoesNotComeBackMonthsLater() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "longoffline");
        long first = document(cora, 0);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        refuseTheRecord(copy);
        assertThat(cora.push(copy).notRecorded()).isPresent();
        allowTheRecord(copy);
        try (Workbench lead = Workbench.open(cora.leadUrl(), null)) {
            lead.coding().uncode(lead.coding().segments().stream().filter(s -> s.documentId() == first
                    && s.start() == 20).findFirst().orElseThrow().id());
        }
        String schema = cora.url().substring(cora.url().indexOf("project=") + "project=".length());
        try (Connection admin = TestServer.plainSession(cora.leadUrl(), TestServer.adminUser(cora.leadUrl()), null)) {
            admin.createStatement().execute("UPDATE " + schema + ".applied_actions SET at = now() - interval '400 days'");
        }
        org.parallax.store.ProjectStores.teamAdmin().init(org.parallax.store.TeamUrl.parse(cora.leadUrl()), null);

        PushReport next = cora.push(copy);

        assertThat(next.passagesSent()).isZero();
        assertThat(next.conflicts()).singleElement().asString().contains("was removed or recoded on the server");
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).noneMatch(s -> s.documentId() == first && s.start() == 20);
        }
    }

    /**
     * A copy pulled before marks recorded events (format 8) keeps no passages in flight and leaves events alone, and
     * its pushes said nothing of either; each now says so in its summary, naming the remedy (a new pull).
     */
    @Test
    void aPushFromACopyPulledBeforeEventsWereRecordedSaysWhatItCannotKeep() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "beforeevents");
        long first = document(cora, 0);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        String before = PullMark.decode(mark(copy)).orElseThrow().with(org.parallax.model.SharedRows.NONE).encode();
        assertThat(before).doesNotStartWith("8 ");
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.prepareStatement("UPDATE settings SET value = ? WHERE key = ?")) {
            st.setString(1, before);
            st.setString(2, PullMark.KEY);
            assertThat(st.executeUpdate()).isOne();
        }

        PushReport push = cora.push(copy);

        assertThat(push.passagesSent()).isOne();
        assertThat(push.summary()).anySatisfy(line -> assertThat(line).contains("pulled by an earlier Parallax",
                "events alone", "pull a new copy"));
        Path fresh = cora.pull(dir, "fresh.parallax");
        assertThat(cora.push(fresh).summary()).noneSatisfy(line -> assertThat(line).contains("earlier Parallax"));
    }

    /**
     * The other way round: the push never reached the server's commit and the copy kept it in flight (killed before
     * it could take it back). The server did not commit its action, so the next push sends the passage.
     */
    @Test
    void aPushThatNeverCommittedLeavesItsPassagesToTheNextPush() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "nevercommitted");
        long first = document(cora, 0);
        Path copy = pulledWithAPassageAndAMemo(cora, first);
        serverRefusesAtCommit(cora, "segments", true);
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.createStatement()) {
            st.execute("CREATE TRIGGER keep_in_flight BEFORE UPDATE ON settings WHEN NEW.key = '" + PullMark.KEY
                    + "' AND OLD.value GLOB '*[ ,][uwq][0-9]*' BEGIN SELECT RAISE(ABORT, 'killed for the test'); END");
        }
        assertThatThrownBy(() -> cora.push(copy)).hasMessageContaining("refused for the test");
        assertThat(mark(copy)).as("left in flight").containsPattern(IN_FLIGHT);
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.createStatement()) {
            st.execute("DROP TRIGGER keep_in_flight");
        }
        serverRefusesAtCommit(cora, "segments", false);

        PushReport next = cora.push(copy);

        assertThat(next.conflicts()).isEmpty();
        assertThat(next.passagesSent()).isOne();
        assertThat(next.memosSent()).isOne();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments().stream().filter(s -> s.documentId() == first && s.start() == 20))
                    .hasSize(1);
        }
        assertThat(mark(copy)).doesNotContainPattern(IN_FLIGHT);
    }

    /** Cora's copy with a passage and a document memo added offline. */
    private Path pulledWithAPassageAndAMemo(OfflineMember cora, long document) {
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().code(document, 20, 40, indicator(offline).id(), null);
            offline.memos().set(MemoTarget.document(document), "cora's note, offline");
        }
        return copy;
    }

    private static String mark(Path copy) throws Exception {
        try (Connection file = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var rs = file.createStatement().executeQuery("SELECT value FROM settings WHERE key = '"
                        + PullMark.KEY + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static long document(OfflineMember cora, int index) {
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            return online.documents().list().stream().map(Document::id).sorted().toList().get(index);
        }
    }
}
