package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.TestProjects;

class MergingTest {
    @TempDir
    Path dir;

    @Test
    void mergesAnotherProjectsCoderLayersByContentWithoutOverwritingAndUndoesInOneStep() {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(TestProjects.SAMPLES, sample);
        int sampleSegments;
        try (Workbench other = Workbench.open(sample)) {
            sampleSegments = other.coding().segments().size();
        }
        List<Path> texts = TestProjects.sampleTexts();
        try (Workbench wb = Workbench.create(dir.resolve("mine.parallax"), CodebookTemplates.named("table1"))) {
            // All sample texts but the last, so one document of the other project has no match.
            wb.documents().importFiles(ImportRequest.of(texts.subList(0, texts.size() - 1)), TaskProgress.NONE);
            long doc = wb.documents().list().get(0).id();
            var mine = wb.coding().code(doc, 0, 10, wb.codebook().code("Balance of power").id(), "me", null);

            MergeReport report = wb.merging().mergeProject(sample);
            assertThat(report.unmatchedDocuments()).hasSize(1);
            assertThat(report.coders()).containsExactlyInAnyOrder("analyst", "second-coder");
            assertThat(report.codesCreated()).isEmpty();
            assertThat(report.passagesAdded()).isPositive().isLessThan(sampleSegments);
            assertThat(wb.coding().segments()).hasSize(report.passagesAdded() + 1).contains(mine);
            List<Segment> merged = List.copyOf(wb.coding().segments());

            MergeReport again = wb.merging().mergeProject(sample);
            assertThat(again.passagesAdded()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(report.passagesAdded());

            assertThat(wb.history().undo()).contains("Merge " + report.passagesAdded() + " passages");
            assertThat(wb.coding().segments()).containsExactly(mine);
            // Redo puts back the same passages, ids and memos as the merge stored (read back when undo took them out).
            assertThat(wb.history().redo()).contains("Merge " + report.passagesAdded() + " passages");
            assertThat(wb.coding().segments()).containsExactlyInAnyOrderElementsOf(merged);
            assertThat(merged).anySatisfy(s -> assertThat(s.memo()).isNotBlank());
            assertThat(wb.history().undo()).isPresent();
            assertThat(wb.coding().segments()).containsExactly(mine);
            assertThat(wb.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void mergingAQdpxIntoTheSameDocumentsIsOneUndoableStep() {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(TestProjects.SAMPLES, sample);
        Path qdpx = dir.resolve("sample.qdpx");
        try (Workbench other = Workbench.open(sample)) {
            other.exchange().exportQdpx(qdpx);
        }
        try (Workbench wb = Workbench.create(dir.resolve("mine.parallax"), CodebookTemplates.named("table1"))) {
            TestProjects.importSamples(wb);
            long doc = wb.documents().list().get(0).id();
            var mine = wb.coding().code(doc, 0, 10, wb.codebook().code("Balance of power").id(), "me", null);

            ExchangeReport report = wb.exchange().importQdpx(qdpx);
            assertThat(report.documentsAdded()).isEmpty();
            assertThat(report.segmentsAdded()).isPositive();
            assertThat(wb.coding().segments()).hasSize(report.segmentsAdded() + 1);

            assertThat(wb.history().undo()).hasValueSatisfying(label -> assertThat(label).startsWith("Merge "));
            assertThat(wb.coding().segments()).containsExactly(mine);
            wb.history().redo();
            assertThat(wb.coding().segments()).hasSize(report.segmentsAdded() + 1);
            assertThat(wb.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aProjectWhoseDocumentsMatchNoneHereIsRefusedAndOneWithSomeLeftOutSaysHowMany() {
        Path other = dir.resolve("other.parallax");
        Path shared = TestProjects.textFile(dir, "shared.txt", "NATO and Russia sign a founding act.\n");
        Path theirsOnly = TestProjects.textFile(dir, "theirs.txt", "Russia suspends the treaty on conventional forces.\n");
        try (Workbench wb = Workbench.create(other, CodebookTemplates.named("table1"))) {
            wb.documents().importFiles(ImportRequest.of(List.of(shared, theirsOnly)), TaskProgress.NONE);
            long code = wb.codebook().addCode("Their own code", null, null, "#123456", "only in their codebook").id();
            for (var d : wb.documents().list()) {
                wb.coding().code(d.id(), 0, 6, code, "bob", null);
            }
        }
        Path mine = dir.resolve("mine.parallax");
        try (Workbench wb = Workbench.create(mine, CodebookTemplates.named("table1"))) {
            wb.documents().importFiles(ImportRequest.of(List.of(TestProjects.textFile(dir, "mine.txt",
                    "A text of my own that the other coder never saw.\n"))), TaskProgress.NONE);
            int codes = wb.codebook().current().codes().size();
            int backups = Backups.list(mine).size();

            assertThatThrownBy(() -> wb.merging().merge(other)).isInstanceOf(ParallaxException.class)
                    .hasMessage("no document of other.parallax matches a document of mine.parallax (documents are "
                            + "matched by their text); nothing was merged");
            assertThat(wb.codebook().current().codes()).as("their codes stay out").hasSize(codes);
            assertThat(wb.coding().segments()).isEmpty();
            assertThat(wb.coders()).extracting(c -> c.name()).doesNotContain("bob");
            assertThat(wb.history().canUndo()).isFalse();
            assertThat(Backups.list(mine)).as("no backup before a merge that did not happen").hasSize(backups);

            wb.documents().importFiles(ImportRequest.of(List.of(shared)), TaskProgress.NONE);
            MergeReport some = wb.merging().mergeProject(other);
            assertThat(some.passagesAdded()).isEqualTo(1);
            assertThat(some.passagesLeftOut()).isEqualTo(1);
            assertThat(Outcome.of(some).lines()).contains(
                    "1 document of other.parallax matches no document here: 1 passage left out (each named below)");
            assertThat(Outcome.of(some).problems()).singleElement().asString().contains("theirs.txt");
        }
    }
}
