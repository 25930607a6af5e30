package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.io.refi.RefiSchemas;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

class PseudonymisedExportTest {
    private static final String INTERVIEW = """
            Interviewer: Mr Sergei Volkov, how did the Permanent Joint Council work?
            Sergei Volkov: In 1998 the council met monthly. Anna Berg from the NATO side agreed with me.
            Interviewer: Thank you, Sergei Volkov.
            """;

    @TempDir
    Path dir;
    Workbench wb;
    long doc;

    @BeforeEach
    void open(Backend backend) {
        wb = backend.table1(dir);
        doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview-sergei-volkov.txt", INTERVIEW));
        wb.documents().updateMeta(doc, new DocumentMeta("Interview with Sergei Volkov", null, DocumentType.INTERVIEW,
                "Russia", "en", null, Map.of("speaker", "Sergei Volkov", "colleague", "Anna Berg", "place", "Moscow")));
        String text = wb.documents().text(doc);
        int start = text.indexOf("Sergei Volkov: In 1998");
        wb.coding().code(doc, start, text.indexOf("monthly.") + 8, wb.codebook().code("Convergence of norms").id(),
                "Sergei Volkov speaks warmly of the council; Anna Berg agreed.");
        wb.exchange().markSensitive("speaker");
        wb.exchange().markSensitive("colleague");
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void pseudonymisedQdpxHoldsNoOriginalNameAnywhere() {
        Path file = dir.resolve("anon.qdpx");
        wb.exchange().exportQdpx(file, true);
        Map<String, byte[]> entries = QdpxFiles.entries(file);
        assertThat(RefiSchemas.validateProject(entries.get("project.qde"))).isEmpty();
        entries.forEach((name, bytes) -> {
            String content = new String(bytes, StandardCharsets.UTF_8);
            assertThat(content).as(name).doesNotContain("Volkov").doesNotContain("Berg");
            assertThat(name).doesNotContainIgnoringCase("volkov");
        });
        String all = new String(entries.values().stream().reduce(new byte[0], PseudonymisedExportTest::concat),
                StandardCharsets.UTF_8);
        assertThat(all).contains("P01: In 1998").contains("P02 from the NATO side").contains("Moscow");
    }

    @BothBackends
    void pseudonymsAreStableAndCodedPassagesStillCoverTheirWords() {
        Path first = dir.resolve("a.qdpx");
        Path second = dir.resolve("b.qdpx");
        wb.exchange().exportQdpx(first, true);
        wb.exchange().exportQdpx(second, true);
        assertThat(QdpxFiles.entries(second).get("project.qde")).isEqualTo(QdpxFiles.entries(first).get("project.qde"));
        try (Workbench copy = Workbench.create(dir.resolve("copy.parallax"), null)) {
            copy.exchange().importQdpx(first);
            Document d = copy.documents().list().get(0);
            assertThat(d.meta().attributes()).containsEntry("speaker", "P01").containsEntry("colleague", "P02")
                    .containsEntry("place", "Moscow");
            var s = copy.coding().segments().get(0);
            assertThat(copy.documents().text(d.id()).substring(s.start(), s.end()))
                    .isEqualTo("P01: In 1998 the council met monthly.");
        }
    }

    @BothBackends
    void pseudonymsAreTheSameUnderALocaleWithItsOwnDigits() {
        Locale before = Locale.getDefault();
        try {
            // An Egyptian or Iranian researcher's machine: String.format's default digits are ٠١٢… there.
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            Path file = dir.resolve("anon.qdpx");
            wb.exchange().exportQdpx(file, true);
            String project = new String(QdpxFiles.entries(file).get("project.qde"), StandardCharsets.UTF_8);
            assertThat(project).contains("P01").contains("P02").doesNotContain("P\u0660");
        } finally {
            Locale.setDefault(before);
        }
    }

    @BothBackends
    void plainExportKeepsNamesWhilePseudonymisedCsvRowsDropThem() throws Exception {
        Path plain = dir.resolve("plain.qdpx");
        wb.exchange().exportQdpx(plain);
        assertThat(new String(QdpxFiles.entries(plain).get("project.qde"), StandardCharsets.UTF_8))
                .contains("Sergei Volkov");
        Path csv = dir.resolve("anon.csv");
        wb.exports().segmentsCsvPseudonymised(csv, true);
        assertThat(Files.readAllLines(csv)).hasSize(2).last().asString().contains("Interview with P01")
                .contains("P01: In 1998").contains("P01 speaks warmly of the council; P02 agreed.")
                .doesNotContain("Volkov").doesNotContain("Berg");
    }

    /**
     * The pseudonymised passages CSV is the plain one with each name swapped for its pseudonym, row for row, and its
     * warnings name every part standing alone in any document: one with no passage, whose text the rows never read,
     * as well as one with passages. Looking only at the texts the rows read, "Volkov" went unnamed and "Berg" was
     * counted in one document of two. (Written with a capital they are replaced; in lower case they are left.)
     */
    @BothBackends
    void thePseudonymisedCsvIsThePlainOneWithNamesSwappedAndWarnsOfPartsInEveryDocument() throws Exception {
        TestProjects.importOne(wb, TestProjects.textFile(dir, "letter.txt", "Later, volkov wrote to berg."));
        long note = TestProjects.importOne(wb, TestProjects.textFile(dir, "note.txt", "berg said little."));
        wb.coding().code(note, 0, 4, wb.codebook().code("Convergence of norms").id(), null);
        Path plain = dir.resolve("plain.csv");
        Path anon = dir.resolve("anon.csv");
        wb.exports().segmentsCsv(plain, true);

        List<String> warnings = wb.exports().segmentsCsvPseudonymised(anon, true);

        assertThat(Files.readString(anon)).isEqualTo(Files.readString(plain).replace("Sergei Volkov", "P01")
                .replace("Anna Berg", "P02"));
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("'Volkov' (of 'Sergei Volkov') is not pseudonymised in 1 document: it is "
                + "written in lower case");
        assertThat(warnings.get(1)).startsWith("'Berg' (of 'Anna Berg') is not pseudonymised in 2 documents: it is "
                + "written in lower case");
        assertThat(warnings).isEqualTo(wb.exchange().sensitivePartsLeftAlone());
    }

    /** The pseudonymised .qdpx warns as the CSV does, looking for the parts as it reads each text into the file. */
    @BothBackends
    void thePseudonymisedQdpxWarnsOfThePartsLeftAloneInEveryDocument() throws Exception {
        TestProjects.importOne(wb, TestProjects.textFile(dir, "letter.txt", "Later, volkov wrote to berg."));
        TestProjects.importOne(wb, TestProjects.textFile(dir, "note.txt", "berg said little."));

        List<String> warnings = wb.exchange().exportQdpx(dir.resolve("anon.qdpx"), true);

        assertThat(warnings).hasSize(2).isEqualTo(wb.exchange().sensitivePartsLeftAlone());
        assertThat(warnings.get(1)).startsWith("'Berg' (of 'Anna Berg') is not pseudonymised in 2 documents: it is "
                + "written in lower case");
        assertThat(wb.exchange().exportQdpx(dir.resolve("plain.qdpx"), false)).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
