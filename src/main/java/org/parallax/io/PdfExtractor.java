package org.parallax.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text of a PDF with PDFBox, in reading order by position, within the file's extraction budget,
 * as paragraphs with page markers ({@link PdfReadingText}).
 */
final class PdfExtractor {
    /** The specification allows the header and the end marker to sit within 1024 bytes of the file's ends. */
    private static final int MARKER_WINDOW = 1024;

    /** Reads {@code bytes}, the file's one version read for the import. */
    Extraction extract(Path file, byte[] bytes, ExtractionBudget budget) {
        checkMarkers(file, bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (PdfPageTreeLoop.in(doc)) {
                throw new ImportException(file, "damaged PDF (its page tree leads back into itself, so its pages "
                        + "cannot all be reached)");
            }
            PdfStreamGuard streams = PdfStreamGuard.measure(doc.getDocument(), budget);
            BudgetedTextStripper stripper = new BudgetedTextStripper(budget, streams);
            List<PdfPage> pages = stripper.pages(doc);
            String text = PdfReadingText.of(pages);
            if (text.isBlank()) {
                PdfUnreadableContent.first(doc).ifPresent(page -> {
                    throw new ImportException(file, "damaged PDF (the content of " + page + " cannot be read, "
                            + "so its text is lost)");
                });
                throw new ImportException(file, "no extractable text (scanned PDF?)");
            }
            Set<Integer> withText = pages.stream().map(PdfPage::number).collect(Collectors.toSet());
            List<String> warnings = new ArrayList<>();
            warnings.add(PdfImagePages.warning(file, PdfImagePages.without(doc, withText, budget),
                    doc.getNumberOfPages()));
            warnings.add(PdfImagePages.stampedWarning(file, pages, stripper.pagesShowingAPageImage(),
                    doc.getNumberOfPages()));
            warnings.removeIf(java.util.Objects::isNull);
            PDDocumentInformation info = doc.getDocumentInformation();
            return new Extraction(text, info.getTitle(), null, localDate(info.getCreationDate()), Map.of(),
                    List.copyOf(warnings));
        } catch (InvalidPasswordException e) {
            throw new ImportException(file, "encrypted PDF (needs a password)", e);
        } catch (IOException e) {
            throw new ImportException(file, "damaged PDF (" + Causes.brief(e) + ")", e);
        } catch (StackOverflowError e) {
            // PDFBox parses nested arrays and dictionaries recursively; a file nested 100,000 deep is hostile.
            throw budget.tooDeep();
        }
    }

    private static LocalDate localDate(Calendar calendar) {
        return calendar == null ? null
                : calendar.toInstant().atZone(calendar.getTimeZone().toZoneId()).toLocalDate();
    }

    /**
     * PDFBox repairs broken files silently, which would import half a document; a missing
     * header or end-of-file marker is refused instead.
     */
    private static void checkMarkers(Path file, byte[] bytes) {
        int window = Math.min(MARKER_WINDOW, bytes.length);
        if (!new String(bytes, 0, window, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new ImportException(file, "not a PDF file (no %PDF header)");
        }
        if (!new String(bytes, bytes.length - window, window, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new ImportException(file, "damaged or truncated PDF (no end-of-file marker)");
        }
    }
}
