package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.QuotedPassagesCsv;
import org.parallax.io.TextNormalizer;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.TestProjects;

class ImportTest {
    @TempDir
    Path dir;

    @BothBackends
    void importsEverySampleTextAfterNormalisationWithItsMetadata(Backend backend) throws IOException {
        try (Workbench wb = backend.table1(dir)) {
            ImportReport report = TestProjects.importSamples(wb);
            assertThat(report.failures()).isEmpty();
            assertThat(report.imported()).hasSize(TestProjects.sampleTexts().size());
            for (Path file : TestProjects.sampleTexts()) {
                Document d = report.imported().stream()
                        .filter(x -> x.sourceFile().equals(file.getFileName().toString())).findFirst().orElseThrow();
                String text = wb.documents().text(d.id());
                assertThat(d.length()).isEqualTo(text.length());
                if (file.toString().endsWith(".md")) {
                    // Markdown is stored as reading text (docs/import.md); MarkdownImportTest has the rules.
                    assertThat(text).doesNotStartWith("---").doesNotContain("](", "####", "source_url:");
                } else {
                    assertThat(text).isEqualTo(TextNormalizer.normalize(Files.readString(file)));
                }
            }
            Document munich = byFile(wb, "2007-02-10_putin_munich_speech_and_discussion_ru.txt");
            assertThat(munich.meta().language()).isEqualTo("ru");
            assertThat(munich.meta().type()).isEqualTo(DocumentType.SPEECH);
            assertThat(munich.meta().actor()).isEqualTo("Russia");
            assertThat(munich.title()).startsWith("Выступление");
            Document robertson = byFile(wb, "2002-11-11_putin_meets_nato_sg_robertson_readout_kremlin_en.txt");
            assertThat(robertson.meta().scenario()).isEqualTo("Institutionalized dialogue");
            assertThat(robertson.meta().date()).hasToString("2002-11-11");
            assertThat(robertson.meta().attributes()).containsKey("speaker");
        }
    }

    @BothBackends
    void offsetsOfQuotedPassagesRoundTripToTheirWordsIncludingCyrillic(Backend backend) {
        try (Workbench wb = backend.table1(dir)) {
            TestProjects.importSamples(wb);
            var passages = QuotedPassagesCsv.read(TestProjects.SAMPLES.resolve("passages.csv"));
            assertThat(passages).anyMatch(p -> p.quote().matches(".*[А-Яа-я].*"));
            for (var p : passages) {
                Document d = byFile(wb, p.file());
                String text = wb.documents().text(d.id());
                int start = text.indexOf(p.quote());
                assertThat(start).as(p.quote()).isNotNegative();
                var s = wb.coding().code(d.id(), start, start + p.quote().length(),
                        wb.codebook().code(p.code()).id(), p.coder(), null);
                assertThat(wb.documents().text(d.id()).substring(s.start(), s.end())).isEqualTo(p.quote());
            }
        }
    }

