package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

class MemosTest {
    @TempDir
    Path dir;
    Backend backend;
    Workbench wb;
    long doc;
    long balance;

    @BeforeEach
    void open(Backend backend) {
        this.backend = backend;
        wb = backend.table1(dir);
        doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "act.txt", "NATO and Russia build a council.\n"));
        balance = wb.codebook().code("Balance of power").id();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void everyKindOfMemoIsStoredMultiLineWithAuthorAndDatesAndSurvivesReopening() {
        wb = backend.codingAs(wb, "anna");
        Segment passage = wb.coding().code(doc, 0, 4, balance, null);
        wb.memos().set(MemoTarget.project(), "Day 1: started coding.\nDay 2: doubts about realism.");
        wb.memos().set(MemoTarget.document(doc), "Signed in Paris.");
        wb.memos().set(MemoTarget.code(balance), "Use only for explicit power talk.");
        wb.coding().setMemo(passage.id(), "the alliance speaks first\nsecond line");

        reopen();
        assertThat(wb.memos().all()).extracting(m -> m.target().kind())
                .containsExactly(MemoKind.PROJECT, MemoKind.DOCUMENT, MemoKind.CODE, MemoKind.PASSAGE);
        Memo journal = wb.memos().memo(MemoTarget.project()).orElseThrow();
        assertThat(journal.text()).isEqualTo("Day 1: started coding.\nDay 2: doubts about realism.");
        assertThat(journal.author()).isEqualTo("anna");
        assertThat(journal.created()).isEqualTo(journal.modified());
        assertThat(wb.coding().segment(passage.id()).memo()).isEqualTo("the alliance speaks first\nsecond line");
        assertThat(wb.coding().segments()).extracting(Segment::memo).containsExactly("the alliance speaks first\nsecond line");

        wb = backend.codingAs(wb, "ben");
        wb.memos().set(MemoTarget.project(), "Day 3.");
        Memo changed = wb.memos().memo(MemoTarget.project()).orElseThrow();
        assertThat(changed.author()).as("the author is who wrote the memo first").isEqualTo("anna");
        assertThat(changed.created()).isEqualTo(journal.created());
        assertThat(changed.modified()).isAfterOrEqualTo(journal.modified());
    }

    @BothBackends
    void anEditingSessionIsOneUndoableActionHoweverOftenItSaves() {
        wb.memos().set(MemoTarget.document(doc), "first thoughts");
        MemoSession session = wb.memos().session(MemoTarget.document(doc));
        session.save("first thoughts, then");
        session.save("first thoughts, then more");
        session.save("first thoughts, then more and more");
        assertThat(wb.memos().memo(MemoTarget.document(doc))).get().extracting(Memo::text)
                .isEqualTo("first thoughts, then more and more");

        assertThat(wb.history().undo()).contains("Edit document memo");
        assertThat(wb.memos().memo(MemoTarget.document(doc))).get().extracting(Memo::text).isEqualTo("first thoughts");
        wb.history().redo();
        assertThat(wb.memos().memo(MemoTarget.document(doc))).get().extracting(Memo::text)
                .isEqualTo("first thoughts, then more and more");
        wb.history().undo();
        wb.history().undo();
        assertThat(wb.memos().memo(MemoTarget.document(doc))).isEmpty();
        assertThat(wb.history().canUndo()).as("the import is not undoable; the two memo sessions are gone").isFalse();
    }

    /**
     * lena edited anna's journal, bob then wrote his own over it in another window, and lena undid her edit: the undo
     * put anna's text back over bob's without a word, and bob's words were gone. The undo is refused, naming bob, and
     * his text stays.
     */
    @BothBackends
    void undoNeverOverwritesWhatAnotherMemberWroteSince() {
        wb = backend.codingAs(wb, "anna");
        wb.memos().set(MemoTarget.project(), "anna's journal");
        wb = backend.codingAs(wb, "lena");
        wb.memos().set(MemoTarget.project(), "lena's journal");
        try (Workbench other = backend.open(wb.location(), "bob")) {
            other.memos().set(MemoTarget.project(), "bob's journal");
        }
        assertThatThrownBy(() -> wb.history().undo()).isInstanceOf(ParallaxException.class)
                .hasMessageStartingWith("The project memo was changed by bob since this window's last change of it; "
                        + "nothing was changed");
        assertThat(wb.memos().memo(MemoTarget.project())).get().extracting(Memo::text).isEqualTo("bob's journal");
    }

    @BothBackends
    void typingAfterAnUndoOrAnotherActionStartsANewAction() {
        MemoSession session = wb.memos().session(MemoTarget.project());
        session.save("a");
        session.save("ab");
        Segment passage = wb.coding().code(doc, 0, 4, balance, null);
        session.save("abc");
        assertThat(wb.history().undo()).contains("Edit project memo");
        assertThat(wb.memos().memo(MemoTarget.project())).get().extracting(Memo::text).isEqualTo("ab");
        assertThat(wb.coding().segments()).containsExactly(passage);

        session.save("abd");
        wb.history().undo();
        assertThat(wb.memos().memo(MemoTarget.project())).get().extracting(Memo::text).isEqualTo("ab");
    }

    @BothBackends
    void aPassageMemoFollowsItsPassageThroughRemovalAndUndo() {
        Segment passage = wb.coding().code(doc, 0, 4, balance, "first memo");
        assertThat(wb.memos().memo(MemoTarget.passage(passage.id()))).get().extracting(Memo::text)
                .isEqualTo("first memo");
        wb.coding().changeCode(passage.id(), wb.codebook().code("Convergence of norms").id());
        assertThat(wb.coding().segment(passage.id()).memo()).isEqualTo("first memo");
        wb = backend.codingAs(wb, "ben");
        wb.coding().setMemo(passage.id(), "ben's memo");
        Memo before = wb.memos().memo(MemoTarget.passage(passage.id())).orElseThrow();
        wb.coding().uncode(passage.id());
        assertThat(wb.memos().all()).isEmpty();
        wb.history().undo();
        assertThat(wb.coding().segment(passage.id()).memo()).isEqualTo("ben's memo");
        // Author, text and dates come back; the version moves on, so no editor holding the removed memo overwrites it.
        assertThat(wb.memos().all()).as("author and dates come back as they were")
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("version", "changedBy").containsExactly(before);
        assertThat(wb.memos().all().get(0).version()).isGreaterThan(before.version());
    }

    @BothBackends
    void blankTextDeletesAndUnknownTargetsAreRefusedInWords() {
        wb.memos().set(MemoTarget.code(balance), "x");
        wb.memos().set(MemoTarget.code(balance), "   \n");
        assertThat(wb.memos().all()).isEmpty();
        assertThatThrownBy(() -> wb.memos().set(MemoTarget.document(999), "x"))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("no document with id 999");
        assertThatThrownBy(() -> wb.memos().set(MemoTarget.passage(999), "x"))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("no passage with id 999");
        assertThatThrownBy(() -> wb.memos().set(MemoTarget.project(), "x".repeat(Memos.MAX_LENGTH + 1)))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("at most");
    }

    @BothBackends
    void deletingACodeTakesItsMemoAlongAndUndoBringsItBack() {
        long norms = wb.codebook().code("Convergence of norms").id();
        wb.memos().set(MemoTarget.code(norms), "norms memo");
        wb.codebook().deleteCode(norms);
        assertThat(wb.memos().all()).isEmpty();
        wb.history().undo();
        assertThat(wb.memos().memo(MemoTarget.code(norms))).get().extracting(Memo::text).isEqualTo("norms memo");
    }

    @BothBackends
    void deletingADocumentRemovesItsMemosButNotTheJournal() {
        wb.memos().set(MemoTarget.document(doc), "doc memo");
        wb.memos().set(MemoTarget.project(), "journal");
        wb.documents().delete(doc);
        assertThat(wb.memos().all()).extracting(m -> m.target().kind()).containsExactly(MemoKind.PROJECT);
    }

    @BothBackends
    void searchInsideMemosUsesStemsPhrasesAndFieldsAndSeesEveryChange() {
        wb = backend.codingAs(wb, "anna");
        Segment passage = wb.coding().code(doc, 0, 4, balance, "Deterrence doubts here");
        wb.memos().set(MemoTarget.project(), "Journal: I doubted the realist reading.\nSecond day.");
        wb = backend.codingAs(wb, "Ben-Stone");
        wb.memos().set(MemoTarget.document(doc), "Сдерживание и диалог");

        assertThat(search("doubt")).containsExactlyInAnyOrder("project", "passage");
        assertThat(search("memo:doubts AND kind:passage")).containsExactly("passage");
        assertThat(search("\"realist reading\"")).containsExactly("project");
        assertThat(search("author:\"ben-stone\"")).containsExactly("document");
        assertThat(search("сдерживания")).as("Russian stems").containsExactly("document");
        assertThat(search("deter*")).containsExactly("passage");

        wb.coding().setMemo(passage.id(), "now about dialogue");
        assertThat(search("deterrence")).as("the index follows every change").isEmpty();
        wb.coding().code(doc, 5, 8, balance, "fresh deterrence");
        assertThat(search("deterrence")).containsExactly("passage");
        assertThat(wb.memos().rows(new MemoFilter(null, "anna", null, "doubt"))).extracting(r -> r.kind())
                .containsExactly("project");

        assertThatThrownBy(() -> search("title:x")).isInstanceOf(ParallaxException.class)
                .hasMessageContaining("memo:, kind: or author:");
        assertThatThrownBy(() -> search("\"open")).isInstanceOf(ParallaxException.class);
    }

    @BothBackends
    void memoInTheSearchLanguageKeepsHitsInsidePassagesOrDocumentsWhoseMemoMatches() {
        long other = TestProjects.importOne(wb, TestProjects.textFile(dir, "other.txt",
                "Russia and NATO meet again. Russia talks.\n"));
        String text = wb.documents().text(doc);
        int russia = text.indexOf("Russia");
        Segment passage = wb.coding().code(doc, russia, russia + 6, balance, "doubts about this one");
        wb.coding().code(doc, 0, 4, balance, "clear case");
        org.parallax.search.SearchOptions options = org.parallax.search.SearchOptions.defaults();

        assertThat(wb.search().search("russia", options).totalHits()).isEqualTo(3);
        var inMemoPassage = wb.search().search("russia memo:doubt", options);
        assertThat(inMemoPassage.lines()).extracting(l -> l.docId() + ":" + l.start())
                .containsExactly(doc + ":" + passage.start());
        assertThat(wb.search().search("memo:doubt*", options).lines()).hasSize(1);
        assertThat(wb.search().search("memo:\"clear case\"", options).lines()).extracting(l -> l.start())
                .containsExactly(0);

        wb.memos().set(MemoTarget.document(other), "a doubtful source");
        assertThat(wb.search().search("russia memo:doubt", options).hitsPerDocument())
                .as("a document memo that matches admits the whole document").containsEntry(other, 2)
                .containsEntry(doc, 1);
        assertThatThrownBy(() -> wb.search().search("russia OR memo:doubt", options))
                .hasMessageContaining("memo:").hasMessageContaining("only be combined with AND");
    }

    private java.util.List<String> search(String query) {
        return wb.memos().rows(new MemoFilter(null, null, null, query)).stream().map(r -> r.kind()).toList();
    }

    private void reopen() {
        wb = Backend.reopen(wb);
    }
}
