package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * Undo that puts back what a deletion took on a team project: each passage, memo and code comes back as it was, its
 * author the one who wrote it, its last editor the one who last changed its words, its dates as they were.
 */
@NeedsTestServer
class TeamUndoAuthorsTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    /**
     * A lead deleted a code by mistake and undid it: the memo a coder wrote on their passage of that code, which
     * another lead had then edited, came back as the coder's alone, dated when the passage was coded and at its first
     * version, so "ann, last edited by lena" read "ann" and a window holding lena's edit could overwrite it unwarned.
     * Put back, it names the undoer neither as author nor as last editor: the words are ann's and lena's.
     */
    @Test
    void undoingACodesDeletionPutsItsPassagesMemosBackWithTheirAuthorsEditorsAndDates() throws Exception {
        String owner = team.publish("h1_undo");
        String ann = team.member(owner, "ann", "coder");
        String lena = team.member(owner, "lena", "lead");
        String lee = team.member(owner, "lee", "lead");
        Code code;
        try (Workbench lead = Workbench.open(lee, "lee pass"::toCharArray)) {
            code = lead.codebook().addCode("Undone by the lead", null, null, null, null);
        }
        Segment passage;
        try (Workbench coder = Workbench.open(ann, "ann pass"::toCharArray)) {
            long document = coder.documents().list().get(0).id();
            passage = coder.coding().code(document, 0, 12, code.id(), "ann's reading of it");
        }
        MemoTarget target = MemoTarget.passage(passage.id());
        Memo edited;
        try (Workbench lead = Workbench.open(lena, "lena pass"::toCharArray)) {
            edited = lead.memos().set(target, "ann's reading of it, sharpened by lena").orElseThrow();
        }
        try (Workbench lead = Workbench.open(lee, "lee pass"::toCharArray)) {
            lead.codebook().deleteCode(code.id());
            assertThat(lead.memos().memo(target)).isEmpty();
            lead.history().undo();

            Memo back = lead.memos().memo(target).orElseThrow();
            assertThat(back.text()).isEqualTo(edited.text());
            assertThat(back.author()).isEqualTo(TeamMembers.login(ann));
            assertThat(back.lastEditedBy()).as("the last editor").isEqualTo(TeamMembers.login(lena));
            assertThat(back.created()).isEqualTo(edited.created());
            assertThat(back.modified()).isEqualTo(edited.modified());
            assertThat(back.version()).as("the version only grows").isGreaterThan(edited.version());
            assertThat(lead.coding().segments()).filteredOn(s -> s.id() == passage.id()).singleElement()
                    .satisfies(s -> assertThat(s.coderId()).isEqualTo(passage.coderId()));
        }
    }

    /**
     * A lead edited a coder's memo and undid the edit: the coder's words were back, but the memo read "ann, last edited
     * by lena", as if lena had changed them. Undo puts the memo back as it was, its byline included.
     */
    @Test
    void undoingAnEditOfAnothersMemoPutsBackItsByline() throws Exception {
        String owner = team.publish("h1_undoedit");
        String ann = team.member(owner, "ann", "coder");
        String lena = team.member(owner, "lena", "lead");
        MemoTarget target;
        Memo written;
        try (Workbench coder = Workbench.open(ann, "ann pass"::toCharArray)) {
            target = MemoTarget.document(coder.documents().list().get(0).id());
            written = coder.memos().set(target, "ann's reading of the document").orElseThrow();
        }
        try (Workbench lead = Workbench.open(lena, "lena pass"::toCharArray)) {
            Memo edited = lead.memos().set(target, "lena's reading instead").orElseThrow();
            assertThat(edited.byline()).isEqualTo(TeamMembers.login(ann) + ", last edited by " + TeamMembers.login(lena));
            lead.history().undo();

            Memo back = lead.memos().memo(target).orElseThrow();
            assertThat(back.text()).isEqualTo(written.text());
            assertThat(back.byline()).as("the byline").isEqualTo(TeamMembers.login(ann));
            assertThat(back.version()).as("the version only grows").isGreaterThan(edited.version());
        }
    }
}
