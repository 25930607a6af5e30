package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Code;
import org.parallax.model.Codebook;

/**
 * The colours codes get stay apart for the one researcher in twelve men with red-green colour blindness: the first
 * eight of the palette, the Table 1 codebook's eight codes and the first eight codes made in a project differ pairwise
 * by at least 15 (CIE76 ΔE) as seen with normal vision, protanopia and deuteranopia. The earlier palette's orange and
 * olive differed by 4.5 for a deuteranope, its blue and purple by 8.
 */
class CodePaletteTest {
    @TempDir
    Path dir;

    @Test
    void thePalettesFirstEightColoursStayApartWithRedGreenColourBlindness() {
        assertThat(closePairs(CodePalette.colours().subList(0, 8))).isEmpty();
    }

    @Test
    void theTable1CodebooksCodesStayApartWithRedGreenColourBlindness() {
        List<String> codes = new ArrayList<>();
        CodebookTemplates.named("table1").frames().forEach(f -> f.codes().forEach(c -> codes.add(c.color())));
        assertThat(codes).hasSize(8);
        assertThat(closePairs(codes)).isEmpty();
    }

    @Test
    void theFirstEightCodesMadeInAProjectStayApartWithRedGreenColourBlindness() {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            for (int i = 1; i <= 8; i++) {
                wb.codebook().addCode("Code " + i, null, null, null, "");
            }
            assertThat(closePairs(coloursInUse(wb.codebook().current()))).isEmpty();
        }
    }

    /**
     * A codebook brought in from another program with codes in nearly the palette's orange and green: the next code
     * made got the palette's orange itself (the first colour no code had exactly), ΔE 1 from the imported one.
     */
    @Test
    void aNewCodeStandsApartFromImportedCodesOfNearlyThePalettesColours() throws Exception {
        Path qdc = Files.writeString(dir.resolve("theirs.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Some QDA tool">
                  <Codes>
                    <Code guid="A1B2C3D4-0000-0000-0000-000000000001" name="Deterrence" isCodable="true"
                          color="#D65F01"/>
                    <Code guid="A1B2C3D4-0000-0000-0000-000000000002" name="Dialogue" isCodable="true"
                          color="#019E74"/>
                  </Codes>
                </CodeBook>
                """);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            wb.exchange().importQdc(qdc);
            Code made = wb.codebook().addCode("Enlargement", null, null, null, "");

            Codebook book = wb.codebook().current();
            assertThat(book.codeNamed("Deterrence").orElseThrow().color()).isEqualToIgnoringCase("#d65f01");
            assertThat(book.codeNamed("Dialogue").orElseThrow().color()).isEqualToIgnoringCase("#019e74");
            assertThat(closePairs(coloursInUse(book))).isEmpty();
            assertThat(CodePalette.colours()).contains(made.color());
        }
    }

    private static List<String> coloursInUse(Codebook book) {
        return book.codes().stream().map(Code::color).filter(Objects::nonNull).toList();
    }

    private static List<String> closePairs(List<String> colours) {
        List<String> close = new ArrayList<>();
        for (int a = 0; a < colours.size(); a++) {
            for (int b = a + 1; b < colours.size(); b++) {
                for (ColourDistance vision : ColourDistance.values()) {
                    double apart = vision.between(colours.get(a), colours.get(b));
                    if (apart < 15) {
                        close.add(colours.get(a) + " ~ " + colours.get(b) + ": ΔE " + Math.round(apart) + " ("
                                + vision + ")");
                    }
                }
            }
        }
        return close;
    }
}
