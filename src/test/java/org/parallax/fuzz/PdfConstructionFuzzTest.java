package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
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
import org.parallax.io.DocumentReader;
import org.parallax.io.ExtractionLimits;
import org.parallax.io.ImportLimits;
import org.parallax.io.ImportedText;

/**
 * PDFs built from the constructions of the hostile files of issue 12, in random sizes and combinations:
 * a content stream shared by many pages, form XObjects nested and drawn several times, and filter chains
 * of ASCII85, ASCIIHex, LZW, RunLength and Flate. The budget is scaled down (8 MB decoded) so that bombs
 * stay small to build. Every case ends in text or one clear line, in time; files well inside the budget
 * import, files well beyond it are refused as exceeding the extraction limit.
 */
class PdfConstructionFuzzTest {
    private static final long BUDGET = 8L << 20;
    private static final DocumentReader READER = new DocumentReader(ImportLimits.defaults(),
            new ExtractionLimits(BUDGET, 12, 10_000, 2_000_000, Duration.ofSeconds(20)));
    private static final COSName FONT = COSName.getPDFName("F1");
    private static final COSName FORM = COSName.getPDFName("X");
    private static final String LINE = "BT /F1 12 Tf 72 700 Td (Collective defence) Tj ET\n";
    private static final List<COSName> FILTERS = List.of(COSName.ASCII85_DECODE, COSName.ASCII_HEX_DECODE,
            COSName.LZW_DECODE, COSName.RUN_LENGTH_DECODE, COSName.FLATE_DECODE);
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        QuietLogs.on();
        dir = Files.createTempDirectory("parallax-fuzz-pdf");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        FuzzFiles.deleteTree(dir);
        QuietLogs.off();
    }

    /** What to build: shared page content, a tower of forms, a filter chain, padding that a bomb is made of. */
    record Construction(int pages, int sharedBytes, int formDepth, int formFanOut, List<COSName> chain, int padding) {
        /** Times a form is drawn, over all pages (each page draws the top form {@code formFanOut} times). */
        long draws() {
            long draws = 0;
            long perLevel = 1;
            for (int level = 0; level < formDepth && draws < BUDGET; level++) {
                perLevel *= formFanOut;
                draws += perLevel * pages;
            }
            return draws;
        }

        /** Bytes the budget is charged at least: each page's content, each form draw (at least 256 bytes). */
        long work() {
            return (long) pages * (sharedBytes + padding) + draws() * 256;
        }

        /** Bytes the budget is charged at most: the same with the form-drawing operators and some slack. */
        long workAtMost() {
            return (long) pages * (sharedBytes + padding + 8L * formFanOut + 64) + draws() * 256 + (64 << 10);
        }

        /**
         * Glyphs drawn: PDFBox compares each glyph with the earlier ones on its page, so cost grows with
         * their square; many glyphs may exhaust the time budget without passing any other limit.
         */
        long glyphs() {
            return ((long) pages * (sharedBytes / LINE.length() + 1) + draws()) * 17;
        }
    }

    @Property
    void sharedStreamsNestedFormsAndFilterChainsStayWithinTheBudget(@ForAll("constructions") Construction c)
            throws IOException {
        Path file = build(dir.resolve("hostile.pdf"), c);

        Optional<ImportedText> read = ImportOutcome.of(file, () -> READER.read(file));

        // PDFBox refuses a chain that names a filter twice (a decoding loop), whatever its size.
        boolean plainChain = new java.util.HashSet<>(c.chain()).size() == c.chain().size();
        if (plainChain && c.formDepth() <= 12 && c.workAtMost() < BUDGET / 2 && c.glyphs() < 50_000) {
            assertThat(read).as("within budget: %s", c).isPresent();
            assertThat(read.get().text()).contains("Collective defence");
        }
        if (c.formDepth() > 12 || c.work() > BUDGET * 2) {
            assertThat(read).as("beyond budget: %s", c).isEmpty();
        }
    }

    @Provide
    Arbitrary<Construction> constructions() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 100),
                Arbitraries.integers().between(64, 4096),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(FILTERS).list().ofMaxSize(3),
                Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 10 << 20)))
                .as(Construction::new);
    }

    private static Path build(Path file, Construction c) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources resources = new PDResources();
            resources.put(FONT, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDFormXObject form = null;
            for (int level = 0; level < c.formDepth(); level++) {
                PDResources formResources = new PDResources();
                formResources.put(FONT, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                String draws = form == null ? LINE : "/X Do\n".repeat(c.formFanOut());
                if (form != null) {
                    formResources.put(FORM, form);
                }
                form = new PDFormXObject(doc);
                form.setBBox(new PDRectangle(612, 792));
                form.setResources(formResources);
                try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(draws.getBytes(StandardCharsets.US_ASCII));
                }
            }
            if (form != null) {
                resources.put(FORM, form);
            }
            COSStream shared = stream(doc, content(c, form != null), c.chain());
            for (int i = 0; i < c.pages(); i++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.getCOSObject().setItem(COSName.CONTENTS, shared);
                doc.addPage(page);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Text operators up to the size asked for, then spaces (what a bomb is made of), then the forms. */
    private static byte[] content(Construction c, boolean drawForms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(c.sharedBytes() + c.padding() + 16);
        byte[] line = LINE.getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < c.sharedBytes(); written += line.length) {
            out.write(line, 0, line.length);
        }
        byte[] spaces = new byte[64 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int written = 0; written < c.padding(); written += spaces.length) {
            out.write(spaces, 0, Math.min(spaces.length, c.padding() - written));
        }
        if (drawForms) {
            out.writeBytes("\n/X Do\n".repeat(c.formFanOut()).getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** A stream whose raw bytes are {@code data} encoded by each filter of {@code chain}, last filter first. */
    private static COSStream stream(PDDocument doc, byte[] data, List<COSName> chain) throws IOException {
        byte[] encoded = data;
        for (int i = chain.size() - 1; i >= 0; i--) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FilterFactory.INSTANCE.getFilter(chain.get(i)).encode(new ByteArrayInputStream(encoded), out,
                    new COSDictionary(), 0);
            encoded = out.toByteArray();
        }
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(encoded);
        }
        if (!chain.isEmpty()) {
            COSArray filters = new COSArray();
            chain.forEach(filters::add);
            stream.setItem(COSName.FILTER, filters);
        }
        return stream;
    }
}
