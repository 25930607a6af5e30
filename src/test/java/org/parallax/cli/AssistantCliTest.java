package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.AssistantSettings;
import org.parallax.workbench.Workbench;

class AssistantCliTest {
    @TempDir
    Path dir;

    @Test
    void evaluatePrintsPerCodeAndOverallFiguresAsTableAndJson() throws Exception {
        Path project = AssistantFixture.create(dir, 6, 2);

        Cli table = Cli.parallax("assistant", "evaluate", project, "--coder", "analyst", "--folds", "4");
        Cli json = Cli.parallax("assistant", "evaluate", project, "--coder", "analyst", "--folds", "4",
                "--format", "json");

        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("against 'analyst': 4-fold cross-validation over 8 coded documents")
                .contains("method=knn k=10 unit=sentence", "(all codes)", AssistantFixture.POWER,
                        AssistantFixture.DIALOGUE);
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("folds").asInt()).isEqualTo(4);
        JsonNode overall = root.get("overall");
        long both = overall.get("both").asLong();
        long extra = overall.get("extra").asLong();
        long missed = overall.get("missed").asLong();
        assertThat(overall.get("f1").asDouble()).isCloseTo(2.0 * both / (2 * both + extra + missed),
                org.assertj.core.data.Offset.offset(0.0006));
        assertThat(overall.get("f1").asDouble()).isGreaterThan(0.8);
        // the table prints the same figure
        String allLine = table.out().lines().filter(l -> l.startsWith("(all codes)")).findFirst().orElseThrow();
        assertThat(allLine).contains(String.valueOf(overall.get("f1").asDouble()));
    }

    @Test
    void theMethodsParagraphQuotesTheSettingsAndTheFiguresOfTheSameEvaluation() throws Exception {
        Path project = AssistantFixture.create(dir, 6, 2);

        Cli json = Cli.parallax("assistant", "evaluate", project, "--coder", "analyst", "--folds", "4",
                "--threshold", "0.25", "--format", "json");
        Cli methods = Cli.parallax("assistant", "evaluate", project, "--coder", "analyst", "--folds", "4",
                "--threshold", "0.25", "--format", "methods");

        assertThat(methods.exit()).as(methods.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        JsonNode all = root.get("overall");
        String paragraph = methods.out().strip();
        assertThat(paragraph.lines()).hasSize(1);
        assertThat(paragraph).startsWith("Codes were suggested by the offline coding assistant of Parallax "
                        + org.parallax.workbench.BuildInfo.current().version() + " (lexical k-nearest-neighbour "
                        + "classifier over Lucene BM25, k = 10, sentence units, confidence threshold 0.25), trained on "
                        + "the passages of coder \"analyst\" (seed 20260101); it ran on the researcher's computer "
                        + "and sent nothing over the network.")
                .contains("In 4-fold cross-validation by document over 8 coded documents (" + root.get("units").asInt()
                        + " held-out sentence units)")
                .contains(String.format(java.util.Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f and Cohen's "
                                + "kappa %.3f against the coding of \"analyst\" (micro-averaged over %d codes).",
                        all.get("precision").asDouble(), all.get("recall").asDouble(), all.get("f1").asDouble(),
                        all.get("kappa").asDouble(), root.get("codes").size()));
    }

    @Test
    void anAcceptedSuggestionCarriesItsProvenanceIntoTheJsonListing() throws Exception {
        Path project = AssistantFixture.create(dir, 6, 0);
        long accepted;
        try (Workbench wb = Workbench.open(project)) {
            long probe = TestProjects.importOne(wb, TestProjects.textFile(dir, "probe.txt",
                    AssistantFixture.englishProbe()));
            AssistantSettings settings = AssistantSettings.defaults().withCoder(AssistantFixture.CODER);
            accepted = wb.assistant().accept(wb.assistant().suggestForReading(probe, settings).get(0), settings).id();
        }

        Cli listing = Cli.parallax("segments", project, "--coder", AssistantFixture.CODER, "--format", "json");

        assertThat(listing.exit()).as(listing.err()).isZero();
        List<JsonNode> suggested = new ArrayList<>();
        new ObjectMapper().readTree(listing.out()).forEach(r -> {
            if (r.hasNonNull("provenance") && !r.get("provenance").asText().isEmpty()) {
                suggested.add(r);
            }
        });
        assertThat(suggested).singleElement().satisfies(r -> {
            assertThat(r.get("id").asLong()).isEqualTo(accepted);
            assertThat(r.get("provenance").asText()).startsWith("Suggested by the Parallax assistant")
                    .contains("coder=analyst");
        });
    }

    @Test
    void runWritesTheAssistantLayerThatAgreementAndTheJsonListingShow() throws Exception {
        Path project = AssistantFixture.create(dir, 6, 0);

        Cli run = Cli.parallax("assistant", "run", project, "--coder", "analyst");
        Cli listing = Cli.parallax("segments", project, "--coder", "assistant", "--format", "json");
        Cli agreement = Cli.parallax("agreement", project, "--coders", "analyst,assistant", "--unit", "sentence");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Coded [1-9][0-9]* passages in 6 documents as coder 'assistant'; "
                + "learnt from 'analyst' \\(method=knn");
        assertThat(listing.exit()).as(listing.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(listing.out());
        assertThat(rows.size()).isPositive();
        rows.forEach(r -> assertThat(r.get("provenance").asText()).startsWith("Suggested by the Parallax assistant"));
        assertThat(agreement.exit()).as(agreement.err()).isZero();
        // the assistant's layer is there to be compared: Krippendorff's alpha over the 72 sentences of 6 documents
        assertThat(agreement.out()).containsPattern("\\(all codes\\) +alpha +[-0-9.]+ +72")
                .contains("6 of 6 documents compared: those both analyst and assistant coded");
    }

    @Test
    void aProjectWithoutCodingGetsOneLineNotAStackTrace() {
        Path project = dir.resolve("empty.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();

        Cli run = Cli.parallax("assistant", "evaluate", project);

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("Exception").doesNotContain("\tat ")
                .contains("No passages coded by").contains("empty.parallax");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aWrongUnitListsTheAllowedOnes() {
        Path project = AssistantFixture.create(dir, 2, 0);

        Cli run = Cli.parallax("assistant", "evaluate", project, "--unit", "turn");

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("--unit must be sentence or paragraph, not 'turn'");
    }
}
