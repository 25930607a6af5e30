package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;

/**
 * An interviewee's name was found with any Latin ending in -s, read as the German genitive ("Putins Rede"): for the
 * interviewees Mark Miller and Frank Walker a memo's "The Marks were low; Walkers crossed the border" went out as "The
 * P01 were low; P02 crossed the border", and a file "walkers.csv" or "marks.csv" was refused as naming one of them. A
 * word of the name with an -s in Latin letters is now the name only where it reads as the genitive, before a noun
 * written with a capital ("Millers Antwort", "Putins Rede"); written whole, or declined in Cyrillic, it is the name as
 * before.
 */
class WordsHoldingAnIntervieweeNameTest {
    private static final String MEMO = "The Marks were low; Walkers crossed the border. Miller disagrees, and "
            + "Millers Antwort war kurz; по мнению Миллера, нет.";

    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() {
        wb = TestProjects.table1(dir);
        long miller = TestProjects.importOne(wb, TestProjects.textFile(dir, "one.txt", "Interview one.\n\nWe spoke."));
        long walker = TestProjects.importOne(wb, TestProjects.textFile(dir, "two.txt", "Interview two.\n\nWe met."));
        describe(miller, "Interview one", "Mark Miller");
        describe(walker, "Interview two", "Frank Walker");
        wb.exchange().markSensitive("participant");
        wb.coding().code(miller, 16, 18, wb.codebook().code("Balance of power").id(), MEMO);
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
    void anOrdinaryWordMadeOfAWordOfTheNameStaysAndTheNameGoes() throws Exception {
        Path csv = dir.resolve("marks.csv");
        wb.exports().segmentsCsvPseudonymised(csv, false);

        String written = Files.readString(csv, StandardCharsets.UTF_8);
        String miller = pseudonym("Mark Miller");
        assertThat(written).contains("The Marks were low; Walkers crossed the border. " + miller + " disagrees, and "
                + miller + " Antwort war kurz; по мнению " + miller + ", нет.")
                .doesNotContain("Miller ").doesNotContain("Millers").doesNotContain("Миллера");
    }

    @Test
    void aFileNamedWithAnOrdinaryWordIsWrittenAndOneNamedAfterTheIntervieweeIsRefused() {
        for (String plain : new String[] {"marks.csv", "walkers.xlsx", "Millers notes.csv", "franks.qdpx"}) {
            assertThatCode(() -> wb.exchange().refuseANamedFile(dir.resolve(plain), true)).as(plain)
                    .doesNotThrowAnyException();
        }
        for (String named : new String[] {"mark_miller.csv", "walker.xlsx", "MILLER.qdpx", "отчёт Миллера.csv"}) {
            assertThatThrownBy(() -> wb.exchange().refuseANamedFile(dir.resolve(named), true)).as(named)
                    .isInstanceOf(ParallaxException.class).hasMessageContaining("not written");
        }
    }

    private String pseudonym(String value) {
        return Pseudonyms.of(wb.project()).text(value);
    }
}
