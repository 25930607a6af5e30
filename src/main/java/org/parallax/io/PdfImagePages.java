package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.parallax.model.FileNames;

/**
 * The pages of a PDF that show images and have no text: scanned pages among typed ones (an appendix scanned, a
 * signed page). Their words are not in the document, and the import used to say nothing of it, so the researcher
 * coded the document without knowing pages were missing. Images are found by the page's resources, forms included,
 * without decoding them.
 */
final class PdfImagePages {
    /** Forms inside forms looked into for images; deeper ones are taken as showing none. */
    private static final int FORM_DEPTH = 4;
    /**
     * At most this many characters (not counting spaces) over a picture of the page make it a scan with a stamp on it:
     * "Scanned with CamScanner" has 21, "Page 12 of 40" 10; a page's own text, even a title page's, has more.
     */
    static final int STAMP_CHARACTERS = 40;

    private PdfImagePages() {
    }

    /** The numbers (from 1) of the pages not in {@code withText} that show an image. */
    static List<Integer> without(PDDocument doc, Set<Integer> withText, ExtractionBudget budget) {
        List<Integer> numbers = new ArrayList<>();
        int number = 0;
        for (var page : doc.getPages()) {
            number++;
            budget.checkTime();
            if (!withText.contains(number) && showsImage(page.getResources(), 0)) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** The warning naming those pages, or null when there are none. */
    static String warning(Path file, List<Integer> pages, int pageCount) {
        if (pages.isEmpty()) {
            return null;
        }
        String which = (pages.size() == 1 ? "page " : "pages ") + ranges(pages);
        return FileNames.shown(file) + ": " + which + " of " + pageCount + (pages.size() == 1 ? " has" : " have")
                + " no text, only images (scanned?), so " + (pages.size() == 1 ? "its" : "their") + " words are not "
                + "in the document; a PDF with a text layer (OCR, e.g. ocrmypdf, or a scanner's searchable PDF) "
                + "imports them";
    }

    /**
     * The warning naming the pages that are a picture of the page with no more text than a short line over it, or null
     * when there are none: a scanning app stamps "Scanned by CamScanner" or a page number on each page it makes, and
     * such a scan was stored as that line alone, without a word that the pages' own text was missing.
     */
    static String stampedWarning(Path file, List<PdfPage> pages, Set<Integer> pageImages, int pageCount) {
        List<PdfPage> stamped = pages.stream()
                .filter(p -> pageImages.contains(p.number()) && shownCharacters(p) <= STAMP_CHARACTERS).toList();
        if (stamped.isEmpty()) {
            return null;
        }
        List<Integer> numbers = stamped.stream().map(PdfPage::number).toList();
        List<String> lines = stamped.stream().map(p -> String.join(" ", p.lines())).distinct().toList();
        String shown = lines.size() == 1 ? " (\"" + lines.get(0) + "\")" : "";
        String which = (numbers.size() == 1 ? "page " : "pages ") + ranges(numbers);
        return FileNames.shown(file) + ": " + which + " of " + pageCount + (numbers.size() == 1 ? " is" : " are")
                + " a picture of the page with only a short line of text on it" + shown + ", as a scanner "
                + "stamps it, so the words of the picture are not in the document; a PDF with a text layer (OCR, e.g. "
                + "ocrmypdf, or a scanner's searchable PDF) imports them";
    }

    private static int shownCharacters(PdfPage page) {
        return (int) page.lines().stream().flatMapToInt(String::codePoints)
                .filter(c -> !Character.isWhitespace(c)).count();
    }

    /** "2, 4–6, 9" for pages 2, 4, 5, 6 and 9. */
    private static String ranges(List<Integer> pages) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pages.size(); ) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            text.append(text.isEmpty() ? "" : ", ").append(pages.get(i));
            if (j > i) {
                text.append(j == i + 1 ? ", " : "\u2013").append(pages.get(j));
            }
            i = j + 1;
        }
        return text.toString();
    }

    private static boolean showsImage(PDResources resources, int depth) {
        if (resources == null || depth > FORM_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
            try {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDFormXObject form && showsImage(form.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException e) {
                // A damaged form shows nothing the import can tell of.
            }
        }
        return false;
    }
}
