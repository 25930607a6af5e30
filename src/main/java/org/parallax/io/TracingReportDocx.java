package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.ParallaxException;

/** The transparency report as a Word document (POI), with the same texts as the HTML page. */
final class TracingReportDocx {
    private TracingReportDocx() {
    }

    static void write(TracingReport report, Path file) {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, report.title(), true, false, 16);
            if (report.set().description() != null) {
                paragraph(doc, report.set().description(), false, false, 11);
            }
            paragraph(doc, "Hypotheses", true, false, 13);
            report.hypothesisLines().forEach(l -> paragraph(doc, "• " + l, false, false, 11));
            paragraph(doc, "Evidence", true, false, 13);
            for (Evidence e : report.evidence()) {
                paragraph(doc, report.heading(e), true, false, 11);
                for (EvidencePassage p : e.passages()) {
                    paragraph(doc, "“" + p.quote() + "”", false, true, 11);
                    paragraph(doc, TracingReport.citation(p), false, false, 9);
                }
                if (e.note() != null) {
                    paragraph(doc, "Analyst's note: " + e.note(), false, false, 11);
                }
                report.likelihoodLines(e).forEach(l -> paragraph(doc, "• " + l, false, false, 10));
            }
            paragraph(doc, "Ledger", true, false, 13);
            List<String> header = report.ledgerHeader();
            List<List<String>> rows = report.ledgerRows();
            XWPFTable table = doc.createTable(rows.size() + 1, header.size());
            fill(table.getRow(0), header);
            for (int r = 0; r < rows.size(); r++) {
                fill(table.getRow(r + 1), rows.get(r));
            }
            paragraph(doc, report.method(), false, false, 9);
            AtomicFiles.write(file, doc::write);
        } catch (IOException e) {
            throw new ParallaxException("Cannot write report " + file + ": " + e.getMessage(), e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.getCell(i).setText(cells.get(i));
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
        run.setText(text);
    }
}
