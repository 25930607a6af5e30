package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;

/**
 * While a project pseudonymises its coders, a file named "coders.xlsx" was refused as holding a coder's name, though
 * it names none: "coders" was taken for a case form of "Coder", a word of the login second-coder, and the word the
 * pseudonyms are made of, which names no one alone. A file's own name is refused only where it holds a coder's name,
 * or a word of one, as the words rule reads a file name: a form of the pseudonyms' word is that word, no name.
 */
class FileNamedLikeNoCoderTest {
    @TempDir
    Path dir;

    @Test
    void aFileNamedAfterNoCoderIsWritten() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "minutes.txt",
                    "The council met in Brussels and agreed on the next steps."));
            wb.setActiveCoder("maria-kowalski");
            wb.coding().code(doc, 0, 11, wb.codebook().code("Balance of power").id(), null);
            wb.setActiveCoder("second-coder");
            wb.coding().code(doc, 12, 20, wb.codebook().code("Balance of power").id(), null);
            wb.setActiveCoder("Ann");
            wb.coding().code(doc, 21, 30, wb.codebook().code("Balance of power").id(), null);
            wb.pseudonymiseCoders(true);

            for (String plain : new String[] {"coders.xlsx", "Coders.csv", "CODERS.qdpx", "coder list.csv",
                    "annual.csv", "mariachi.csv", "planning.xlsx"}) {
                assertThatCode(() -> wb.exchange().refuseANamedFile(dir.resolve(plain), false)).as(plain)
                        .doesNotThrowAnyException();
            }
            Path coders = dir.resolve("coders.xlsx");
            wb.exports().passagesXlsx(coders);
            assertThat(coders).isRegularFile();
            assertThat(Files.size(coders)).isPositive();

            for (String named : new String[] {"maria_kowalski.xlsx", "kowalski notes.csv",
                    "ANN.csv", "Maria-Kowalski codes.qdpx", "second coder.csv", "second_coder notes.xlsx"}) {
                assertThatThrownBy(() -> wb.exchange().refuseANamedFile(dir.resolve(named), false)).as(named)
                        .isInstanceOf(ParallaxException.class).hasMessageContaining("not written");
            }
        }
    }
}
