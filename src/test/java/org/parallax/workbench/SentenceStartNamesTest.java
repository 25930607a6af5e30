package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.TestProjects;

/**
 * A word of an interviewee's name that is also an ordinary word ("Frank" of Sergei Frank) was decided by the one text
 * it began a sentence in: "Frank discussions were held" in another interview became "P01 discussions were held" when
 * that interview never wrote "frank" small, and "Frank said that …" in Sergei Frank's own interview went out as it
 * was when it also wrote "frank" small. It is decided by the evidence of the project's texts now: the documents write
 * it small (the real Kremlin transcript of the Orban meeting: "a frank discussion of all issues"), and this text never
 * writes it beside the rest of the name; in the person's own document it is the name wherever it stands.
 */
class SentenceStartNamesTest {
    private static final Path FRANK = Path.of("src/test/resources/corpus/2001-02-06_40828.txt");
    private static final Path ORBAN = Path.of("src/test/resources/corpus/2013-01-31_17400.txt");

    @TempDir
    Path dir;
    Workbench wb;
    long notes;
    long own;

    @BeforeEach
    void open() throws Exception {
        wb = TestProjects.table1(dir);
        // The minister's meeting: "Sergei Frank told the President that several foreign companies …".
        describe(TestProjects.importOne(wb, Files.copy(FRANK, dir.resolve("frank.txt"))), "Transport",
                "Sergei Frank");
        describe(TestProjects.importOne(wb, Files.copy(ORBAN, dir.resolve("orban.txt"))), "Orban meeting",
                "Viktor Orban");
        notes = TestProjects.importOne(wb, TestProjects.textFile(dir, "notes.txt", "Notes from the ministry.\n\n"
                + "Frank discussions were held on the North Pole flights. The minister was not there."));
        describe(notes, "Ministry notes", "Anna Petrova");
        own = TestProjects.importOne(wb, TestProjects.textFile(dir, "own.txt", "Interview with the minister.\n\n"
                + "Frank said that the talks had been frank and useful."));
        describe(own, "Minister interview", "Sergei Frank");
        wb.exchange().markSensitive("participant");
    }

    private void describe(long id, String title, String participant) {
        wb.documents().updateMeta(id, new DocumentMeta(title, LocalDate.of(2013, 1, 31), DocumentType.INTERVIEW,
                "Russia", "en", null, Map.of("participant", participant)));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void anOrdinaryWordBeginningASentenceStaysAndTheIntervieweesOwnFirstWordGoes() throws Exception {
        Path out = dir.resolve("anon.qdpx");

        List<String> lines = wb.exchange().exportQdpx(out, true);

        String texts = QdpxFiles.entries(out).entrySet().stream().filter(e -> e.getKey().endsWith(".txt"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("\n"));
        assertThat(texts).contains("Frank discussions were held on the North Pole flights. The minister was not there.")
                .contains("P01 said that the talks had been frank and useful.")
                .contains("P01 told the President").contains("a frank discussion of all issues")
                .doesNotContain("Sergei");
        assertThat(lines).singleElement().asString().startsWith("'Frank' (of 'Sergei Frank') is not pseudonymised in "
                + "3 documents: it is written in lower case and it begins a sentence, the texts also write it in lower "
                + "case, as an ordinary word, and none names the person by it there");
        assertThat(wb.exchange().sensitivePartsLeftAlone()).isEqualTo(lines);
    }

    /**
     * A text that uses the word as the name inside a sentence ("Mr Frank") begins a sentence with the name too, and one
     * "frank" written small in another document does not outweigh the name written alone with a capital.
     */
    @Test
    void aTextThatUsesTheWordAsTheNameInsideASentenceHasItsSentenceStartReplacedToo() throws Exception {
        TestProjects.importOne(wb, TestProjects.textFile(dir, "visit.txt", "The minister came late.\n\n"
                + "According to Mr Frank, the ferry route was decided. Frank said nothing of the costs."));
        Path out = dir.resolve("anon.qdpx");

        wb.exchange().exportQdpx(out, true);

        String texts = QdpxFiles.entries(out).entrySet().stream().filter(e -> e.getKey().endsWith(".txt"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("\n"));
        assertThat(texts).contains("According to Mr P01, the ferry route was decided. P01 said nothing of the costs.")
                .contains("Frank discussions were held");
    }

    /**
     * A passage quoted apart from its document (a cell of the passages CSV, a report's quote, a memo export's passage)
     * was decided as a text of no document: "Frank discussions were held" went out as "P01 discussions were held" in
     * the CSV and the report while its document kept it. The quote now follows its document's decision, both ways.
     */
    @Test
    void aPassageQuotedApartFromItsDocumentFollowsTheDocumentsDecision() throws Exception {
        long code = wb.codebook().code("Balance of power").id();
        String notesText = wb.documents().text(notes);
        int start = notesText.indexOf("Frank discussions");
        wb.coding().code(notes, start, notesText.indexOf(" The minister"), code, null);
        String ownText = wb.documents().text(own);
        wb.coding().code(own, ownText.indexOf("Frank said"), ownText.length(), code, null);
        Path csv = dir.resolve("anon.csv");
        Path report = dir.resolve("anon.html");

        wb.exports().segmentsCsvPseudonymised(csv, true);
        wb.reports().writeCodedText(ReportSelection.ALL, ReportGrouping.DOCUMENT, report, true);

        for (Path out : List.of(csv, report)) {
            assertThat(Files.readString(out)).as(out.getFileName().toString())
                    .contains("Frank discussions were held on the North Pole flights.")
                    .doesNotContain("P01 discussions").contains("P01 said that the talks had been frank and useful.")
                    .doesNotContain("Frank said");
        }
    }
}
