package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Offsets;
import org.parallax.model.ParallaxException;
import org.parallax.model.Code;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

class CodingTest {
    private static final String CYRILLIC_EMOJI = "Россия 🇷🇺 и НАТО 🤝 договорились о диалоге.\nСовет Россия–НАТО создан в 2002 году.";

    @TempDir
    Path dir;
    Backend backend;
    Workbench wb;
    long doc;
    long balance;
    long norms;

    @BeforeEach
    void open(Backend backend) {
        this.backend = backend;
        wb = backend.table1(dir);
        doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "ru.txt", CYRILLIC_EMOJI));
        balance = wb.codebook().code("Balance of power").id();
        norms = wb.codebook().code("Convergence of norms").id();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void undoOfABatchTakesOutWhatItStoredAndRedoPutsItBackWithItsIdsAndMemos() {
        long coder = wb.activeCoder().id();
        java.time.Instant created = java.time.Instant.parse("2026-03-01T10:15:30.123Z");
        wb.coding().code(doc, 30, 35, balance, null);
        java.util.List<Segment> saved = wb.coding().codeAll(java.util.List.of(
                new Segment(0, doc, 0, 6, balance, coder, "first memo", created),
                new Segment(0, doc, 7, 11, norms, coder, null, created),
                new Segment(0, doc, 3, 9, norms, coder, null, created)), "Batch");
        java.util.List<Segment> all = java.util.List.copyOf(wb.coding().segments());
        assertThat(all).hasSize(4).containsAll(saved);

        wb.history().undo();
        assertThat(wb.coding().segments()).hasSize(1).doesNotContainAnyElementsOf(saved);
        wb.history().redo();
        assertThat(wb.coding().segments()).containsExactlyInAnyOrderElementsOf(all);
        // Taken out again (read back from the store, as nothing is held while they are in) and put back again.
        wb.history().undo();
        assertThat(wb.coding().segments()).hasSize(1);
        wb.history().redo();
        assertThat(wb.coding().segment(saved.get(0).id()).memo()).isEqualTo("first memo");
        reopen();
        assertThat(wb.coding().segments()).containsExactlyInAnyOrderElementsOf(all);
    }

    @BothBackends
    void offsetsAfterEmojiAndCyrillicAddressTheRightWords() {
        String text = wb.documents().text(doc);
        int start = text.indexOf("НАТО");
        Segment s = wb.coding().code(doc, start, start + 4, balance, null);
        assertThat(text.substring(s.start(), s.end())).isEqualTo("НАТО");
        // Flag emoji is two code points, four UTF-16 units: the stored offset counts units.
        assertThat(s.start()).isEqualTo(Offsets.fromCodePoints(text, 12));
        assertThat(Offsets.toCodePoints(text, s.start())).isEqualTo(12);
        reopen();
        Segment stored = wb.coding().segment(s.id());
        assertThat(wb.documents().text(doc).substring(stored.start(), stored.end())).isEqualTo("НАТО");
    }

    @BothBackends
    void codingRecordsTheActiveCoderAndAllowsOverlapsButNotDuplicates() {
        wb = backend.codingAs(wb, "anna");
        Segment a = wb.coding().code(doc, 0, 6, balance, "memo");
        Segment b = wb.coding().code(doc, 3, 11, norms, null);
        assertThat(wb.coders()).extracting("name").contains("anna");
        assertThat(a.coderId()).isEqualTo(wb.activeCoder().id());
        assertThat(wb.coding().segmentsOfDocument(doc)).containsExactly(a, b);
        assertThatThrownBy(() -> wb.coding().code(doc, 0, 6, balance, null))
                .hasMessageContaining("already coded");
        Segment other = wb.coding().code(doc, 0, 6, balance, "boris", null);
        assertThat(other.coderId()).isNotEqualTo(a.coderId());
    }

    @BothBackends
    void outOfRangeOrUnknownTargetsFailClearlyAndWriteNothing() {
        int length = wb.documents().text(doc).length();
        assertThatThrownBy(() -> wb.coding().code(doc, 0, length + 1, balance, null))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("outside 'ru' (valid offsets are 0 to " + length);
        assertThatThrownBy(() -> wb.coding().code(doc, 5, 5, balance, null)).hasMessageContaining("outside");
        assertThatThrownBy(() -> wb.coding().code(doc, -1, 3, balance, null)).hasMessageContaining("outside");
        assertThatThrownBy(() -> wb.coding().code(999, 0, 3, balance, null))
                .hasMessageEndingWith(": no document with id 999 (the docs command lists them)");
        assertThatThrownBy(() -> wb.coding().code(doc, 0, 3, 12345, null))
                .hasMessageStartingWith("No code with id 12345 in the codebook: it was deleted or merged");
        assertThatThrownBy(() -> wb.codebook().code("Hegemony")).hasMessageContaining("Unknown code 'Hegemony'");
        assertThat(wb.coding().segments()).isEmpty();
        assertThat(wb.history().canUndo()).isFalse();
    }

    @BothBackends
    void everyCodingActionUndoesAndRedoes() {
        Segment s = wb.coding().code(doc, 0, 6, balance, null);
        wb.coding().setMemo(s.id(), "a realist reading");
        wb.coding().changeCode(s.id(), norms);
        assertThat(wb.coding().segment(s.id()).codeId()).isEqualTo(norms);

        assertThat(wb.history().undo()).contains("Change code");
        assertThat(wb.coding().segment(s.id()).codeId()).isEqualTo(balance);
        assertThat(wb.history().undo()).contains("Edit passage memo");
        assertThat(wb.coding().segment(s.id()).memo()).isNull();
        assertThat(wb.history().undo()).contains("Code passage with Balance of power");
        assertThat(wb.coding().segments()).isEmpty();

        assertThat(wb.history().redo()).isPresent();
        assertThat(wb.coding().segments()).containsExactly(s);
        wb.coding().uncode(s.id());
        assertThat(wb.coding().segments()).isEmpty();
        wb.history().undo();
        assertThat(wb.coding().segment(s.id())).isEqualTo(s);
        assertThat(wb.history().canRedo()).isTrue();
    }

    @BothBackends
    void deletingACodeTakesItsPassagesAndUndoBringsBothBack() {
        Segment s = wb.coding().code(doc, 0, 6, balance, null);
        assertThat(wb.codebook().passageCount(balance)).isEqualTo(1);
        wb.codebook().deleteCode(balance);
        assertThat(wb.codebook().current().code(balance)).isEmpty();
        assertThat(wb.coding().segments()).isEmpty();
        wb.history().undo();
        assertThat(wb.codebook().current().code(balance)).isPresent();
        assertThat(wb.coding().segments()).containsExactly(s);
    }

    @BothBackends
    void undoingACodesDeletionPutsItsSubCodesBackUnderIt() {
        Code parent = wb.codebook().current().code(balance).orElseThrow();
        long sub = wb.codebook().addCode("Alliances against a rising power", parent.frameId(), balance, null, null).id();
        wb.codebook().deleteCode(balance);
        assertThat(wb.codebook().current().code(sub).orElseThrow().parentId()).isEqualTo(parent.parentId());

        wb.history().undo();
        assertThat(wb.codebook().current().code(sub).orElseThrow().parentId()).isEqualTo(balance);
        wb.history().redo();
        assertThat(wb.codebook().current().code(sub).orElseThrow().parentId()).isEqualTo(parent.parentId());
        wb.history().undo();
        assertThat(wb.codebook().current().code(sub).orElseThrow().parentId()).isEqualTo(balance);
    }

    @BothBackends
    void mergingMovesPassagesAndIsOneUndoStep() {
        wb.coding().code(doc, 0, 6, balance, null);
        wb.coding().code(doc, 0, 6, norms, null);
        wb.coding().code(doc, 9, 12, norms, null);
        wb.codebook().mergeCode(norms, balance);
        assertThat(wb.coding().segments()).hasSize(2).allMatch(x -> x.codeId() == balance);
        wb.history().undo();
        assertThat(wb.coding().segments()).hasSize(3);
        assertThat(wb.codebook().passageCount(norms)).isEqualTo(2);
    }

    private void reopen() {
        wb = Backend.reopen(wb);
    }
}
