package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;

/**
 * While a project pseudonymised its coders, an ordinary word made of a word of a coder's name and an ending was taken
 * for the name: for the coders mark-miller and frank-walker a file "marks.csv" or "walkers.xlsx" was refused as naming
 * a coder, and a memo's "The Marks were low; Walkers crossed the border" went out as "The Coder 1 were low; Coder 2
 * crossed the border", the English plural read as the German genitive of the name. Only the word "Coder" was read as
 * the ordinary word it also is. A word of a coder's name now stands for the name where it is written whole (in any
 * spelling); with an ending only in Cyrillic, where it is the name declined ("Миллера").
 */
class WordsHoldingACoderNameTest {
    @TempDir
    Path dir;

    @Test
    void aWordThatMerelyBeginsWithAWordOfTheNameIsNoName() throws Exception {
        try (Workbench wb = codedByTwo()) {
            for (String plain : new String[] {"marks.csv", "walkers.xlsx", "Millers notes.csv", "franks.qdpx",
                    "remarks.csv", "marked.csv"}) {
                assertThatCode(() -> wb.exchange().refuseANamedFile(dir.resolve(plain), false)).as(plain)
                        .doesNotThrowAnyException();
            }
            Path csv = dir.resolve("marks.csv");
            wb.exports().segmentsCsv(csv, false);
            String written = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(written).contains("The Marks were low; Walkers crossed the border; Coder 1 disagrees.")
                    .doesNotContain("mark-miller").doesNotContain("frank-walker");
        }
    }

    @Test
    void aWordOfTheNameWrittenWholeOrDeclinedInCyrillicIsStillTheName() throws Exception {
        try (Workbench wb = codedByTwo()) {
            for (String named : new String[] {"mark_miller.csv", "miller notes.csv", "Walker.xlsx", "MILLER.qdpx",
                    "frank-walker codes.csv", "отчёт Миллера.csv"}) {
                assertThatThrownBy(() -> wb.exchange().refuseANamedFile(dir.resolve(named), false)).as(named)
                        .isInstanceOf(ParallaxException.class).hasMessageContaining("not written");
            }
            Pseudonyms coders = Pseudonyms.coders(wb.project());
            assertThat(coders.text("Miller disagrees with Walker; по мнению Миллера, нет."))
                    .isEqualTo("Coder 1 disagrees with Coder 2; по мнению Coder 1, нет.");
        }
    }

    private Workbench codedByTwo() throws Exception {
        Workbench wb = TestProjects.table1(dir);
        long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "minutes.txt",
                "The council met in Brussels and agreed on the next steps."));
        long code = wb.codebook().code("Balance of power").id();
        wb.setActiveCoder("mark-miller");
        wb.coding().code(doc, 0, 11, code, "The Marks were low; Walkers crossed the border; Miller disagrees.");
        wb.setActiveCoder("frank-walker");
        wb.coding().code(doc, 12, 20, code, null);
        wb.pseudonymiseCoders(true);
        return wb;
    }
}
