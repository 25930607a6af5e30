package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.testutil.GeneratedCoding;

/**
 * The .qdpx export of a large project: it built the whole project first (every text, every passage as a coded
 * selection with its GUIDs, about 400 bytes each) and only then wrote it, so `bench --scale 10` (10,000 documents,
 * 2,000,000 passages) ran out of a 512 MiB heap. It now makes each document's source as the writer comes to it, so
 * what it holds is the project's own passages (about 50 bytes each) and one document: here a project of 150,000
 * passages is exported in a child JVM whose heap the old export ran out of.
 */
class LargeProjectQdpxExportTest {
    private static final int DOCUMENTS = 60;
    private static final int DOCUMENT_CHARS = 30_000;
    private static final int PASSAGES = 150_000;
    /**
     * The held export ran out of 64 MiB and needed 96 (`export qdpx` in a JVM of its own, this project); streamed it
     * ran within 32.
     */
    private static final String HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void aProjectOfOneHundredFiftyThousandPassagesIsExportedWholeInAHeapTheHeldExportRanOutOf() throws Exception {
        Path project = dir.resolve("large.parallax");
        List<String> titles = new ArrayList<>();
        try (Workbench wb = Workbench.createWithTemplate(project, Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = wb.documents().importFiles(new ImportRequest(texts(), null, null),
                    TaskProgress.NONE).imported();
            documents.forEach(d -> titles.add(d.title()));
            assertThat(wb.coding().codeAll(passages(wb, documents), "Large batch").size()).isEqualTo(PASSAGES);
        }
        Path out = dir.resolve("large.qdpx");

        Child child = exportIn("qdpx", project, out);

        assertThat(child.exit()).as(child.stderr()).isZero();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.stream().filter(e -> e.getName().startsWith("sources/"))).hasSize(DOCUMENTS);
            String qde = read(zip, zip.getEntry("project.qde"));
            assertThat(count(qde, "<PlainTextSelection ")).isEqualTo(PASSAGES);
            assertThat(count(qde, "<TextSource ")).isEqualTo(DOCUMENTS);
            assertThat(titles).allSatisfy(title -> assertThat(qde).contains("name=\"" + title + "\""));
            assertThat(qde).endsWith("</Project>\n");
        }
    }

    /**
     * Every passage the assistant's: the export read the provenance of every passage at once (about 300 bytes each,
     * millions with an assistant layer on a large project) before writing the first source, and ran out of the heap
     * the same project without provenance is exported in. It reads each document's provenance as it comes to it.
     */
    @Test
    void aProjectWhosePassagesTheAssistantProposedIsExportedWholeInTheSameHeap() throws Exception {
        Path project = suggestedProject();
        Path out = dir.resolve("suggested.qdpx");

        Child child = exportIn("qdpx", project, out);

        assertThat(child.exit()).as(child.stderr()).isZero();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            String qde = read(zip, zip.getEntry("project.qde"));
            assertThat(count(qde, "<PlainTextSelection ")).isEqualTo(PASSAGES);
            assertThat(count(qde, "Suggested by the Parallax assistant 1.4.0 (method=knn unit=sentence"))
                    .isEqualTo(PASSAGES);
            assertThat(qde).endsWith("</Project>\n");
        }
    }

    /**
     * The passages CSV of the same project: its rows read the provenance of every passage at once as well, and ran out
     * of this heap (`export csv` in a JVM of its own, out of memory at -Xmx48m before any row was written); it reads
     * each document's as its rows reach it, and every row still carries its passage's provenance.
     */
    @Test
    void thePassagesCsvOfAProjectWhosePassagesTheAssistantProposedIsWrittenWholeInTheSameHeap() throws Exception {
        Path project = suggestedProject();
        Path out = dir.resolve("suggested.csv");

        Child child = exportIn("csv", project, out);

        assertThat(child.exit()).as(child.stderr()).isZero();
        String csv = Files.readString(out);
        assertThat(count(csv, "Suggested by the Parallax assistant 1.4.0 (method=knn unit=sentence"))
                .isEqualTo(PASSAGES);
    }

    /** The large project with every passage proposed by the assistant, provenance stored for each. */
    private Path suggestedProject() throws IOException {
        Path project = dir.resolve("suggested.parallax");
        try (Workbench wb = Workbench.createWithTemplate(project, Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = wb.documents().importFiles(new ImportRequest(texts(), null, null),
                    TaskProgress.NONE).imported();
            List<Segment> drafts = passages(wb, documents);
            Map<String, Provenance> provenance = new HashMap<>();
            for (Segment s : drafts) {
                provenance.put(Coding.provenanceKey(s), new Provenance(0, "knn", "1.4.0",
                        "method=knn unit=sentence threshold=0.5 coder=ann seed=7", 0.75,
                        Instant.parse("2026-03-01T10:00:00Z")));
            }
            assertThat(wb.coding().codeAll(drafts, "Assistant", provenance).size()).isEqualTo(PASSAGES);
        }
        return project;
    }

    private List<Path> texts() throws IOException {
        return GeneratedCoding.statements(dir, DOCUMENTS, DOCUMENT_CHARS);
    }

    private static List<Segment> passages(Workbench wb, List<Document> documents) {
        List<Code> codes = wb.codebook().current().codes();
        long coder = wb.activeCoder().id();
        Instant created = Instant.parse("2026-03-01T10:00:00Z");
        Random random = new Random(11);
        List<Segment> drafts = new ArrayList<>(PASSAGES);
        Set<String> taken = new HashSet<>();
        while (drafts.size() < PASSAGES) {
            Document document = documents.get(random.nextInt(documents.size()));
            int start = random.nextInt(document.length() - 100);
            int end = start + 20 + random.nextInt(60);
            long code = codes.get(random.nextInt(codes.size())).id();
            // The same passage twice is stored once.
            if (taken.add(document.id() + ":" + start + ":" + end + ":" + code)) {
                drafts.add(new Segment(0, document.id(), start, end, code, coder, null, created));
            }
        }
        return drafts;
    }

    private static String read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    private record Child(int exit, String stderr) {
    }

    private Child exportIn(String format, Path project, Path out) throws Exception {
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ParallaxCommand.class.getName(),
                "export", format, project.toString(), out.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = child.waitFor(15, TimeUnit.MINUTES);
        child.destroyForcibly();
        assertThat(ended).as("the export ended").isTrue();
        return new Child(child.exitValue(), Files.readString(stderr));
    }
}
