package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.parallax.model.Counted;

/**
 * Writes a {@link ReportDocument} as a Word document: Title and Heading styles (so Word's outline and
 * navigation pane work), a table of contents field that Word and LibreOffice fill in on opening, each
 * quote in full as a Quote paragraph with its citation beneath.
 */
public final class DocxReport {
    private static final String DEFINITIONS = "Code definitions";
    private final XWPFDocument document;
    private final String unit;

    private DocxReport(XWPFDocument document, String unit) {
        this.document = document;
        this.unit = unit;
    }

    /** Writes the report to {@code file}, replacing it only once the new content is complete. */
    public static void write(ReportDocument report, Path file) {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.install(document);
            new DocxReport(document, report.unit()).fill(report);
            OfficeProperties.set(document);
            AtomicFiles.write(file, document::write);
        } catch (IOException e) {
            throw WriteFailures.of("the report", file, e);
        }
    }

    private void fill(ReportDocument report) {
        paragraph(DocxStyles.TITLE, report.title());
        for (String line : report.selection()) {
            paragraph(null, line);
        }
        tableOfContents(contents(report));
        if (!report.definitions().isEmpty()) {
            paragraph(DocxStyles.HEADING + 1, DEFINITIONS);
            for (ReportDocument.Definition d : report.definitions()) {
                definition(d);
            }
        }
        for (ReportDocument.Section section : report.sections()) {
            section(section, 1);
        }
    }

    /**
     * A TOC field over Heading 1-3. Its result is already filled in with the headings (without page numbers), so
     * LibreOffice, a PDF conversion and any reader that does not update fields show the contents; Word updates
     * it with page numbers on opening ({@code updateFields}).
     */
    private void tableOfContents(List<Heading> headings) {
        paragraph(DocxStyles.TOC_HEADING, "Contents");
        XWPFParagraph p = document.createParagraph();
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        for (int i = 0; i < headings.size(); i++) {
            if (i > 0) {
                p = document.createParagraph();
            }
            p.setStyle("TOC" + headings.get(i).level());
            DocxText.append(p, headings.get(i).text());
        }
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        document.enforceUpdateFields();
    }

    /** The headings the report will have, in order, as the table of contents lists them. */
    private List<Heading> contents(ReportDocument report) {
        List<Heading> headings = new ArrayList<>();
        if (!report.definitions().isEmpty()) {
            headings.add(new Heading(1, DEFINITIONS));
        }
        report.sections().forEach(s -> contents(s, 1, headings));
        return headings;
    }

    private void contents(ReportDocument.Section section, int level, List<Heading> headings) {
        headings.add(new Heading(Math.min(level, 3), heading(section)));
        section.subsections().forEach(s -> contents(s, level + 1, headings));
    }

    private String heading(ReportDocument.Section section) {
        return section.heading() + (section.counted() ? " (" + Counted.of(section.entryCount(), unit) + ")" : "");
    }

    private record Heading(int level, String text) {
    }

    private void definition(ReportDocument.Definition d) {
        XWPFParagraph p = keptWithNext(document.createParagraph());
        XWPFRun name = p.createRun();
        name.setBold(true);
        name.setText(DocxText.clean(d.code()));
        if (d.frame() != null) {
            p.createRun().setText(DocxText.clean(" (" + d.frame() + ")"));
        }
        paragraph(null, d.definition() == null ? "No definition written." : d.definition());
        labelled("Use when: ", d.inclusion());
        labelled("Do not use when: ", d.exclusion());
    }

    private void labelled(String label, String text) {
        if (text == null) {
            return;
        }
        XWPFParagraph p = document.createParagraph();
        XWPFRun bold = p.createRun();
        bold.setBold(true);
        bold.setText(label);
        DocxText.append(p, text);
    }

    private void section(ReportDocument.Section section, int level) {
        paragraph(DocxStyles.HEADING + Math.min(level, 3), heading(section));
        if (section.table() != null) {
            table(section.table());
        }
        for (ReportDocument.Entry entry : section.entries()) {
            entry(entry);
        }
        for (ReportDocument.Section s : section.subsections()) {
            section(s, level + 1);
        }
    }

    private void entry(ReportDocument.Entry entry) {
        if (entry.label() != null) {
            XWPFParagraph p = keptWithNext(document.createParagraph());
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setText(DocxText.clean(entry.label()));
        }
        if (entry.body() != null) {
            paragraph(null, entry.body());
        }
        if (entry.quote() != null) {
            XWPFParagraph quote = paragraph(DocxStyles.QUOTE, entry.quote());
            if (entry.citation() != null) {
                keptWithNext(quote);
            }
        }
        if (entry.citation() != null) {
            paragraph(DocxStyles.CITATION, entry.citation());
        }
        if (entry.note() != null) {
            XWPFParagraph p = paragraph(DocxStyles.CITATION, "");
            p.getRuns().forEach(r -> r.setItalic(true));
            DocxText.append(p, entry.note());
        }
        for (String point : entry.points()) {
            paragraph(DocxStyles.POINT, "• " + point);
        }
    }

    /** A bordered table with a bold header row that Word repeats on each page. */
    private void table(ReportDocument.Table table) {
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
        grid.setStyleID(DocxStyles.TABLE);
        grid.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < table.header().size(); c++) {
            XWPFRun run = grid.getRow(0).getCell(c).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(DocxText.clean(table.header().get(c)));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < Math.min(row.size(), table.header().size()); c++) {
                DocxText.append(grid.getRow(r + 1).getCell(c).getParagraphs().get(0), row.get(c));
            }
        }
    }

    /** Keeps {@code p} on the page of the paragraph after it (POI's setKeepNext fails on a paragraph without pPr). */
    private static XWPFParagraph keptWithNext(XWPFParagraph p) {
        CTP ctp = p.getCTP();
        (ctp.isSetPPr() ? ctp.getPPr() : ctp.addNewPPr()).addNewKeepNext();
        return p;
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = document.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        DocxText.append(p, text);
        return p;
    }
}
