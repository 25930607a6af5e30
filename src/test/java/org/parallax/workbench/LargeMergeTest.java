package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.testutil.ChildProcesses;

/**
 * Merging a second coder's project of hundreds of thousands of passages. The merge held all of them as objects at
 * once, several times over (their passages as drafts, sorted, stored, and a copy kept for undo), some 200 bytes a
 * passage beside their cache: {@code bench --scale 10} ran out of its 512 MiB heap merging 1,000,000. Inserted a chunk
 * at a time, with undo keeping only the ids, the merge needed about their cache's 48 bytes a passage; their passages
 * are now read a few documents at a time, never as their whole cache, so these 400,000 passages merge in a child JVM
 * whose heap both earlier merges ran out of, and arrive as they were, in the same order.
 */
class LargeMergeTest {
    private static final int DOCUMENTS = 40;
    private static final int PASSAGES = 400_000;
    /**
     * The first merge ran out of a 72 MB heap with these passages (it needed 110 MB); chunked, it merged within 48 MB but
     * not 40 MB; read a few documents at a time, it merges within 26 MB.
     */
    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path dir;

    @Test
    void aSecondCodersProjectOfManyPassagesMergesInAChildJvmWithASmallHeap() throws Exception {
        List<Path> texts = new ArrayList<>();
        Random random = new Random(7);
        for (int d = 0; d < DOCUMENTS; d++) {
            StringBuilder text = new StringBuilder("Interview " + d + ".");
            while (text.length() < 20_000) {
                text.append(' ').append("word").append(random.nextInt(5_000));
            }
            texts.add(Files.writeString(dir.resolve("interview-" + d + ".txt"), text));
        }
        Path mine = dir.resolve("mine.parallax");
        Path theirs = dir.resolve("theirs.parallax");
        try (Workbench wb = Workbench.create(mine, CodebookTemplates.named("table1"))) {
            wb.documents().importFiles(ImportRequest.of(texts), TaskProgress.NONE);
        }
        try (Workbench wb = Workbench.create(theirs, CodebookTemplates.named("table1"))) {
            wb.documents().importFiles(ImportRequest.of(texts), TaskProgress.NONE);
            long coder = wb.setActiveCoder("Second coder").id();
            List<Document> documents = wb.documents().list();
            List<Code> codes = wb.codebook().current().codes();
            Instant created = Instant.now();
            List<Segment> drafts = new ArrayList<>(PASSAGES);
            for (int i = 0; i < PASSAGES; i++) {
                Document document = documents.get(i % DOCUMENTS);
                int start = random.nextInt(document.length() - 200);
                drafts.add(new Segment(0, document.id(), start, start + 1 + random.nextInt(199),
                        codes.get(random.nextInt(codes.size())).id(), coder, null, created));
            }
            wb.coding().codeAll(drafts, "Second coder's passages");
        }
        int stored;
        List<String> theirPassages;
        try (Workbench wb = Workbench.open(theirs)) {
            stored = wb.passageCount();
            theirPassages = described(wb.coding().segments(), wb);
        }

        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ParallaxCommand.class.getName(),
                "merge", mine.toString(), theirs.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ChildProcesses.awaitExit(child, 600);

        assertThat(child.exitValue()).as(Files.readString(stderr)).isZero();
        try (Workbench wb = Workbench.open(mine)) {
            assertThat(stored).isGreaterThan(PASSAGES * 9 / 10);
            assertThat(wb.passageCount()).isEqualTo(stored);
            assertThat(wb.coders()).anySatisfy(c -> assertThat(c.name()).isEqualTo("Second coder"));
            // Stored in the order their project lists them (by document and start), as the merge has always stored them.
            assertThat(described(wb.coding().segments().stream().sorted(Comparator.comparingLong(Segment::id))
                    .toList(), wb)).as("their passages, in their order").isEqualTo(theirPassages);
        }
    }

    /** Each passage by its document's text, its span, code, coder, time and memo. */
    private static List<String> described(List<Segment> passages, Workbench wb) {
        Map<Long, String> documents = new HashMap<>();
        wb.documents().list().forEach(d -> documents.put(d.id(), d.contentHash()));
        Map<Long, String> codes = new HashMap<>();
        wb.codebook().current().codes().forEach(c -> codes.put(c.id(), c.name()));
        Map<Long, String> coders = new HashMap<>();
        wb.coders().forEach(c -> coders.put(c.id(), c.name()));
        return passages.stream().map(s -> documents.get(s.documentId()) + " " + s.start() + "-" + s.end() + " "
                        + codes.get(s.codeId()) + " " + coders.get(s.coderId()) + " " + s.created() + " " + s.memo())
                .toList();
    }
}
