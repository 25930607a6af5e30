package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.search.SearchOptions;
import org.parallax.search.SearchResult;
import org.parallax.testutil.ChildProcesses;

/**
 * A {@code code:} search kept the whole passage snapshot it was made from, to reuse its passages while nothing
 * changed: once the project reloaded its passages (after a merge, a code deleted) the old snapshot stayed beside the
 * new one until the next {@code code:} search. In {@code bench --scale 10} that was 2,200,000 passages beside the
 * 3,000,000 loaded after the merge. Here a child JVM whose heap holds the passages once, not twice, searches, makes the
 * project reload them and searches again: the same hits both times, as a fresh opening finds.
 */
class CodeSearchLetsOldPassagesGoTest {
    private static final int DOCUMENTS = 40;
    private static final int PASSAGES = 600_000;
    /**
     * Holds the passages once with room (the child passes under 48 MB); with the old snapshot kept beside them it ran
     * out of 56, 64 and 72 MB, and passed under 80.
     */
    private static final String HEAP = "-Xmx56m";

    @TempDir
    Path dir;

    @Test
    void aCodeSearchKeepsNoOldSnapshotOfThePassagesAfterTheyAreReloaded() throws Exception {
        List<Path> texts = new ArrayList<>();
        Random random = new Random(11);
        for (int d = 0; d < DOCUMENTS; d++) {
            StringBuilder text = new StringBuilder("Interview " + d + ".");
            while (text.length() < 20_000) {
                text.append(' ').append("word").append(random.nextInt(5_000));
            }
            texts.add(Files.writeString(dir.resolve("interview-" + d + ".txt"), text));
        }
        Path project = dir.resolve("project.parallax");
        String codeName;
        int stored;
        try (Workbench wb = Workbench.create(project, CodebookTemplates.named("table1"))) {
            wb.documents().importFiles(ImportRequest.of(texts), TaskProgress.NONE);
            List<Document> documents = wb.documents().list();
            List<Code> codes = wb.codebook().current().codes();
            codeName = codes.get(0).name();
            long coder = wb.activeCoder().id();
            Instant created = Instant.now();
            List<Segment> drafts = new ArrayList<>(PASSAGES);
            for (int i = 0; i < PASSAGES; i++) {
                Document document = documents.get(i % DOCUMENTS);
                int start = random.nextInt(document.length() - 200);
                drafts.add(new Segment(0, document.id(), start, start + 1 + random.nextInt(199),
                        codes.get(random.nextInt(codes.size())).id(), coder, null, created));
            }
            stored = wb.coding().codeAll(drafts, "Many passages").size();
        }
        String query = "word7 code:\"" + codeName + "\"";

        Path stderr = dir.resolve("child-stderr.txt");
        Path stdout = dir.resolve("child-stdout.txt");
        Process child = new ProcessBuilder(RestoreChild.java(), HEAP, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), CodeSearchAfterAReloadChild.class.getName(), project.toString(),
                query).redirectError(stderr.toFile()).redirectOutput(stdout.toFile()).start();
        ChildProcesses.awaitExit(child, 600);

        assertThat(child.exitValue()).as(Files.readString(stderr)).isZero();
        long expected;
        try (Workbench wb = Workbench.open(project)) {
            SearchResult fresh = wb.search().search(query, SearchOptions.defaults());
            expected = fresh.totalHits();
            assertThat(expected).isPositive();
        }
        assertThat(Files.readString(stdout).strip()).isEqualTo(stored + " " + expected + " " + expected + " true");
    }
}
