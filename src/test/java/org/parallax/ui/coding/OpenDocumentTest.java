package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Segment;

class OpenDocumentTest {
    private static final String TEXT = "The Parties agree that an armed attack against one of them shall be an attack on all.";
    private static final Codebook BOOK = new Codebook(List.of(new Frame(1, "Realism", null, "#1f4e99", 0)), List.of(),
            List.of(new Code(7, null, 1L, null, "Balance of power", "#1f77b4", null, 1, 0),
                    new Code(8, null, 1L, null, "Perception of threatening behavior", "#9467bd", null, 2, 1)),
            Map.of());

    private static Segment segment(long id, int start, int end, long code) {
        return new Segment(id, 1, start, end, code, 1, null, Instant.EPOCH);
    }

    @Test
    void onlyTheSpanOfAddedOrRemovedPassagesNeedsRestyling() {
        OpenDocument before = OpenDocument.of(1, "Treaty", TEXT, List.of(segment(1, 4, 11, 7)), BOOK);
        OpenDocument after = before.withPassages(List.of(segment(1, 4, 11, 7), segment(2, 26, 38, 8)), BOOK);
        assertThat(after.changedSince(before)).isEqualTo(new TextRange(26, 38));

        OpenDocument removed = after.withPassages(List.of(segment(2, 26, 38, 8)), BOOK);
        assertThat(removed.changedSince(after)).isEqualTo(new TextRange(4, 11));
        assertThat(removed.changedSince(removed).isEmpty()).isTrue();
    }

    /**
     * A key press that codes restyles only the new passage's span: the styles of just the runs there, the same as the
     * whole text's for those runs (a memo's mark too), where all of a long document's runs were styled each time.
     */
    @Test
    void theStylesOfARangeAreThoseOfTheRunsInIt() {
        Segment withMemo = new Segment(3, 1, 30, 50, 7, 1, "Why this counts", Instant.EPOCH);
        OpenDocument open = OpenDocument.of(1, "Treaty", TEXT,
                List.of(segment(1, 4, 11, 7), segment(2, 26, 38, 8), withMemo), BOOK);
        List<String> all = open.runStyles();
        TextRange range = new TextRange(27, 40);
        List<Integer> inRange = new java.util.ArrayList<>();
        for (int i = 0; i < open.runs().size(); i++) {
            if (OpenDocument.overlaps(open.runs().get(i), range)) {
                inRange.add(i);
            }
        }

        List<String> styles = open.runStyles(range);

        assertThat(inRange).hasSize(3);
        assertThat(styles).containsExactlyElementsOf(inRange.stream().map(all::get).toList());
        assertThat(styles.get(1)).contains(HighlightStyle.MEMO_MARK);
    }

    @Test
    void aCodebookChangeRestylesTheWholeText() {
        OpenDocument before = OpenDocument.of(1, "Treaty", TEXT, List.of(segment(1, 4, 11, 7)), BOOK);
        Codebook recoloured = new Codebook(BOOK.frames(), List.of(),
                List.of(new Code(7, null, 1L, null, "Balance of power", "#ff0000", null, 1, 0)), Map.of());
        OpenDocument after = before.withPassages(before.passages(), recoloured);
        assertThat(after.changedSince(before)).isEqualTo(new TextRange(0, TEXT.length()));
        assertThat(after.runStyles().get(1)).isEqualTo("-rtfx-background-color: #ff000040;");
    }

    /**
     * The display lines read the whole text (linear: part of half a second for 20 MB): they are made with the
     * document in the background read, and a change of passages (a coding, on every keystroke's code) keeps them.
     */
    @Test
    void theDisplayLinesComeWithTheTextAndOutliveAChangeOfPassages() {
        String oneLine = "x".repeat(3 * DisplayLines.MAX_PARAGRAPH);
        OpenDocument before = OpenDocument.of(1, "Blob", oneLine, List.of(), BOOK);
        assertThat(before.display().shown().split("\n")).hasSize(3);

        OpenDocument after = before.withPassages(List.of(segment(1, 4, 11, 7)), BOOK).withProvenance(Map.of());
        assertThat(after.display()).isSameAs(before.display());
    }
}
