package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.workbench.OfflineMember.forgetIdFloors;
import static org.parallax.workbench.OfflineMember.indicator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;

/**
 * Work done in a pulled copy after removing the rows pulled last: a project file hands out a freed highest id again,
 * so without a floor a passage or memo written offline took the id of a pulled one and was taken for it.
 */
@NeedsTestServer
class TeamFreedIdsTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @TempDir
    Path dir;

    @Test
    void aPassageCodedOfflineAfterTheLastPulledOneWasRemovedOnBothSidesReachesTheTeam() {
        OfflineMember cora = OfflineMember.coder(team, "freedpassage");
        Segment pulled = codedBeforeThePull(cora);
        Path copy = cora.pull(dir);
        Segment coded;
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().uncode(pulled.id());
            coded = offline.coding().code(pulled.documentId(), 20, 40, pulled.codeId(), null);
            assertThat(coded.id()).as("no id the copy shares with the server is handed out again")
                    .isGreaterThan(pulled.id());
        }
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            online.coding().uncode(pulled.id());
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).isEmpty();
        assertThat(push.passagesSent()).as("the passage coded offline").isOne();
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            assertThat(online.coding().segments()).anyMatch(s -> s.documentId() == pulled.documentId()
                    && s.start() == 20 && s.end() == 40 && s.codeId() == pulled.codeId());
        }
    }

    @Test
    void aPassageCodedOfflineAfterAPushedOneWasRemovedOnBothSidesReachesTheTeam() {
        OfflineMember cora = OfflineMember.coder(team, "freedpushed");
        Path copy = cora.pull(dir);
        Segment pushed;
        try (Workbench offline = Workbench.open(copy)) {
            pushed = offline.coding().code(offline.documents().list().get(0).id(), 50, 60, indicator(offline).id(),
                    null);
        }
        assertThat(cora.push(copy).passagesSent()).isOne();
        Segment coded;
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().uncode(pushed.id());
            coded = offline.coding().code(pushed.documentId(), 70, 90, pushed.codeId(), null);
            assertThat(coded.id()).isGreaterThan(pushed.id());
        }
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            online.coding().uncode(online.coding().segments().stream().filter(s -> s.start() == 50 && s.end() == 60
                    && s.created().equals(pushed.created())).findFirst().orElseThrow().id());
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).isEmpty();
        assertThat(push.passagesSent()).isOne();
    }

    @Test
    void aMemoWrittenOfflineAfterThePulledOneWasRemovedThereIsSent() {
        OfflineMember cora = OfflineMember.coder(team, "freedmemo");
        MovedMemo moved = memoMovedOffline(cora, false);
        assertThat(moved.written().id()).isGreaterThan(moved.pulledId());

        PushReport push = cora.push(moved.copy());

        assertThat(push.memosSent()).isOne();
        assertThat(push.conflicts()).containsExactly("memo on document \"" + moved.firstTitle() + "\" was removed in "
                + "cora.parallax: a push removes nothing from the team project (remove it there)");
        assertThat(cora.memoOnServer(moved.written().target())).isEqualTo("a note written offline");
    }

    @Test
    void aCodeAddedOfflineAfterTheLastPulledOneWasRemovedThereIsNotTakenForThatCode() {
        OfflineMember cora = OfflineMember.coder(team, "freedcode");
        Path copy = cora.pull(dir);
        Code removed;
        Code added;
        try (Workbench offline = Workbench.open(copy)) {
            removed = offline.codebook().current().codes().stream().max(Comparator.comparingLong(Code::id))
                    .orElseThrow();
            offline.codebook().deleteCode(removed.id());
            Code first = offline.codebook().addCode("Added offline", null, null, null, null);
            assertThat(first.id()).isGreaterThan(removed.id());
            // Changed more often than the removed one was: in its id, it would look like that code renamed offline.
            added = first;
            for (int change = 1; added.version() <= removed.version(); change++) {
                offline.codebook().updateCode(added.withName("Added offline, renamed " + change));
                added = offline.codebook().current().code(first.id()).orElseThrow();
            }
            offline.coding().code(offline.documents().list().get(0).id(), 20, 40, added.id(), null);
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).filteredOn(line -> line.startsWith("code ")).containsExactlyInAnyOrder(
                "code " + added.name() + " is not in the team codebook (a lead adds it, then push again): 1 passage "
                        + "not sent",
                "code " + removed.name() + " was removed in cora.parallax: a push removes nothing from the team "
                        + "project (a lead removes it there)",
                // Its rule cites the removed code, marked "(deleted code)" by the deletion offline.
                "code Divergence in norms and values was changed in cora.parallax: a push sends passages and memos, "
                        + "not changes of the codebook (a lead makes them in the team project)");
    }

    @Test
    void aDocumentImportedOfflineAfterTheLastPulledOneWasRemovedThereIsNamedAsNotSent() throws IOException {
        OfflineMember cora = OfflineMember.coder(team, "freeddocument");
        Path copy = cora.pull(dir);
        Document imported;
        try (Workbench offline = Workbench.open(copy)) {
            Document last = offline.documents().list().stream().max(Comparator.comparingLong(Document::id))
                    .orElseThrow();
            offline.documents().delete(last.id());
            Path file = Files.writeString(dir.resolve("interview.txt"), "An interview transcribed offline.");
            imported = offline.documents().importFiles(ImportRequest.of(List.of(file)), TaskProgress.NONE).imported()
                    .get(0);
            assertThat(imported.id()).isGreaterThan(last.id());
        }

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).contains("document \"" + imported.title() + "\" (interview.txt) was imported in "
                + "cora.parallax: a push sends passages and memos, not documents (a lead imports it into the team "
                + "project)");
    }

    @Test
    void aCopyPulledBeforeIdsWereKeptSaysWhatItCannotTellRatherThanAWrongReason() {
        OfflineMember cora = OfflineMember.coder(team, "freedolder");
        Segment pulled = codedBeforeThePull(cora);
        Path copy = cora.pull(dir);
        forgetIdFloors(copy);
        String title;
        String code;
        try (Workbench offline = Workbench.open(copy)) {
            title = offline.documents().require(pulled.documentId()).title();
            code = offline.codebook().current().code(pulled.codeId()).orElseThrow().name();
            offline.coding().uncode(pulled.id());
            Segment coded = offline.coding().code(pulled.documentId(), 20, 40, pulled.codeId(), null);
            // A copy pulled by an older Parallax hands out a freed highest id again.
            assertThat(coded.id()).isEqualTo(pulled.id());
        }
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            online.coding().uncode(pulled.id());
        }

        PushReport push = cora.push(copy);

        assertThat(push.passagesSent()).isZero();
        assertThat(push.conflicts()).containsExactly("passage \"" + title + "\" 20–40 (" + code + ") of "
                + cora.login() + " was removed or recoded on the server since the last pull or push, or coded in "
                + "cora.parallax in the id of a pulled or pushed passage removed there, which a copy pulled by an "
                + "older Parallax cannot tell apart (not sent: if it is yours, code it again in the team project, or "
                + "pull a new copy)");
    }

    @Test
    void aMemoWrittenInACopyPulledBeforeIdsWereKeptIsNamedNotSkippedWithoutAWord() {
        OfflineMember cora = OfflineMember.coder(team, "freedoldmemo");
        MovedMemo moved = memoMovedOffline(cora, true);
        // A copy pulled by an older Parallax hands out a freed highest id again.
        assertThat(moved.written().id()).isEqualTo(moved.pulledId());

        PushReport push = cora.push(moved.copy());

        assertThat(push.memosSent()).isZero();
        assertThat(push.conflicts()).contains("memo on document \"" + moved.secondTitle() + "\" was removed or "
                + "replaced on the server since the last pull or push, or written in cora.parallax in the id of a memo "
                + "removed there, which a copy pulled by an older Parallax cannot tell apart (your text is still in "
                + "cora.parallax, not sent: if it is yours, copy it into the team project or into a newly pulled copy)");
    }

    /**
     * The memo removed in such a copy and a new one written on the same document: the new one carries the pulled one's
     * id and version, so it read as the pulled memo unchanged, while the server's memo stood unchanged too.
     */
    @Test
    void aMemoRewrittenInTheFreedIdOfACopyPulledBeforeIdsWereKeptIsNamedWithTheRemedy() {
        OfflineMember cora = OfflineMember.coder(team, "freedrewritten");
        long first;
        String title;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            first = online.documents().list().get(0).id();
            title = online.documents().require(first).title();
            online.memos().set(MemoTarget.document(first), "cora's note, as pulled");
        }
        Path copy = cora.pull(dir);
        forgetIdFloors(copy);
        try (Workbench offline = Workbench.open(copy)) {
            Memo pulled = offline.memos().memo(MemoTarget.document(first)).orElseThrow();
            offline.memos().set(MemoTarget.document(first), "");
            Memo written = offline.memos().set(MemoTarget.document(first), "cora's note, written afresh")
                    .orElseThrow();
            assertThat(written.id()).isEqualTo(pulled.id());
            assertThat(written.version()).isEqualTo(pulled.version());
        }

        PushReport push = cora.push(copy);

        assertThat(push.memosSent()).isZero();
        assertThat(push.conflicts()).containsExactly("memo on document \"" + title + "\" was written in cora.parallax "
                + "in the id of a memo removed there, which a copy pulled by an older Parallax cannot send (your text "
                + "is still in cora.parallax, not sent: copy it into the team project or into a newly pulled copy)");
        assertThat(cora.memoOnServer(MemoTarget.document(first))).isEqualTo("cora's note, as pulled");
    }

    /**
     * Such a copy opened by this Parallax gains the triggers that raise a floor for each passage or document deleted
     * (schema 20 and 21): a passage uncoded in it wrote a floor, and the copy was taken for one that keeps ids, so the
     * memo rewritten in a freed id was reported as "removed or replaced on the server", without the remedy.
     */
    @Test
    void aCopyPulledBeforeIdsWereKeptStillSaysSoAfterItsUpgradeRaisedAFloor() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "freedupgraded");
        Segment pulled = codedBeforeThePull(cora);
        long first;
        String title;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            first = online.documents().list().get(0).id();
            title = online.documents().require(first).title();
            online.memos().set(MemoTarget.document(first), "cora's note, as pulled");
        }
        Path copy = cora.pull(dir);
        forgetIdFloors(copy);
        try (var file = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
                var st = file.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 20");
        }
        try (Workbench offline = Workbench.open(copy)) {
            offline.coding().uncode(pulled.id());
            offline.memos().set(MemoTarget.document(first), "");
            offline.memos().set(MemoTarget.document(first), "cora's note, written afresh");
        }

        PushReport push = cora.push(copy);

        assertThat(push.memosSent()).isZero();
        assertThat(push.conflicts()).contains("memo on document \"" + title + "\" was written in cora.parallax "
                + "in the id of a memo removed there, which a copy pulled by an older Parallax cannot send (your text "
                + "is still in cora.parallax, not sent: copy it into the team project or into a newly pulled copy)");
    }

    /** A copy, the id of the memo it pulled on the first document (removed in it), the memo written on the second. */
    private record MovedMemo(Path copy, long pulledId, Memo written, String firstTitle, String secondTitle) {
    }

    private MovedMemo memoMovedOffline(OfflineMember cora, boolean pulledBeforeIdFloors) {
        long first;
        long second;
        String firstTitle;
        String secondTitle;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            first = online.documents().list().get(0).id();
            second = online.documents().list().get(1).id();
            firstTitle = online.documents().require(first).title();
            secondTitle = online.documents().require(second).title();
            online.memos().set(MemoTarget.document(first), "cora's note, as pulled");
        }
        Path copy = cora.pull(dir);
        if (pulledBeforeIdFloors) {
            forgetIdFloors(copy);
        }
        try (Workbench offline = Workbench.open(copy)) {
            long pulledId = offline.memos().memo(MemoTarget.document(first)).orElseThrow().id();
            offline.memos().set(MemoTarget.document(first), "");
            Memo written = offline.memos().set(MemoTarget.document(second), "a note written offline").orElseThrow();
            return new MovedMemo(copy, pulledId, written, firstTitle, secondTitle);
        }
    }

    private static Segment codedBeforeThePull(OfflineMember cora) {
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            Segment coded = online.coding().code(online.documents().list().get(0).id(), 0, 10,
                    indicator(online).id(), null);
            assertThat(online.coding().segments().stream().max(Comparator.comparingLong(Segment::id)).orElseThrow()
                    .id()).as("the highest passage the pull copies").isEqualTo(coded.id());
            return coded;
        }
    }
}
