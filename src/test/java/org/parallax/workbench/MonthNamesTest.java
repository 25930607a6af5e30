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
 * An interviewee whose given name is a month's name had it replaced wherever it dated something: with the speaker
 * "May Lindqvist" marked sensitive, "In May 2008" went out as "In P01 2008", and the real Kremlin transcript's "The
 * interview was recorded on April 2, 2013" as "recorded on P02 2, 2013" for an April Brennan. The name matcher now
 * reads a month or a day standing as a date as the coders' names are read (one rule, {@link CoderWordReading}):
 * beside a number or after a word of time it is the date, and left, and named as left; anywhere else it is the name.
 */
class MonthNamesTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final String OWN = "Interview with May Lindqvist, 12 May 2009.\n\nIn May 2008 the council met in "
            + "Brussels. I asked May about it; May's notes were short. May said that by mid-May the talks had stalled. "
            + "April joined us on Friday, and in early June we met again. We asked June about it.";

    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() throws Exception {
        wb = TestProjects.table1(dir);
        describe(TestProjects.importOne(wb, TestProjects.textFile(dir, "lindqvist.txt", OWN)), "Interview",
                "May Lindqvist");
        // Real texts: "The interview was recorded on April 2, 2013", "agreed by leaders in June", "the fourth day of
        // April, 1949".
        describe(TestProjects.importOne(wb, Files.copy(CORPUS.resolve(
                "2013-04-05_putin_interview_german_ard_kremlin_en.txt"), dir.resolve("ard.txt"))), "ARD interview",
                "April Brennan");
        describe(TestProjects.importOne(wb, Files.copy(CORPUS.resolve(
                "2021-10-04_readout_biden_meeting_nato_sg_stoltenberg_whitehouse.md"), dir.resolve("readout.md"))),
                "Readout", "June Okafor");
        TestProjects.importOne(wb, Files.copy(CORPUS.resolve("1949-04-04_north_atlantic_treaty_en.md"),
                dir.resolve("treaty.md")));
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
    void aMonthDatingSomethingStaysAndTheSameWordAsANameGoes() throws Exception {
        Path out = dir.resolve("anon.qdpx");

        List<String> lines = wb.exchange().exportQdpx(out, true);

        String texts = QdpxFiles.entries(out).entrySet().stream().filter(e -> e.getKey().endsWith(".txt"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("\n"));
        String may = pseudonym("May Lindqvist");
        String april = pseudonym("April Brennan");
        String june = pseudonym("June Okafor");
        assertThat(texts).contains("Interview with " + may + ", 12 May 2009.")
                .contains("In May 2008 the council met in Brussels. I asked " + may + " about it; " + may + "'s notes "
                        + "were short. " + may + " said that by mid-May the talks had stalled. " + april + " joined us on "
                        + "Friday, and in early June we met again. We asked " + june + " about it.")
                .contains("The interview was recorded on April 2, 2013").contains("agreed by leaders in June")
                .contains("the fourth day of April, 1949").doesNotContain("Lindqvist").doesNotContain("Brennan");
        String date = ": it stands as a date (\"May 2008\", \"3 May\", \"in May\", \"on Friday\"); if it names the "
                + "same person, make it a form";
        // The real transcript also writes "may" small, and begins a sentence with it: "May be, I will look into …".
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("'May' (of 'May Lindqvist') is not pseudonymised "
                + "in 3 documents: it is written in lower case, it stands as a date (\"May 2008\", \"3 May\", \"in "
                + "May\", \"on Friday\") and it begins a sentence").endsWith("--form 'May Lindqvist=May'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("'April' (of 'April Brennan') is not pseudonymised "
                + "in 2 documents" + date));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("'June' (of 'June Okafor') is not pseudonymised "
                + "in 2 documents" + date));
    }

    /** The pseudonym the export gave {@code value}, from the mapping the project keeps. */
    private String pseudonym(String value) {
        return Pseudonyms.of(wb.project()).text(value);
    }
}
