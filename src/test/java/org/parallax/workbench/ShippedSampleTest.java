package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.store.jdbc.Migrations;
import org.parallax.testutil.TestProjects;

/**
 * The shipped samples/nato-russia.parallax is what `parallax sample` makes today from samples/texts,
 * metadata.csv and passages.csv: a change to the importer or to those files that is not followed by a rebuild
 * fails here, instead of reaching users as raw Markdown or as documents a fresh import no longer matches.
 */
class ShippedSampleTest {
    @TempDir
    Path dir;

    @Test
    void theShippedSampleIsWhatTheCurrentImporterMakesFromTheSampleSources() {
        Path rebuilt = dir.resolve("rebuilt.parallax");
        SampleProject.build(TestProjects.SAMPLES, rebuilt);
        try (Workbench shipped = Workbench.open(TestProjects.sampleCopy(dir));
             Workbench fresh = Workbench.open(rebuilt)) {
            assertThat(shipped.documents().list()).as("documents and their metadata")
                    .containsExactlyElementsOf(fresh.documents().list());
            for (Document d : fresh.documents().list()) {
                assertThat(shipped.documents().text(d.id())).as(d.sourceFile()).isEqualTo(fresh.documents().text(d.id()));
            }
            assertThat(shipped.codebook().current()).isEqualTo(fresh.codebook().current());
            assertThat(coders(shipped)).isEqualTo(coders(fresh));
            assertThat(passages(shipped)).as("coded passages").containsExactlyElementsOf(passages(fresh));
            assertThat(shipped.tracing().events()).as("the study's events, stored in the sample")
                    .isEqualTo(fresh.tracing().events()).hasSize(9);
            for (Code code : fresh.codebook().current().codes()) {
                assertThat(ids(shipped.codebook().anchors(code.id()))).as("anchors of " + code.name())
                        .isEqualTo(ids(fresh.codebook().anchors(code.id())));
            }
        }
    }

    /**
     * A rebuild from unchanged sources gives the shipped file byte for byte: it carries one fixed moment of making,
     * not the time of the run, so `parallax sample` in the repository leaves git with nothing to show.
     */
    @Test
    void theShippedSampleIsByteForByteWhatARebuildMakes() throws Exception {
        Path rebuilt = dir.resolve("rebuilt.parallax");
        SampleProject.build(TestProjects.SAMPLES, rebuilt);
        assertThat(Files.mismatch(rebuilt, TestProjects.SAMPLES.resolve("nato-russia.parallax")))
                .as("first byte that differs; rebuild the sample: parallax sample").isEqualTo(-1L);
    }

    /**
     * A rebuild recorded the login of the computer that made it as the one who chose the sample's coder, so on that
     * computer a copy coded as "analyst" without a word, and the shipped bytes depended on who rebuilt them.
     */
    @Test
    void whoeverCodesInACopyOfTheSampleIsToldWhoItCodesAs() {
        Path rebuilt = dir.resolve("made-here.parallax");
        SampleProject.build(TestProjects.SAMPLES, rebuilt);
        try (Workbench fresh = Workbench.open(rebuilt);
             Workbench shipped = Workbench.open(TestProjects.sampleCopy(dir))) {
            assertThat(fresh.coderNotChosenHere()).as("a sample made on this computer").contains("analyst");
            assertThat(shipped.coderNotChosenHere()).as("the shipped sample's copy").contains("analyst");
        }
    }

    /**
     * The shipped file is at the schema this build writes: at schema 10 it was upgraded on every first open (the
     * researcher's copy) and read through an upgraded temporary copy wherever it was opened read-only.
     */
    @Test
    void theShippedSampleIsAtTheCurrentSchema() throws Exception {
        byte[] header = new byte[64];
        try (var in = Files.newInputStream(TestProjects.SAMPLES.resolve("nato-russia.parallax"))) {
            assertThat(in.readNBytes(header, 0, header.length)).isEqualTo(header.length);
        }
        // SQLite keeps PRAGMA user_version, the schema version, as a big-endian int at byte 60 of its header.
        assertThat(ByteBuffer.wrap(header, 60, 4).getInt()).as("schema version of the shipped sample")
                .isEqualTo(Migrations.latest());
    }

    @Test
    void theSampleDocumentsAreTheOnesAFreshImportOfTheSampleTextsGives() {
        try (Workbench shipped = Workbench.open(TestProjects.sampleCopy(dir));
             Workbench imported = TestProjects.table1(dir)) {
            TestProjects.importSamples(imported);
            assertThat(hashes(shipped)).hasSize(15).isEqualTo(hashes(imported));
            assertThat(shipped.documents().list()).allSatisfy(d -> assertThat(shipped.documents().text(d.id()))
                    .as(d.sourceFile()).doesNotContainPattern("(?m)^#+ *\\p{L}"));
        }
    }

    /**
     * The treaty's sentences were run together ("all governments.They are determined"): a newcomer's first document
     * read as broken, and a search for the phrase at a sentence start found nothing.
     */
    @Test
    void everySentenceOfTheSampleStartsAfterASpace() {
        try (Workbench shipped = Workbench.open(TestProjects.sampleCopy(dir))) {
            assertThat(shipped.documents().list()).allSatisfy(d -> assertThat(shipped.documents().text(d.id()))
                    .as(d.sourceFile()).doesNotContainPattern("[a-z)]\\.[A-Z][a-z]"));
        }
    }

    /** A passage as the sample defines it: everything but the moment it was coded. */
    private static List<String> passages(Workbench wb) {
        return wb.coding().segments().stream()
                .map(s -> s.id() + " " + s.documentId() + " [" + s.start() + "," + s.end() + ") code " + s.codeId()
                        + " coder " + s.coderId() + " memo " + s.memo())
                .toList();
    }

    private static List<String> coders(Workbench wb) {
        return wb.coders().stream().map(Coder::name).sorted().toList();
    }

    private static List<Long> ids(List<Segment> segments) {
        return segments.stream().map(Segment::id).toList();
    }

    private static java.util.Set<String> hashes(Workbench wb) {
        return wb.documents().list().stream().map(Document::contentHash).collect(Collectors.toSet());
    }
}
