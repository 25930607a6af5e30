package org.parallax.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Small PDFs, built at test time, whose text extraction would run for minutes or fill the heap without
 * a budget: the constructions of issue 12 (nested forms, a shared content stream, a filter chain bomb,
 * deep nesting). Each has a line of ordinary text so that, within limits, it would import.
 */
public final class HostilePdfs {
    private static final COSName FONT = COSName.getPDFName("F1");
    private static final COSName FORM = COSName.getPDFName("X");
    private static final String TEXT_LINE = "BT /F1 12 Tf 72 700 Td (Collective defence) Tj ET\n";

    private HostilePdfs() {
    }

    /** {@code depth} form XObjects, each drawing the next one twice: 2^depth draws of the innermost. */
    public static Path nestedForms(Path file, int depth) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources innermost = new PDResources();
            innermost.put(FONT, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDFormXObject form = form(doc, TEXT_LINE, innermost);
            for (int i = 1; i < depth; i++) {
                PDResources resources = new PDResources();
                resources.put(FORM, form);
                form = form(doc, "/X Do /X Do\n", resources);
            }
            PDPage page = new PDPage();
            page.setResources(new PDResources());
            page.getResources().put(FORM, form);
            doc.addPage(page);
            content(doc, page, "/X Do /X Do\n".getBytes(StandardCharsets.US_ASCII));
            doc.save(file.toFile());
        }
        return file;
    }

    /** One Flate content stream of {@code decodedBytes} bytes of text operators drawn by {@code pages} pages. */
    public static Path sharedContent(Path file, int decodedBytes, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSStream shared = doc.getDocument().createCOSStream();
            try (OutputStream out = shared.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] line = TEXT_LINE.getBytes(StandardCharsets.US_ASCII);
                for (int written = 0; written < decodedBytes; written += line.length) {
                    out.write(line);
                }
            }
            PDResources resources = new PDResources();
            resources.put(FONT, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, shared);
                doc.addPage(page);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A page whose content is {@code zeroMegabytes} MB of zero bytes, deflated and then ASCII85-encoded:
     * the filter chain {@code [/ASCII85Decode /FlateDecode]}, which a Flate-only check does not see.
     */
    public static Path filterChainBomb(Path file, int zeroMegabytes) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < zeroMegabytes; i++) {
                out.write(zeros);
            }
        }
        ByteArrayOutputStream ascii85 = new ByteArrayOutputStream();
        FilterFactory.INSTANCE.getFilter(COSName.ASCII85_DECODE)
                .encode(new ByteArrayInputStream(deflated.toByteArray()), ascii85, new COSDictionary(), 0);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(ascii85.toByteArray());
            }
            COSArray filters = new COSArray();
            filters.add(COSName.ASCII85_DECODE);
            filters.add(COSName.FLATE_DECODE);
            stream.setItem(COSName.FILTER, filters);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A one-page PDF, written byte by byte, whose page dictionary holds an array nested {@code depth} deep. */
    public static Path deeplyNestedArray(Path file, int depth) throws IOException {
        return onePage(file, "/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Deep " + "[".repeat(depth)
                + "]".repeat(depth), "<< /Length " + TEXT_LINE.length() + " >>\nstream\n" + TEXT_LINE + "endstream");
    }

    /** A one-page PDF whose resources are an object that is nothing but a reference to itself. */
    public static Path resourcesReferringToThemselves(Path file) throws IOException {
        return onePage(file, "/Contents 4 0 R /Resources 6 0 R", "<< /Length " + TEXT_LINE.length() + " >>\nstream\n"
                + TEXT_LINE + "endstream", "6 0 R");
    }

    /** A one-page PDF whose content stream's /Length is a reference to that stream itself. */
    public static Path lengthReferringToItsStream(Path file) throws IOException {
        return onePage(file, "/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>",
                "<< /Length 4 0 R >>\nstream\n" + TEXT_LINE + "endstream");
    }

    /** A PDF whose page tree's second kid is a node whose only kid is the tree's root. */
    public static Path pageTreeCycle(Path file) throws IOException {
        return written(file, "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + TEXT_LINE.length() + " >>\nstream\n" + TEXT_LINE + "endstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>");
    }

    /** A PDF of {@code pages} pages with nothing on them, each its own object (some 70 bytes a page). */
    public static Path blankPages(Path file, int pages) throws IOException {
        String[] objects = new String[pages + 2];
        objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(i + 3).append(" 0 R ");
            objects[i + 2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";
        }
        objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>";
        return written(file, objects);
    }

    /** A PDF of one page (object 3) holding {@code pageEntries}, its content {@code content} as object 4. */
    private static Path onePage(Path file, String pageEntries, String content, String... more) throws IOException {
        String[] objects = new String[5 + more.length];
        objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
        objects[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
        objects[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + pageEntries + " >>";
        objects[3] = content;
        objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        System.arraycopy(more, 0, objects, 5, more.length);
        return written(file, objects);
    }

    /** A PDF written byte by byte: the objects numbered from 1 (the first the catalog), a cross-reference table. */
    private static Path written(Path file, String... objects) throws IOException {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        long xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return Files.write(file, pdf.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static PDFormXObject form(PDDocument doc, String operators, PDResources resources) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(612, 792));
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    private static void content(PDDocument doc, PDPage page, byte[] operators) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(operators);
        }
        page.getCOSObject().setItem(COSName.CONTENTS, stream);
    }
}
