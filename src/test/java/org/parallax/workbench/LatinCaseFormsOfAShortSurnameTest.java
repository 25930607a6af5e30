package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.TestProjects;

/**
 * The Russian case forms of a short surname written in Latin letters, as a transliterated Russian text declines it
 * ("u Berga", "k Bergu", "s Bergom", "o Berge" for an interviewee Berg), are hidden as the Cyrillic ones are: the
 * name's key with a case ending, five letters or more ({@link NameKeys#caseFormCounts}): a Russian interview
 * transliterated names its interviewee so, and hiding errs on the safe side; longer words ("Bergamo", "Bergen") stay.
 */
class LatinCaseFormsOfAShortSurnameTest {
    @TempDir
    Path dir;
    Workbench wb;

    @AfterEach
    void close() {
        if (wb != null) {
            wb.close();
        }
    }

    /**
     * An interviewee Berg is hidden in the Russian case forms a transliterated text gives the name ("u Berga",
     * "k Bergu", "s Bergom", "o Berge"), as in Cyrillic; "Bergamo" and "Bergen", longer words, stay.
     */
    @Test
    void latinCaseFormsOfAShortSurnameAreHidden() {
        interviewOfOlegBerg();

        String written = wb.exports().asWritten("My u Berga, potom k Bergu; s Bergom govorili o Berge. "
                + "Berg flew from Bergamo to Bergen.");

        assertThat(written).doesNotContain("Berga,", "Bergu", "Bergom", "Berge.", "Berg ")
                .contains("Bergamo", "Bergen");
    }

    /**
     * The Russian prepositional in -e follows a preposition ("o Berge", "pri Berge"); elsewhere the word is mostly
     * German, the plural or dative of a noun the name is ("Die Berge sind hoch" for an interviewee Berg), which went
     * out as "Die P01 sind hoch". It is hidden after a Russian preposition and left elsewhere.
     */
    @Test
    void aPrepositionalInLatinLettersIsTheNameOnlyAfterAPreposition() {
        interviewOfOlegBerg();

        String written = wb.exports().asWritten("Die Berge sind hoch, und Berge rufen. My govorili o Berge, "
                + "pri Berge i v Berge.");

        assertThat(written).contains("Die Berge sind hoch, und Berge rufen.").doesNotContain("o Berge", "pri Berge",
                "v Berge");
    }

    /** A project whose one interview's sensitive participant is Oleg Berg, its output pseudonymised. */
    private void interviewOfOlegBerg() {
        wb = TestProjects.table1(dir);
        long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "one.txt", "Interview one.\n\nWe spoke.\n"));
        wb.documents().updateMeta(doc, new DocumentMeta("Interview one", LocalDate.of(2013, 4, 2),
                DocumentType.INTERVIEW, "Russia", "en", null, Map.of("participant", "Oleg Berg")));
        wb.exchange().markSensitive("participant");
        wb.pseudonymiseOutput(true);
    }
}
