package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.CausalEvent;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;

/** {@code team push} by a lead, whose push adds to the team codebook what the copy's passages need. */
@NeedsTestServer
class TeamLeadPushTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    @TempDir
    Path dir;

    /** A code a lead's push added has another id on the server; removed in the copy, it stayed there unnamed. */
    @Test
    void aCodeALeadsPushAddedAndTheCopyRemovedIsNamed() {
        OfflineMember lena = OfflineMember.lead(team, "pushedcode");
        Path copy = lena.pull(dir, "lena.parallax");
        Code added;
        try (Workbench offline = Workbench.open(copy)) {
            added = offline.codebook().addCode("Added by the lead offline", null, null, null, null);
            offline.coding().code(offline.documents().list().get(0).id(), 20, 40, added.id(), null);
        }
        PushReport first = lena.push(copy);
        assertThat(first.conflicts()).isEmpty();
        assertThat(first.passagesSent()).isOne();
        try (Workbench offline = Workbench.open(copy)) {
            offline.codebook().deleteCode(added.id());
        }

        PushReport push = lena.push(copy);
        PushReport again = lena.push(copy);

        String line = "code Added by the lead offline was removed in lena.parallax: a push removes nothing from the "
                + "team project (a lead removes it there)";
        assertThat(push.conflicts()).filteredOn(l -> l.startsWith("code ")).containsExactly(line);
        assertThat(push.conflicts()).anyMatch(l -> l.startsWith("passage ") && l.contains("(Added by the lead "
                + "offline) of " + lena.login() + " was removed in lena.parallax"));
        assertThat(again.conflicts()).as("pushed again, still said").contains(line);
        try (Workbench online = Workbench.open(lena.url(), lena.password())) {
            assertThat(online.codebook().current().codeNamed("Added by the lead offline")).isPresent();
        }
    }

    /**
     * The study's events added in a lead's copy did not travel: the lead saw periods, a coder pulling the team project
     * did not. They are added by the lead's push, once, and reach a coder's pull.
     */
    @Test
    void eventsALeadAddsInACopyReachTheTeamProjectOnce() {
        OfflineMember lena = OfflineMember.lead(team, "leadevents");
        try (Workbench online = Workbench.open(lena.url(), lena.password())) {
            online.tracing().events().forEach(e -> online.tracing().deleteEvent(e.id()));
        }
        Path copy = lena.pull(dir, "lena.parallax");
        List<CausalEvent> added;
        try (Workbench offline = Workbench.open(copy)) {
            added = offline.tracing().addStudyEvents();
        }
        assertThat(added).isNotEmpty();

        PushReport push = lena.push(copy);
        PushReport again = lena.push(copy);

        assertThat(push.conflicts()).isEmpty();
        assertThat(push.eventsAdded()).isEqualTo(added.size());
        assertThat(push.summary()).contains(added.size() + " events added to the team project");
        assertThat(again.conflicts()).isEmpty();
        assertThat(again.eventsAdded()).as("not sent twice").isZero();
        OfflineMember cora = lena.coderBeside("cora");
        Path coders = cora.pull(dir);
        try (Workbench offline = Workbench.open(coders)) {
            assertThat(offline.tracing().events()).extracting(CausalEvent::date, CausalEvent::label)
                    .containsExactlyElementsOf(added.stream().map(e -> tuple(e.date(), e.label())).toList());
        }
    }

    /** A coder's push sends no events: one added or removed in the copy is named, the server's stay. */
    @Test
    void eventsACoderAddsOrRemovesOfflineAreNamedNotSent() {
        OfflineMember cora = OfflineMember.coder(team, "coderevents");
        Path copy = cora.pull(dir);
        CausalEvent changed;
        CausalEvent removed;
        try (Workbench offline = Workbench.open(copy)) {
            List<CausalEvent> pulled = offline.tracing().events();
            changed = pulled.get(0);
            removed = pulled.get(1);
            offline.tracing().deleteEvent(removed.id());
            offline.tracing().deleteEvent(changed.id());
            offline.tracing().addEvent(LocalDate.of(2011, 1, 1), "Added by cora offline", null);
        }
        long before = eventsOnServer(cora);

        PushReport push = cora.push(copy);

        assertThat(push.conflicts()).containsExactlyInAnyOrder(
                "event 2011-01-01 Added by cora offline was added in cora.parallax: a coder's push sends passages and "
                        + "memos, not events (a lead adds it in the team project)",
                "event " + changed.date() + " " + changed.label() + " was removed in cora.parallax: a push removes "
                        + "nothing from the team project (a lead removes it there)",
                "event " + removed.date() + " " + removed.label() + " was removed in cora.parallax: a push removes "
                        + "nothing from the team project (a lead removes it there)");
        assertThat(push.eventsAdded()).isZero();
        assertThat(eventsOnServer(cora)).isEqualTo(before);
    }

    /** A code a lead's push added, kept in the copy, is neither named as removed nor as added again. */
    @Test
    void aCodeALeadsPushAddedAndTheCopyKeptIsNotNamed() {
        OfflineMember lena = OfflineMember.lead(team, "keptcode");
        Path copy = lena.pull(dir, "lena.parallax");
        try (Workbench offline = Workbench.open(copy)) {
            Code added = offline.codebook().addCode("Kept by the lead", null, null, null, null);
            offline.coding().code(offline.documents().list().get(0).id(), 20, 40, added.id(), null);
        }
        assertThat(lena.push(copy).conflicts()).isEmpty();

        PushReport again = lena.push(copy);

        assertThat(again.conflicts()).isEmpty();
        assertThat(again.passagesSent()).isZero();
    }

    private static long eventsOnServer(OfflineMember member) {
        try (Workbench online = Workbench.open(member.url(), member.password())) {
            return online.tracing().events().size();
        }
    }

    /**
     * A lead who pushed a coder's copy (the coder away, or removed from the team) was recorded as the last editor of
     * the memos the coder had edited in it: "cora, last edited by lena" for words lena never wrote. The copy's
     * last editor stays the last editor on the server.
     */
    @Test
    void aLeadPushingACodersCopyKeepsTheCoderAsLastEditorOfTheMemosTheyEdited() {
        OfflineMember lena = OfflineMember.lead(team, "leadpushmemo");
        OfflineMember cora = lena.coderBeside("cora");
        MemoTarget document;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            document = MemoTarget.document(online.documents().list().get(0).id());
            online.memos().set(document, "cora's first reading");
        }
        Path copy = cora.pull(dir, "cora.parallax");
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(document, "cora's second reading, written on the train");
        }

        PushReport push = lena.push(copy);

        assertThat(push.conflicts()).isEmpty();
        try (Workbench online = Workbench.open(lena.url(), lena.password())) {
            Memo memo = online.memos().memo(document).orElseThrow();
            assertThat(memo.text()).isEqualTo("cora's second reading, written on the train");
            assertThat(memo.author()).isEqualTo(cora.login());
            assertThat(memo.lastEditedBy()).as("the last editor").isEqualTo(cora.login());
        }
    }
}
