package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
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

            MergeReport again = wb.merging().mergeProject(sample);
            assertThat(again.passagesAdded()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(report.passagesAdded());

            assertThat(wb.history().undo()).contains("Merge " + report.passagesAdded() + " passages");
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
}
