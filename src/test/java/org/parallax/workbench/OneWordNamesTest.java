package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * An interviewee known by one word that is also an ordinary word had it replaced wherever the word stood, in any case:
 * with the speaker "Mark" marked sensitive, "We must mark the date" went out as "We must P01 the date", and for a
 * "May" "I asked May 3 questions" lost its month. The whole value was matched ignoring case; a value of one word is now
 * read where it stands as a coder's login is (one rule, {@link CoderWordReading}): written small it is the word when
 * the documents write it small, beside a number it is the date, and beginning a sentence it is the word unless the
 * text or the documents name the person by it; inside a sentence with a capital it is the name.
 */
class OneWordNamesTest {
    private static final String MARK = "Interview.\n\nWe must mark the date of the summit. I asked Mark about it, and "
            + "Mark's answer was short. Mark said the talks had stalled.";
    private static final String MAY = "Interview.\n\nI asked May 3 questions. We may meet again in May. May said "
            + "nothing more.";
    private static final String NOTES = "Notes.\n\nThe Bill was tabled. Bill Okafor spoke against it. The bill "
            + "was lost. Mark is on the list.";

    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() {
        wb = TestProjects.table1(dir);
        describe(TestProjects.importOne(wb, TestProjects.textFile(dir, "mark.txt", MARK)), "Interview one", "Mark");
        describe(TestProjects.importOne(wb, TestProjects.textFile(dir, "may.txt", MAY)), "Interview two", "May");
        describe(TestProjects.importOne(wb, TestProjects.textFile(dir, "notes.txt", NOTES)), "Notes", "Bill Okafor");
        describe(TestProjects.importOne(wb, TestProjects.textFile(dir, "volkov.txt", "Volkov spoke.")), "Interview "
                + "three", "Volkov");
        wb.exchange().markSensitive("participant");
    }

    private void describe(long id, String title, String participant) {
        wb.documents().updateMeta(id, new DocumentMeta(title, LocalDate.of(2013, 4, 2), DocumentType.INTERVIEW,
                "Russia", "en", null, Map.of("participant", participant)));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void aOneWordNameWrittenAsAnOrdinaryWordStaysAndWrittenAsTheNameGoes() throws Exception {
        Path out = dir.resolve("anon.qdpx");

        List<String> lines = wb.exchange().exportQdpx(out, true);

        String texts = QdpxFiles.entries(out).entrySet().stream().filter(e -> e.getKey().endsWith(".txt"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("\n"));
        String mark = pseudonym("Mark");
        String may = pseudonym("May");
        String bill = pseudonym("Bill Okafor");
        String volkov = pseudonym("Volkov");
        assertThat(texts).contains("We must mark the date of the summit. I asked " + mark + " about it, and " + mark
                        + "'s answer was short. " + mark + " said the talks had stalled.")
                .contains("I asked May 3 questions. We may meet again in May. " + may + " said nothing more.")
                // A word of a name with a capital inside a sentence is read as the name, even after "The".
                .contains("The " + bill + " was tabled. " + bill + " spoke against it.")
                // Beginning a sentence of a text that names no one by it, in another person's document: left, and
                // named below as left.
                .contains("The bill was lost. Mark is on the list.")
                .contains(volkov + " spoke.");
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("'Mark' (a value of one word) is not pseudonymised "
                + "in 2 documents: it is written in lower case and it begins a sentence, the texts also write it in "
                + "lower case, as an ordinary word, and none names the person by it there; where it names the person, "
                + "change it by hand in the file written before handing it on"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("'May' (a value of one word) is not pseudonymised "
                + "in 1 document: it is written in lower case and it stands as a date"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("'Volkov'"));
        assertThat(wb.exchange().partsStandingAlone()).as("no form is offered of a value itself")
                .doesNotContainKeys("Mark", "May");
    }

    /** Texts beyond the documents (a memo, a code's name) follow the same reading. */
    @Test
    void aMemoKeepsTheOrdinaryWordAndLosesTheName() {
        Pseudonyms pseudonyms = Pseudonyms.of(wb.project());
        String mark = pseudonym("Mark");

        assertThat(pseudonyms.text("We must mark the date; Mark agreed.")).isEqualTo("We must mark the date; " + mark
                + " agreed.");
        assertThat(pseudonyms.text("MARK agreed, may be in May 2014.")).isEqualTo(mark + " agreed, may be in May 2014.");
        assertThat(pseudonyms.text("a volkov signature")).as("never written small in the documents, it is the name")
                .isEqualTo("a " + pseudonym("Volkov") + " signature");
        assertThat(pseudonyms.fileName("mark_interview.csv")).as("a file name has no sentences")
                .isEqualTo(mark + "_interview.csv");
    }

    /** The pseudonym the export gave {@code value}, from the mapping the project keeps. */
    private String pseudonym(String value) {
        return Pseudonyms.of(wb.project()).text(value);
    }
}
