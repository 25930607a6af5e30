package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ContentHash;
import org.parallax.io.TextNormalizer;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.bench.BenchmarkCodebook;
import org.parallax.bench.SyntheticCorpus;

/**
 * A child JVM killed with SIGKILL inside an import chunk's open transaction (a test hook makes it pause
 * there) leaves a sound project holding exactly the chunks committed before, whole, in the database and
 * in the search index alike (the index catches up with the committed chunks on the next open).
 */
class ImportCrashSafetyTest {
    private static final int FILES = 500;
    private static final int FILE_BYTES = 60_000;
    /** 64 files of 60 KB stay under the 8 MB chunk limit: chunks are of 64 files. */
    private static final int CHUNK_FILES = 64;
    private static final int KILLED_CHUNK = 3;

    @Test
    void importKilledMidwayLeavesWholeDocumentsAndEarlierWorkIntact(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("crash.parallax");
        List<Path> earlier = new SyntheticCorpus(7).write(dir.resolve("earlier"), 2, 3_000);
        List<Path> batch = new SyntheticCorpus(8).write(dir.resolve("batch"), FILES, FILE_BYTES);
        List<Segment> coded;
        try (Workbench workbench = Workbench.create(project, BenchmarkCodebook.definition(4, 2))) {
            List<Document> docs = workbench.documents().importFiles(ImportRequest.of(earlier), TaskProgress.NONE)
                    .imported();
            Code code = workbench.codebook().current().codes().get(0);
            workbench.coding().code(docs.get(0).id(), 0, 9, code.id(), "before the crash");
            workbench.coding().code(docs.get(1).id(), 10, 40, code.id(), null);
            coded = workbench.coding().segments();
        }

        importAndKillInChunk(project, dir.resolve("batch"), dir);

        try (Workbench workbench = Workbench.open(project)) {
            assertThat(workbench.integrityCheck()).isEqualTo("ok");
            // Only the killed batch gave its documents an attribute.
            List<Document> batchStored = workbench.documents().list().stream()
                    .filter(d -> !d.meta().attributes().isEmpty()).toList();
            assertThat(batchStored).as("the chunks committed before the one killed inside its transaction")
                    .hasSize((KILLED_CHUNK - 1) * CHUNK_FILES);
            for (Document d : batchStored) {
                assertWholeDocument(workbench, d, dir.resolve("batch").resolve(d.sourceFile()));
            }
            assertThat(workbench.documents().list()).hasSize(batchStored.size() + earlier.size());
            assertThat(workbench.coding().segments()).containsExactlyInAnyOrderElementsOf(coded);

            // The killed chunk never reached the database, so nothing of it is queued for the index; what the
            // committed chunks did not get indexed before the kill is caught up, without a rebuild.
            assertThat(workbench.search().ensureIndex(TaskProgress.NONE)).as("no rebuild needed").isFalse();
            workbench.search().awaitIndex();
            assertThat(workbench.search().status().state()).isEqualTo(org.parallax.search.IndexStatus.State.OK);
            Document last = batchStored.get(batchStored.size() - 1);
            String word = workbench.documents().text(last.id()).split("\\W+")[0];
            assertThat(workbench.search().search("\"" + word + "\"", org.parallax.search.SearchOptions.defaults())
                    .hitsPerDocument()).containsKey(last.id());

            ImportReport again = workbench.documents().importFiles(ImportRequest.of(batch), TaskProgress.NONE);
            assertThat(again.duplicates()).as("committed documents are recognised").hasSize(batchStored.size());
            assertThat(again.imported()).hasSize(FILES - batchStored.size());
            assertThat(again.failures()).isEmpty();
            assertThat(workbench.integrityCheck()).isEqualTo("ok");
        }
    }

    private static void assertWholeDocument(Workbench workbench, Document d, Path source) throws IOException {
        String expected = TextNormalizer.normalize(Files.readString(source, StandardCharsets.UTF_8));
        String text = workbench.documents().text(d.id());
        assertThat(text).as(d.sourceFile()).isEqualTo(expected);
        assertThat(d.length()).as(d.sourceFile()).isEqualTo(expected.length());
        assertThat(d.contentHash()).as(d.sourceFile()).isEqualTo(ContentHash.sha256Hex(expected));
        assertThat(d.meta().attributes()).as(d.sourceFile())
                .isEqualTo(Map.of(ImportChild.ATTRIBUTE, ImportChild.expectedBatch(source)));
    }

    /** Runs {@link ImportChild}, waits until it pauses inside chunk {@value #KILLED_CHUNK}'s transaction and kills it. */
    private static void importAndKillInChunk(Path project, Path folder, Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path signal = dir.resolve("inside-chunk");
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m",
                "-D" + ChunkPause.PROPERTY + "=" + KILLED_CHUNK + ":" + signal,
                "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), project.toString(), folder.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(signal)) {
                if (!child.isAlive()) {
                    fail("the child ended before it reached chunk " + KILLED_CHUNK + ": " + Files.readString(stderr));
                }
                if (System.nanoTime() > deadline) {
                    fail("the child did not reach chunk " + KILLED_CHUNK + " in time: " + Files.readString(stderr));
                }
                Thread.sleep(20);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }
}
