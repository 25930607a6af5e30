package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.SegmentRow;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.TestProjects;

/**
 * The semantic method with its add-on on the class path (as in the build): it learns the fixture's coding by meaning,
 * gives documents not in English the lexical method, and its provenance names the method that coded each passage.
 */
class SemanticAssistantTest {
    private static final AssistantSettings SEMANTIC = AssistantSettings.defaults().withCoder(AssistantFixture.CODER)
            .withMethod(AssistantMethod.SEMANTIC);

    @TempDir
    Path dir;

    @Test
    void theAddOnIsFoundAndTheMethodOffered() {
        assertThat(Assistant.unavailable(AssistantMethod.SEMANTIC)).isEmpty();
        assertThat(Assistant.methods()).contains(AssistantMethod.SEMANTIC);
    }

    @Test
    void learnsTheCodingByMeaningOnHeldOutDocuments() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 0))) {
            AssistantEvaluation e = wb.assistant().evaluate(SEMANTIC.withFolds(3));

            assertThat(e.settings().method()).isEqualTo(AssistantMethod.SEMANTIC);
            assertThat(e.settings().describe(e.coder())).startsWith("method=semantic model=all-MiniLM-L6-v2-q k=10");
            assertThat(e.overall().f1()).isGreaterThan(0.8);
            assertThat(e.overall().kappa()).isGreaterThan(0.75);
        }
    }

    @Test
    void suggestsTheCodeOfWhatASentenceMeans() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 0))) {
            long probe = TestProjects.importOne(wb, TestProjects.textFile(dir, "probe.txt",
                    AssistantFixture.englishProbe()));
            String text = wb.documents().text(probe);

            List<Suggestion> suggestions = wb.assistant().suggest(probe, SEMANTIC);

            // the best code of each sentence: posture, nothing for the museum, dialogue
            assertThat(suggestions).extracting(s -> s.codeName() + ": " + text.substring(s.start(), s.end()))
                    .contains(AssistantFixture.POWER + ": The defence ministry moved tank battalions to forward bases.",
                            AssistantFixture.DIALOGUE + ": The foreign ministers agreed to hold joint meetings on "
                                    + "common concerns.")
                    .noneMatch(s -> s.contains("museum"));
        }
    }

    @Test
    void aRussianDocumentGetsTheLexicalMethodAndItsProvenanceSaysSo() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 4, 4))) {
            long probe = TestProjects.importOne(wb, TestProjects.textFile(dir, "probe-ru.txt",
                    AssistantFixture.russianProbe()));
            AssistantSettings knn = SEMANTIC.withMethod(AssistantMethod.KNN);

            assertThat(wb.assistant().suggest(probe, SEMANTIC)).isEqualTo(wb.assistant().suggest(probe, knn))
                    .isNotEmpty();

            wb.assistant().run(SEMANTIC, null, null);
            Map<Long, String> languageOfDocument = new java.util.HashMap<>();
            wb.documents().list().forEach(d -> languageOfDocument.put(d.id(), d.meta().language()));
            List<SegmentRow> layer = wb.exports().segmentRows().stream()
                    .filter(r -> r.coder().equals(AssistantSettings.CODER)).toList();
            Map<Long, Provenance> provenance = wb.coding().provenance(layer.stream().map(SegmentRow::segmentId)
                    .toList());
            assertThat(layer).isNotEmpty().allSatisfy(r -> {
                boolean russian = "ru".equals(languageOfDocument.get(r.documentId()));
                assertThat(provenance.get(r.segmentId()).method()).isEqualTo(russian ? "knn" : "semantic");
                assertThat(r.provenance()).contains("(method=semantic model=all-MiniLM-L6-v2-q k=10 fallback=knn ");
                if (russian) {
                    assertThat(r.provenance()).contains(" using knn (");
                } else {
                    assertThat(r.provenance()).doesNotContain(" using ");
                }
            });
            assertThat(layer).anyMatch(r -> "ru".equals(languageOfDocument.get(r.documentId())))
                    .anyMatch(r -> !"ru".equals(languageOfDocument.get(r.documentId())));
        }
    }

    @Test
    void anAcceptedSuggestionRecordsTheSemanticMethod() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 0))) {
            long probe = TestProjects.importOne(wb, TestProjects.textFile(dir, "probe.txt",
                    AssistantFixture.englishProbe()));
            Suggestion first = wb.assistant().suggest(probe, SEMANTIC).get(0);

            Segment accepted = wb.assistant().accept(first, SEMANTIC);

            Provenance p = wb.coding().provenance(List.of(accepted.id())).get(accepted.id());
            assertThat(p.method()).isEqualTo("semantic");
            assertThat(p.settings()).startsWith("method=semantic model=all-MiniLM-L6-v2-q");
            assertThat(p.confidence()).isEqualTo(first.confidence());
        }
    }
}
