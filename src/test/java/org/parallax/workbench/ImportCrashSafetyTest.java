package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ContentHash;
import org.parallax.io.TextNormalizer;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.workbench.bench.BenchmarkCodebook;
import org.parallax.workbench.bench.SyntheticCorpus;

/** A child JVM killed with SIGKILL in the middle of an import leaves a sound project with whole documents only. */
class ImportCrashSafetyTest {
    private static final int FILES = 500;
    private static final int FILE_BYTES = 60_000;
    private static final int KILL_AFTER_PARSED = 200;

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

        int parsedAtKill = importAndKill(project, dir.resolve("batch"), dir.resolve("child-stderr.txt"));

        try (Workbench workbench = Workbench.open(project)) {
            assertThat(workbench.integrityCheck()).isEqualTo("ok");
            // Only the killed batch gave its documents an attribute.
            List<Document> batchStored = workbench.documents().list().stream()
                    .filter(d -> !d.meta().attributes().isEmpty()).toList();
            assertThat(batchStored).as("documents committed before the kill (parsed %d)", parsedAtKill)
                    .isNotEmpty().hasSizeLessThan(FILES);
            for (Document d : batchStored) {
                assertWholeDocument(workbench, d, dir.resolve("batch").resolve(d.sourceFile()));
            }
            assertThat(workbench.documents().list()).hasSize(batchStored.size() + earlier.size());
            assertThat(workbench.coding().segments()).containsExactlyInAnyOrderElementsOf(coded);

            // The index may lag the database after a kill; it is checked and repaired before searching.
            workbench.search().ensureIndex(TaskProgress.NONE);
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

    /** Runs {@link ImportChild} and kills it once it has parsed enough files; returns the count it reported. */
    private static int importAndKill(Path project, Path folder, Path stderr) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), project.toString(), folder.toString())
                .redirectError(stderr.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String line;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith("parsed ")) {
                    int parsed = Integer.parseInt(line.substring(7));
                    if (parsed >= KILL_AFTER_PARSED) {
                        child.destroyForcibly();
                        child.waitFor(10, TimeUnit.SECONDS);
                        return parsed;
                    }
                }
                if (line.equals("finished")) {
                    fail("the child finished its import before it could be killed");
                }
            }
            fail("the child stopped or stalled before parsing " + KILL_AFTER_PARSED + " files: "
                    + Files.readString(stderr));
            return -1;
        } finally {
            child.destroyForcibly();
        }
    }
}
