package org.parallax.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Russian fixture PDF src/test/resources/pdf/concept_ru.pdf: the first three paragraphs of the corpus
 * excerpt of the Foreign Policy Concept, typeset over two pages as a hyphenating typesetter would (words broken
 * at line ends), with a running header and "- 1 -" page numbers. It embeds a subset of DejaVu Sans, which no
 * test machine can be assumed to have, so the file is kept in the repository; {@link #main} made it
 * ({@code java … RussianPdf /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf src/test/resources/pdf/concept_ru.pdf}).
 */
final class RussianPdf {
    static final String RESOURCE = "/pdf/concept_ru.pdf";
    static final String HEADER = "Концепция внешней политики Российской Федерации";
    /** Lines of the second paragraph on the first page; the paragraph goes on at the top of the second. */
    static final int FIRST_PAGE_LINES = 9;

    private RussianPdf() {
    }

    static List<String> paragraphs() {
        return CorpusFiles.paragraphs(CorpusFiles.RUSSIAN).subList(0, 3);
    }

    static List<String> firstParagraphLines() {
        return Fixtures.wrapWithBreaks(paragraphs().get(0), 80, "жизне|деятельности", "миро|устройства");
    }

    static List<String> secondParagraphLines() {
        return Fixtures.wrapWithBreaks(paragraphs().get(1), 80, "между|народных", "научно-|технического",
                "кризисо|устойчивого");
    }

    static List<List<String>> pages() {
        List<String> second = secondParagraphLines();
        List<String> first = new ArrayList<>(firstParagraphLines());
        first.add("");
        first.addAll(second.subList(0, FIRST_PAGE_LINES));
        List<String> next = new ArrayList<>(second.subList(FIRST_PAGE_LINES, second.size()));
        next.add("");
        next.addAll(Fixtures.wrap(paragraphs().get(2), 80));
        return List.of(first, next);
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Fixtures.writePages(doc, PDType0Font.load(doc, new File(args[0])), pages(), HEADER, n -> "- " + n + " -");
            doc.save(Path.of(args[1]).toFile());
        }
    }
}
