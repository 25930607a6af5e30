package org.parallax.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.TextUnits;
import org.parallax.model.Code;
import org.parallax.model.Frame;
import org.parallax.model.Segment;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;

/** Auto-coding from the search tab: preview counts, apply as one edit, undo, and selected lines only. */
class AutoCodeViewModelTest {
    private static final String CODE = "Balance of power";

    @TempDir
    Path dir;
    private UiFixture fixture;
    private SearchViewModel search;
    private AutoCodeViewModel autoCode;
    private long treaty;

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        fixture.close();
    }

    @BeforeEach
    void searchTheTreatyForThreats() {
        fixture = UiFixture.open(dir);
        fixture.workbench().documents().importFiles(ImportRequest.of(List.of(SearchViewModelTest.TREATY)),
                TaskProgress.NONE);
        fixture.workbench().search().awaitIndex();
        treaty = fixture.document("2009-11-29").id();
        search = fixture.main.search();
        autoCode = fixture.main.autoCode();
        search.queryProperty().set("threat");
        search.run();
        autoCode.codeProperty().set(CODE);
    }

    private List<Segment> coded() {
        long codeId = fixture.code(CODE).id();
        return fixture.workbench().coding().segments().stream().filter(s -> s.codeId() == codeId).toList();
    }

    @Test
    void previewCountsTheHitsAndApplyCodesEachOnceUntilUndone() {
        assertThat(search.rows()).hasSize(6);
        assertThat(autoCode.codes()).contains(CODE);

        autoCode.preview();
        assertThat(autoCode.previewProperty().get()).isEqualTo("Will create 6 passages in 1 document, 0 already coded");
        assertThat(coded()).isEmpty();

        autoCode.apply();
        String text = fixture.text(fixture.document("2009-11-29"));
        assertThat(coded()).hasSize(6).allSatisfy(s -> {
            assertThat(s.documentId()).isEqualTo(treaty);
            assertThat(text.substring(s.start(), s.end()).toLowerCase()).startsWith("threat");
        });
        assertThat(autoCode.planProperty().get()).isNull();

        autoCode.preview();
        assertThat(autoCode.previewProperty().get()).isEqualTo("Will create 0 passages in 0 documents, 6 already coded");

        assertThat(fixture.main.undo().undoLabelProperty().get()).contains("Auto-code 6 passages");
        fixture.main.undo().undo();
        assertThat(coded()).isEmpty();
    }

    @Test
    void selectedLinesOnlyCodeThoseHitsWidenedToTheirSentence() {
        search.selection().setAll(search.rows().get(0), search.rows().get(3));
        autoCode.selectedOnlyProperty().set(true);
        autoCode.scopeProperty().set(TextUnits.Scope.SENTENCE);

        autoCode.preview();
        assertThat(autoCode.previewProperty().get()).isEqualTo("Will create 2 passages in 1 document, 0 already coded");
        autoCode.apply();

        String text = fixture.text(fixture.document("2009-11-29"));
        assertThat(coded()).hasSize(2).allSatisfy(s -> {
            String passage = text.substring(s.start(), s.end());
            assertThat(passage.toLowerCase()).contains("threat");
            assertThat(passage.length()).isGreaterThan("threat".length() + 20);
        });
        assertThat(coded()).anySatisfy(s -> assertThat(s.start()).isLessThanOrEqualTo(search.rows().get(0).start())
                .satisfies(x -> assertThat(s.end()).isGreaterThanOrEqualTo(search.rows().get(0).end())));
    }

    @Test
    void afterAnExactFormsSearchAllHitsMeansTheExactOnes() {
        search.exactFormsProperty().set(true);
        search.run();
        assertThat(search.rows()).hasSize(4);

        autoCode.preview();
        assertThat(autoCode.previewProperty().get()).isEqualTo("Will create 4 passages in 1 document, 0 already coded");
    }

    @Test
    void changingTheScopeDropsAPreviewSoApplyNeedsAFreshOne() {
        autoCode.preview();
        assertThat(autoCode.planProperty().get()).isNotNull();

        autoCode.scopeProperty().set(TextUnits.Scope.PARAGRAPH);
        assertThat(autoCode.planProperty().get()).isNull();
        assertThat(autoCode.previewProperty().get()).isEqualTo(AutoCodeViewModel.NOTHING_PLANNED);
        autoCode.apply();
        assertThat(coded()).isEmpty();
    }

    @Test
    void previewWithoutACodeSaysThatTheCodeIsWhatIsMissing() {
        // A new user searched, pressed Preview with "Code" still in the box, and read the same line as before.
        autoCode.codeProperty().set(null);
        autoCode.preview();
        assertThat(autoCode.previewProperty().get())
                .isEqualTo("Pick a code in \"Auto-code with\" above, then Preview");
        assertThat(autoCode.planProperty().get()).isNull();
    }

    /**
     * Ctrl+Z after Apply took the passages out, and the line under the search still said "Created 6 passages …
     * — Ctrl+Z undoes it", with Apply greyed out: it read as if they were still there. It asks for a preview again.
     */
    @Test
    void theLineSayingWhatWasCreatedGoesOnceTheRunIsUndone() {
        autoCode.preview();
        autoCode.apply();
        assertThat(autoCode.previewProperty().get())
                .isEqualTo("Created 6 passages with " + CODE + " — Ctrl+Z undoes it");

        fixture.main.undo().undo();

        assertThat(coded()).isEmpty();
        assertThat(autoCode.previewProperty().get()).isEqualTo(AutoCodeViewModel.NOTHING_PLANNED);
    }

    /**
     * A code added to the first frame after the others, and a sub-code under it, were listed last in "Auto-code
     * with" while the codebook pane shows them under that frame: the list follows the pane, top to bottom.
     */
    @Test
    void theCodesAreListedAsTheCodebookPaneShowsThem() {
        Frame first = fixture.workbench().codebook().current().frames().get(0);
        Code late = fixture.workbench().codebook().addCode(new Code(0, null, first.id(), null, "Late indicator",
                null, null, 0, 0));
        fixture.workbench().codebook().addCode(new Code(0, late.id(), first.id(), null, "Late sub-indicator",
                null, null, 0, 0));
        fixture.main.codebook().refresh();

        List<String> pane = new ArrayList<>();
        listed(fixture.main.codebook().roots(), pane);
        assertThat(pane).contains("Late indicator", "Late sub-indicator");
        assertThat(autoCode.codes()).containsExactlyElementsOf(pane);
    }

    private static void listed(List<CodebookNode> nodes, List<String> names) {
        for (CodebookNode node : nodes) {
            if (node.isCodable()) {
                names.add(node.name());
            }
            listed(node.children(), names);
        }
    }
}
