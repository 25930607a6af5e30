package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.UnitPrediction;
import org.parallax.io.SegmentRow;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.TestProjects;

class AssistantRunTest {
    private static final AssistantSettings SETTINGS = AssistantSettings.defaults().withCoder(AssistantFixture.CODER);

    @TempDir
    Path dir;

    @Test
    void runCodesTheAssistantLayerWithHeldOutModelsAsOneUndoableBatchWithProvenance() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 2))) {
            int analystPassages = wb.coding().segments().size();

            AssistantRunReport report = wb.assistant().run(SETTINGS, null, null);

            long assistant = coder(wb, AssistantSettings.CODER);
            List<Segment> layer = wb.coding().segments().stream().filter(s -> s.coderId() == assistant).toList();
            assertThat(layer).hasSameSizeAs(report.passages()).isNotEmpty();
            assertThat(report.documents()).isEqualTo(8);
            // cross-fitting: on coded documents the layer is exactly what the evaluation predicted for held-out units
            Set<String> predicted = new HashSet<>();
            for (UnitPrediction p : wb.assistant().evaluate(SETTINGS).predictions()) {
                p.predicted().forEach(code -> predicted.add(p.unit().documentId() + ":" + p.unit().start() + ":"
                        + p.unit().end() + ":" + code));
            }
            Set<String> stored = new HashSet<>();
            layer.forEach(s -> stored.add(s.documentId() + ":" + s.start() + ":" + s.end() + ":" + s.codeId()));
            assertThat(stored).isEqualTo(predicted);

            List<SegmentRow> rows = wb.exports().segmentRows();
            assertThat(rows).filteredOn(r -> r.coder().equals(AssistantSettings.CODER)).hasSize(layer.size())
                    .allSatisfy(r -> assertThat(r.provenance()).startsWith("Suggested by the Parallax assistant ")
                            .contains("method=knn k=10 unit=sentence threshold=0.1 coder=analyst seed=20260101")
                            .containsPattern("confidence (0|1)\\.\\d{3}"));
            assertThat(rows).filteredOn(r -> r.coder().equals(AssistantFixture.CODER))
                    .allSatisfy(r -> assertThat(r.provenance()).isNull());

            wb.history().undo();
            assertThat(wb.coding().segments()).hasSize(analystPassages);
            wb.history().redo();
            assertThat(wb.exports().segmentRows()).filteredOn(r -> r.coder().equals(AssistantSettings.CODER))
                    .hasSize(layer.size()).allSatisfy(r -> assertThat(r.provenance()).isNotNull());
        }
    }

    @Test
    void aLayerStoredInManyChunksKeepsEachPassagesProvenanceThroughUndoAndRedo() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 2))) {
            int analystPassages = wb.coding().segments().size();
            long assistant = wb.project().store.write(() -> wb.project().coders.ensure(AssistantSettings.CODER).id());
            Instant created = Instant.parse("2026-12-02T06:00:00Z");
            // 7 passages a chunk: the store's ids must meet the right provenance across every chunk boundary
            AssistantLayer layer = new AssistantLayer("9.9", "settings line", created, 7, Long.MAX_VALUE);
            Map<String, Double> confidences = new HashMap<>();
            for (Document d : wb.documents().list()) {
                List<Suggestion> suggestions = wb.assistant().suggest(d.id(), SETTINGS);
                for (Suggestion s : suggestions) {
                    layer.add(s, d.id() % 2 == 0 ? "knn" : "bayes");
                    confidences.put(d.id() + ":" + s.start() + ":" + s.end() + ":" + s.codeId(), s.confidence());
                }
                // the same passage twice: the store skips the second, and the layer closes the gap
                if (!suggestions.isEmpty()) {
                    layer.add(suggestions.get(0), d.id() % 2 == 0 ? "knn" : "bayes");
                }
            }
            assertThat(confidences.size()).isGreaterThan(50);

            List<Segment> stored = wb.coding().replaceLayer(SegmentColumns.of(List.of()), layer, "layer in chunks");

            assertThat(stored).hasSize(confidences.size());
            Runnable sameAsAdded = () -> {
                List<Segment> inFile = wb.coding().segments().stream().filter(s -> s.coderId() == assistant).toList();
                assertThat(inFile).extracting(Segment::id)
                        .containsExactlyInAnyOrderElementsOf(stored.stream().map(Segment::id).toList());
                Map<Long, Provenance> provenance = wb.coding().provenance(inFile.stream().map(Segment::id).toList());
                assertThat(inFile).allSatisfy(s -> {
                    Provenance p = provenance.get(s.id());
                    assertThat(p.confidence()).isEqualTo(confidences.get(s.documentId() + ":" + s.start() + ":"
                            + s.end() + ":" + s.codeId()));
                    assertThat(p.method()).isEqualTo(s.documentId() % 2 == 0 ? "knn" : "bayes");
                    assertThat(p.created()).isEqualTo(created);
                    assertThat(p.settings()).isEqualTo("settings line");
                });
            };
            sameAsAdded.run();
            wb.history().undo();
            assertThat(wb.coding().segments()).hasSize(analystPassages);
            assertThat(wb.coding().provenance(stored.stream().map(Segment::id).toList())).isEmpty();
            wb.history().redo();
            sameAsAdded.run();
        }
    }

    @Test
    void aLayerOfSeveralBlocksIsStoredAndUndoneWhole() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 2))) {
            int before = wb.coding().segments().size();
            long assistant = wb.project().store.write(() -> wb.project().coders.ensure(AssistantSettings.CODER).id());
            AssistantLayer layer = new AssistantLayer("9.9", "settings line",
                    Instant.parse("2026-12-02T06:00:00Z"));
            List<Document> documents = wb.documents().list();
            List<Long> codes = wb.codebook().current().codes().stream().map(c -> c.id()).toList();
            // every span of up to 40 characters of every document, with two codes: more than two blocks' worth
            Map<String, Double> added = new HashMap<>();
            for (Document d : documents) {
                for (int start = 0; start < d.length() && added.size() < 2 * AssistantLayer.BLOCK + 10; start++) {
                    for (int end = start + 1; end <= Math.min(d.length(), start + 40); end++) {
                        long code = codes.get((start + end) % codes.size());
                        double confidence = ((start * 31 + end) % 1000) / 1000.0;
                        layer.add(new Suggestion(d.id(), start, end, code, "", confidence), "knn");
                        added.put(d.id() + ":" + start + ":" + end + ":" + code, confidence);
                    }
                }
            }
            assertThat(added.size()).isGreaterThan(2 * AssistantLayer.BLOCK);

            List<Segment> stored = wb.coding().replaceLayer(SegmentColumns.of(List.of()), layer, "layer of several blocks");

            assertThat(stored).hasSize(added.size());
            List<Segment> inFile = wb.coding().segments().stream().filter(s -> s.coderId() == assistant).toList();
            Map<Long, Provenance> provenance = wb.coding().provenance(inFile.stream().map(Segment::id).toList());
            assertThat(inFile).hasSize(added.size()).allSatisfy(s -> assertThat(provenance.get(s.id()).confidence())
                    .isEqualTo(added.get(s.documentId() + ":" + s.start() + ":" + s.end() + ":" + s.codeId())));
            wb.history().undo();
            assertThat(wb.coding().segments()).hasSize(before);
        }
    }

    @Test
    void aLayerBeyondItsShareOfTheHeapStopsWithAMessageBeforeAnythingIsStored() {
        AssistantLayer layer = new AssistantLayer("9.9", "settings line", Instant.parse("2026-12-02T06:00:00Z"),
                AssistantLayer.CHUNK, 2 * AssistantLayer.BLOCK_BYTES);
        for (int i = 0; i < 2 * AssistantLayer.BLOCK; i++) {
            layer.add(new Suggestion(1, i, i + 1, 1, "", 0.5), "knn");
        }
        assertThat(layer.size()).isEqualTo(2 * AssistantLayer.BLOCK);
        assertThatThrownBy(() -> layer.add(new Suggestion(1, 0, 2, 1, "", 0.5), "knn"))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("more than " + 2 * AssistantLayer.BLOCK + " passages")
                .hasMessageContaining("nothing was stored").hasMessageContaining("--docs");
    }

    @Test
    void runningAgainReplacesTheLayerInTheChosenDocumentsOnly() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 0))) {
            AssistantRunReport first = wb.assistant().run(SETTINGS, null, null);
            long inDocOne = first.passages().stream().filter(s -> s.documentId() == 1).count();

            AssistantRunReport again = wb.assistant().run(SETTINGS, List.of(AssistantFixture.POWER), List.of(1L));

            assertThat(again.replaced()).isEqualTo((int) first.passages().stream()
                    .filter(s -> s.documentId() == 1 && s.codeId() == wb.codebook().code(AssistantFixture.POWER).id())
                    .count());
            long assistant = coder(wb, AssistantSettings.CODER);
            assertThat(wb.coding().segments().stream().filter(s -> s.coderId() == assistant)).hasSize(
                    first.passages().size());
            assertThat(inDocOne).isPositive();
            wb.history().undo();
            assertThat(wb.coding().segments().stream().filter(s -> s.coderId() == assistant)).hasSize(
                    first.passages().size());
        }
    }

    /**
     * A re-run with another threshold replaces a layer made by two runs of different settings; its undo step holds
     * the old layer and its provenance as columns, and undo puts back every old passage with its id and provenance
     * exactly (each run's settings line and date), redo the new layer with its own.
     */
    @Test
    void aReRunWithAnotherThresholdReplacesALayerOfTwoRunsAndUndoPutsBackEachPassagesProvenance() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 0))) {
            wb.assistant().run(SETTINGS, null, List.of(1L, 2L, 3L));
            wb.assistant().run(SETTINGS.withThreshold(0.15), null, List.of(4L, 5L, 6L));
            long assistant = coder(wb, AssistantSettings.CODER);
            Map<Long, Provenance> before = layerProvenance(wb, assistant);
            assertThat(before.values().stream().map(Provenance::settings).distinct()).hasSize(2);

            AssistantRunReport again = wb.assistant().run(SETTINGS.withThreshold(0.11), null, null);
            assertThat(again.replaced()).isEqualTo(before.size());
            Map<Long, Provenance> after = layerProvenance(wb, assistant);
            // (the new passages may take the old ones' ids: SQLite gives the largest id plus one)
            assertThat(after).hasSize(again.passages().size());
            assertThat(after.values()).allSatisfy(p -> assertThat(p.settings()).contains("threshold=0.11"));

            wb.history().undo();
            assertThat(layerProvenance(wb, assistant)).isEqualTo(before);
            wb.history().redo();
            assertThat(layerProvenance(wb, assistant)).isEqualTo(after);
        }
    }

    private static Map<Long, Provenance> layerProvenance(Workbench wb, long coderId) {
        List<Long> ids = wb.coding().segments().stream().filter(s -> s.coderId() == coderId).map(Segment::id)
                .toList();
        Map<Long, Provenance> out = wb.coding().provenance(ids);
        assertThat(out).hasSize(ids.size());
        return out;
    }

    @Test
    void undoingARunThatReplacedTheLayerChangesEverythingOrNothing() {
        Path file = AssistantFixture.create(dir, 6, 2);
        try (Workbench wb = Workbench.open(file)) {
            wb.assistant().run(SETTINGS, null, null);
            wb.assistant().run(SETTINGS.withThreshold(0.5), null, null);
            // Another program deletes a document (and its passages) the first layer coded: that layer cannot come back.
            try (Workbench other = Workbench.open(file)) {
                other.documents().delete(1L);
            }
            // Read from the file, not from wb's cache: whether wb has noticed the other program's write yet depends
            // on timing (its check is skipped while the background checkpoint holds the connection).
            Set<Long> layer = layerInFile(file, AssistantSettings.CODER);
            assertThat(layer).isNotEmpty();

            assertThatThrownBy(() -> wb.history().undo()).isInstanceOf(RuntimeException.class);

            // The second layer is still whole: its removal was rolled back with the failed restore.
            assertThat(layerInFile(file, AssistantSettings.CODER)).containsExactlyInAnyOrderElementsOf(layer);
        }
        try (Workbench reopened = Workbench.open(file)) {
            long assistant = coder(reopened, AssistantSettings.CODER);
            assertThat(reopened.coding().segments().stream().filter(s -> s.coderId() == assistant)).isNotEmpty();
        }
    }

    @Test
    void acceptedSuggestionsCarryProvenanceIntoCsvAndRefiQdaAndRejectedOnesStayAway() throws Exception {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 0))) {
            long probe = TestProjects.importOne(wb, TestProjects.textFile(dir, "probe.txt",
                    AssistantFixture.englishProbe()));
            List<Suggestion> suggestions = wb.assistant().suggestForReading(probe, SETTINGS);
            assertThat(suggestions).hasSize(2);

            Segment accepted = wb.assistant().accept(suggestions.get(0), SETTINGS);
            wb.assistant().reject(suggestions.get(1));

            assertThat(accepted.coderId()).isEqualTo(wb.activeCoder().id());
            assertThat(wb.assistant().suggestForReading(probe, SETTINGS)).isEmpty();
            wb.history().undo();
            wb.history().redo();
            Path csv = dir.resolve("passages.csv");
            wb.exports().segmentsCsv(csv, true);
            String line = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(accepted.id() + ",")).findFirst().orElseThrow();
            assertThat(line).contains("Suggested by the Parallax assistant").contains("coder=analyst");

            Path qdpx = dir.resolve("project.qdpx");
            wb.exchange().exportQdpx(qdpx, false);
            String qde = entry(qdpx, "project.qde");
            assertThat(qde).contains("<Description>Suggested by the Parallax assistant");
        }
    }

    /** The passages of one coder as the project file holds them now, read by a program of its own. */
    private static Set<Long> layerInFile(Path file, String coderName) {
        try (Workbench reader = Workbench.openReadOnly(file)) {
            long coder = coder(reader, coderName);
            return new HashSet<>(reader.coding().segments().stream().filter(s -> s.coderId() == coder)
                    .map(Segment::id).toList());
        }
    }

    private static long coder(Workbench wb, String name) {
        return wb.coders().stream().filter(c -> c.name().equals(name)).map(Coder::id).findFirst().orElseThrow();
    }

    private static String entry(Path zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(((InputStream) in).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in " + zip);
    }
}
