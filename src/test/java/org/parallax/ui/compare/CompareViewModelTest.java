package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.CoderComparison;
import org.parallax.workbench.Comparison;
import org.parallax.workbench.Disagreement;
import org.parallax.workbench.Disagreement.Kind;
import org.parallax.workbench.Disagreement.Side;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

class CompareViewModelTest {
    @TempDir
    Path dir;
    private MainViewModel main;
    private CompareViewModel compare;

    @BeforeEach
    void openSample() {
        Path project = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        main = new MainViewModel(new ProjectContext(new SynchronousTasks(), new RecordingDialogs()),
                new SettingsFile(dir.resolve("settings.json")));
        compare = new CompareViewModel(main.context());
        compare.setOpener(d -> main.openPassage(d.documentId(), d.start(), d.end()));
        main.open(project);
        compare.coderAProperty().set("analyst");
        compare.coderBProperty().set("second-coder");
    }

    @AfterEach
    void close() {
        main.close();
    }

    private Workbench wb() {
        return main.context().workbench();
    }

    @Test
    void listsTheWorkbenchDisagreementsWithCountsAndKappa() {
        CoderComparison expected = wb().comparison().compare("analyst", "second-coder", null);

        assertThat(compare.coders()).contains("analyst", "second-coder");
        assertThat(compare.disagreements()).containsExactlyElementsOf(expected.disagreements()).isNotEmpty();
        assertThat(compare.summaryProperty().get())
                .startsWith(expected.matched() + " matched, " + expected.disagreements().size() + " disagreements")
                .contains("in 3 documents coded by both")
                .contains(String.format(Locale.ROOT, "κ = %.3f", expected.kappa()));
    }

    @Test
    void selectingADisagreementOpensItsDocumentAtIt() {
        Disagreement onlyB = compare.disagreements().stream().filter(d -> d.kind() == Kind.ONLY_B)
                .findFirst().orElseThrow();

        compare.selectedProperty().set(onlyB);

        assertThat(main.documents().selectedProperty().get().id()).isEqualTo(onlyB.documentId());
        assertThat(main.document().revealProperty().get().start()).isEqualTo(onlyB.start());
        assertThat(compare.canAccept(Side.A).get()).isFalse();
        assertThat(compare.canAccept(Side.B).get()).isTrue();
    }

