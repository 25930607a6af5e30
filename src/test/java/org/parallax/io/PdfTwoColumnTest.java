package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page set in two columns (a journal article, a newsletter) was read across: each line of the left column was
 * followed by the line of the right column at its height, so every sentence of the page was cut in two.
 */
class PdfTwoColumnTest {
    private static final String TITLE = "Enlargement and Its Discontents: A Two-Column Reading";
    private static final String FIRST = "The left column opens the article. The Alliance enlarged in waves after "
            + "the Cold War, and each wave was argued over in Moscow as much as in Brussels.";
    private static final String SECOND = "A second paragraph of the left column follows after a blank line, as a "
            + "journal sets it, and ends near the foot of the column.";
    private static final String THIRD = "The right column is read only after the left one, from its top line down "
            + "to its last line: its sentences were cut in two by the lines of the left column beside them.";

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void aTwoColumnPageIsReadColumnByColumnWithATitleAcrossBothFirst() throws IOException {
        List<String> left = new java.util.ArrayList<>(Fixtures.wrap(FIRST, 45));
        left.add("");
        left.addAll(Fixtures.wrap(SECOND, 45));
        Path file = page(dir.resolve("columns.pdf"), TITLE, left, Fixtures.wrap(THIRD, 45));

        assertThat(reader.read(file).text()).isEqualTo(TITLE + "\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    /** Labels beside their values (a form, a table of articles) are no columns of prose: each row stays whole. */
    @Test
    void aTableOfShortLabelsAndValuesStaysReadRowByRow() throws IOException {
        List<String> labels = List.of("Article 5", "Article 6", "Article 9", "Article 10", "Article 13");
        List<String> values = List.of("collective defence", "territory covered", "the Council",
                "accession of other states", "denunciation");
        Path file = page(dir.resolve("table.pdf"), null, labels, values);

        assertThat(reader.read(file).text()).isEqualTo("Article 5 collective defence Article 6 territory covered "
                + "Article 9 the Council Article 10 accession of other states Article 13 denunciation");
    }

    /** One page: {@code title} (if any) centred across the page, then the two columns line beside line. */
    private static Path page(Path file, String title, List<String> left, List<String> right) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                if (title != null) {
                    float width = font.getStringWidth(title) / 1000 * 12;
                    line(content, font, 12, (612 - width) / 2, 750, title);
                }
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    float y = 720 - 14 * i;
                    if (i < left.size() && !left.get(i).isEmpty()) {
                        line(content, font, 10, 50, y, left.get(i));
                    }
                    if (i < right.size() && !right.get(i).isEmpty()) {
                        line(content, font, 10, 320, y, right.get(i));
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void line(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
