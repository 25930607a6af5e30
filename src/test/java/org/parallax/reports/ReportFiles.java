package org.parallax.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads generated report files back the way Word and a browser would: POI for DOCX, jsoup for HTML. */
final class ReportFiles {
    private ReportFiles() {
    }

    static XWPFDocument docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** Texts of the paragraphs in {@code style}, in order. */
    static List<String> paragraphs(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    static Document html(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