    @Test
    void acceptingBWritesConsensusAndUndoTakesItBack() {
        Disagreement onlyB = compare.disagreements().stream().filter(d -> d.kind() == Kind.ONLY_B)
                .findFirst().orElseThrow();
        List<Segment> before = wb().coding().segments();
        compare.selectedProperty().set(onlyB);

        compare.accept(Side.B);

        assertThat(compare.coders()).contains(Comparison.CONSENSUS);
        assertThat(compare.disagreements()).filteredOn(Disagreement::resolved).singleElement()
                .satisfies(d -> assertThat(d.b()).isEqualTo(onlyB.b()));
        assertThat(compare.selectedProperty().get()).extracting(Disagreement::resolved).isEqualTo(true);
        assertThat(compare.summaryProperty().get()).contains("1 resolved");
        assertThat(wb().coding().segments()).hasSize(before.size() + 1).containsAll(before);

        main.undo().undo();

        assertThat(wb().coding().segments()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(compare.disagreements()).noneMatch(Disagreement::resolved);
    }

    /**
     * Accept B copies a passage into the consensus layer, which Table 1 and the Codes tab leave out (ADR 0019): the
     * codebook tree, the documents' Coded column and the status bar showed one passage more than they did.
     */
    @Test
    void acceptingBChangesNoCountTheUserSees() {
        Disagreement onlyB = compare.disagreements().stream().filter(d -> d.kind() == Kind.ONLY_B)
                .findFirst().orElseThrow();
        long code = onlyB.b().segment().codeId();
        int treeBefore = treeCount(code);
        int codedBefore = codedColumn(onlyB.documentId());
        String statusBefore = main.status().countsProperty().get();
        int passagesBefore = wb().coding().segments().size();
        compare.selectedProperty().set(onlyB);

        compare.accept(Side.B);

        assertThat(wb().coding().segments()).hasSize(passagesBefore + 1);
        assertThat(treeCount(code)).isEqualTo(treeBefore).isEqualTo(wb().analysis().frequencies().stream()
                .filter(f -> f.codeId() == code).findFirst().orElseThrow().segments());
        assertThat(codedColumn(onlyB.documentId())).isEqualTo(codedBefore).isPositive();
        assertThat(main.status().countsProperty().get()).isEqualTo(statusBefore).isNotEmpty();
    }

    private int treeCount(long codeId) {
        return find(main.codebook().roots(), codeId).orElseThrow().count();
    }

    private static java.util.Optional<CodebookNode> find(List<CodebookNode> nodes, long codeId) {
        for (CodebookNode node : nodes) {
            if (node.kind() == CodebookNode.Kind.CODE && node.id() == codeId) {
                return java.util.Optional.of(node);
            }
            java.util.Optional<CodebookNode> below = find(node.children(), codeId);
            if (below.isPresent()) {
                return below;
            }
        }
        return java.util.Optional.empty();
    }

    private int codedColumn(long documentId) {
        return main.documents().rows().stream().filter(r -> r.id() == documentId).findFirst().orElseThrow()
                .passages();
    }

    @Test
    void aHiddenTabComparesOnlyWhenShownAgain() {
        compare.activeProperty().set(false);
        Disagreement onlyB = compare.disagreements().stream().filter(d -> d.kind() == Kind.ONLY_B)
                .findFirst().orElseThrow();
        wb().comparison().accept(onlyB, Side.B);
        assertThat(compare.disagreements()).noneMatch(Disagreement::resolved);

        compare.activeProperty().set(true);

        assertThat(compare.disagreements()).filteredOn(Disagreement::resolved).hasSize(1);
    }

    /**
     * The sample's second coder never applied the scenario codes or Convergence of interests: each has κ 0 beside
     * 99.6 % agreement, which pulls the pooled κ down; the tab said nothing of it.
     */
    @Test
    void theSummarySaysWhichCodesOnlyOneCoderAppliedAndWhyTheirKappaIsZero() {
        assertThat(compare.summaryProperty().get()).contains("\nκ 0 for Partnership schemes / joint exercise, ",
                "Convergence of interests: second-coder never applied these codes in the 3 documents compared "
                        + "(analyst did), so the ", "% agreement on each is all text neither of them coded");
    }

    /** "in 1 documents" was what the week-two trial read: the nouns agree with their counts. */
    @Test
    void theSummarysNounsAgreeWithOneDocumentAndOneDisagreement() {
        Disagreement one = compare.disagreements().get(0);
        String summary = CompareViewModel.summaryOf(
                new CoderComparison("analyst", "maria", 1, 4, List.of(one), -0.017, List.of()), "analyst", "maria");

        assertThat(summary).startsWith("4 matched, 1 disagreement (").contains("in 1 document coded by both")
                .doesNotContain("1 disagreements", "1 documents");
    }

    @Test
    void theSameCoderTwiceListsNothing() {
        compare.coderBProperty().set("analyst");

        assertThat(compare.disagreements()).isEmpty();
        assertThat(compare.summaryProperty().get()).isEqualTo("Choose two different coders");
    }

    /**
     * A new project's first coder is the login name, with no passages, and a team project's lead gets a layer on
     * opening: the tab chose those two and said "No disagreements between the chosen coders" while the two coders
     * who did code disagreed. It now starts on the two coders with the most passages.
     */
    @Test
    void itStartsOnTheTwoCodersWithTheMostPassagesNotTheFirstTwoListed() throws Exception {
        main.close();
        java.nio.file.Files.createDirectories(dir.resolve("new"));
        Path project;
        try (Workbench wb = org.parallax.testutil.TestProjects.table1(dir.resolve("new"))) {
            long doc = org.parallax.testutil.TestProjects.importOne(wb, org.parallax.testutil.TestProjects.textFile(
                    dir, "interview.txt", "We trusted each other. Then the balance of power shifted."));
            long code = wb.codebook().code("Balance of power").id();
            wb.coding().code(doc, 0, 22, code, "lena", null);
            wb.coding().code(doc, 0, 22, code, "student", null);
            wb.coding().code(doc, 23, 57, code, "student", null);
            assertThat(wb.coders().get(0).name()).as("the first coder listed").isNotIn("lena", "student");
            project = Path.of(wb.location());
        }
        CompareViewModel fresh = new CompareViewModel(main.context());
        main.open(project);

        assertThat(List.of(fresh.coderAProperty().get(), fresh.coderBProperty().get()))
                .containsExactlyInAnyOrder("student", "lena");
        assertThat(fresh.disagreements()).hasSize(1);
    }
}