    @BothBackends
    void badFilesGetOneClearLineEachAndLeaveNoTraceWhileGoodFilesImport(Backend backend) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path random = dir.resolve("random.pdf");
        Files.write(random, new java.util.Random(7).ints(4096, 0, 256).collect(
                java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { }).toByteArray());
        Path wrongType = Files.copy(TestProjects.sampleText("2002-11-11"), dir.resolve("readout.docx"));
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        Path unknown = TestProjects.textFile(dir, "notes.xyz", "text");
        Path good = TestProjects.sampleText("2003-09-10");
        try (Workbench wb = backend.table1(dir)) {
            ImportReport report = wb.documents().importFiles(
                    ImportRequest.of(List.of(empty, random, good, wrongType, huge, unknown)), TaskProgress.NONE);
            assertThat(report.imported()).extracting(Document::sourceFile).containsExactly(good.getFileName().toString());
            assertThat(report.failures()).hasSize(5);
            assertThat(report.failures()).allSatisfy(line -> assertThat(line).doesNotContain("\n", "Exception"));
            assertThat(report.failures()).anySatisfy(l -> assertThat(l).startsWith("empty.txt: "))
                    .anySatisfy(l -> assertThat(l).startsWith("random.pdf: "))
                    .anySatisfy(l -> assertThat(l).startsWith("readout.docx: "))
                    .anySatisfy(l -> assertThat(l).startsWith("huge.txt: "))
                    .anySatisfy(l -> assertThat(l).startsWith("notes.xyz: "));
            assertThat(wb.documents().list()).hasSize(1);
            assertThat(wb.integrityCheck()).isEqualTo("ok");
        }
    }

    @BothBackends
    void sameContentTwiceIsDetectedByHashAndReported(Backend backend) {
        Path file = TestProjects.sampleText("2005-06-24");
        try (Workbench wb = backend.table1(dir)) {
            TestProjects.importOne(wb, file);
            Path copy = TestProjects.textFile(dir, "copy.txt", wb.documents().text(1));
            ImportReport again = wb.documents().importFiles(ImportRequest.of(List.of(copy)), TaskProgress.NONE);
            assertThat(again.imported()).isEmpty();
            assertThat(again.duplicates()).singleElement().asString().startsWith("copy.txt: same text as document 1")
                    // the window lists titles, not numbers: the message names the document by both
                    .contains("(" + wb.documents().require(1).meta().title() + ")");
            assertThat(wb.documents().list()).hasSize(1);
        }
    }

    @BothBackends
    void unknownScenarioFailsThatFileOnly(Backend backend) {
        Path file = TestProjects.sampleText("2005-06-24");
        DocumentMeta meta = new DocumentMeta(null, null, null, null, null, "Grand alliance", null);
        try (Workbench wb = backend.table1(dir)) {
            ImportReport report = wb.documents().importFiles(
                    new ImportRequest(List.of(file), null, Map.of(file.getFileName().toString(), meta)),
                    TaskProgress.NONE);
            assertThat(report.failures()).singleElement().asString().contains("unknown scenario 'Grand alliance'");
            assertThat(wb.documents().list()).isEmpty();
        }
    }

    @BothBackends
    void cancellingStopsBeforeTheRemainingFiles(Backend backend) {
        try (Workbench wb = backend.table1(dir)) {
            TaskProgress cancelAtOnce = new TaskProgress() {
                public void update(long done, long total, String message) {
                }

                public boolean isCancelled() {
                    return true;
                }
            };
            ImportReport report = wb.documents().importFiles(ImportRequest.of(TestProjects.sampleTexts()), cancelAtOnce);
            assertThat(report.cancelled()).isTrue();
            assertThat(wb.documents().list()).isEmpty();
        }
    }

    /**
     * A researcher who writes {@code type: speech} and {@code actor: Russia} in a note's front matter expects the
     * document's Type and Actor to say so (Table 1 and Analysis count by them), as a metadata CSV's columns would;
     * they were kept only as attributes. A type that is none of the types, or an unknown scenario, stays an
     * attribute; what the import is given still wins.
     */
    @BothBackends
    void frontMatterTypeActorAndScenarioFillTheDocumentsFields(Backend backend) throws IOException {
        Path speech = Files.writeString(dir.resolve("speech.md"), "---\ntitle: Valdai remarks\ntype: Speech\n"
                + "actor: Russia\nscenario: Institutionalized dialogue\nspeaker: Putin\n---\nWe are ready to talk.\n");
        Path note = Files.writeString(dir.resolve("note.md"), "---\ntype: press release\nscenario: Thaw\n---\n"
                + "A note on the thaw.\n");
        Path given = Files.writeString(dir.resolve("given.md"), "---\ntype: speech\nactor: Russia\n---\n"
                + "Remarks given with their own metadata.\n");
        try (Workbench wb = backend.table1(dir)) {
            ImportReport report = wb.documents().importFiles(new ImportRequest(List.of(speech, note, given), null,
                    Map.of("given.md", new DocumentMeta(null, null, DocumentType.INTERVIEW, "NATO", null, null,
                            Map.of()))), TaskProgress.NONE);
            assertThat(report.failures()).isEmpty();
            DocumentMeta read = byFile(wb, "speech.md").meta();
            assertThat(read.type()).isEqualTo(DocumentType.SPEECH);
            assertThat(read.actor()).isEqualTo("Russia");
            assertThat(read.scenario()).isEqualTo("Institutionalized dialogue");
            assertThat(read.attributes()).containsExactly(Map.entry("speaker", "Putin"));
            DocumentMeta other = byFile(wb, "note.md").meta();
            assertThat(other.type()).isEqualTo(DocumentType.OTHER);
            assertThat(other.scenario()).isNull();
            assertThat(other.attributes()).containsEntry("type", "press release").containsEntry("scenario", "Thaw");
            DocumentMeta won = byFile(wb, "given.md").meta();
            assertThat(won.type()).isEqualTo(DocumentType.INTERVIEW);
            assertThat(won.actor()).isEqualTo("NATO");
        }
    }

    private static Document byFile(Workbench wb, String file) {
        return wb.documents().list().stream().filter(d -> file.equals(d.sourceFile())).findFirst().orElseThrow();
    }
}
