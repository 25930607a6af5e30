package org.parallax.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's text stripper with the {@link ExtractionBudget} charged where the work happens: every page's
 * content streams before any page is read, every form XObject each time it is drawn (with its nesting
 * depth), every operator against the clock and every piece of text against the character limit.
 * Budget failures are unchecked so that PDFBox, which forgives I/O errors inside {@code Do}, cannot
 * swallow them.
 *
 * <p>Instead of one string it collects each page's paragraphs and lines as PDFBox finds them (a new
 * paragraph after a vertical gap or an indent), so that {@link PdfReadingText} can join them into the
 * text a reader sees; a page in two columns is read column by column.
 */
final class BudgetedTextStripper extends PDFTextStripper {
    private final ExtractionBudget budget;
    private final PdfStreamGuard streams;
    private final List<PdfPage> collected = new ArrayList<>();
    private List<List<String>> paragraphs = new ArrayList<>();
    private List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final PdfLineLooks looks = new PdfLineLooks();
    /** Type size of the last line of the paragraph being read (0: none yet). */
    private double lastLineSize;
    /** Whether every line of the paragraph being read so far is bold (a heading in the body's size). */
    private boolean paragraphBold;
    /** Type size of the last line of the paragraph read before it. */
    private double closedLineSize;
    private int formDepth;
    private long pages;
    /** The pages (numbered from 1) on which an image covering half the page or more is drawn. */
    private final java.util.Set<Integer> pageImages = new java.util.TreeSet<>();

    BudgetedTextStripper(ExtractionBudget budget, PdfStreamGuard streams) {
        this.budget = budget;
        this.streams = streams;
        setSortByPosition(true);
    }

    /** Every page that has text, in the file's order. */
    List<PdfPage> pages(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
        return List.copyOf(collected);
    }

    /**
     * The pages on which an image covering half the page or more is drawn: a scanned page, whose words are not text
     * even where a scanning app has stamped a line of text over the picture ("Scanned by CamScanner").
     */
    java.util.Set<Integer> pagesShowingAPageImage() {
        return java.util.Collections.unmodifiableSet(pageImages);
    }

    /** Charges all pages' content up front: a stream shared by 3,000 pages fails before the first page. */
    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        budget.checkPages(pages.getCount());
        for (PDPage page : pages) {
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream stream) {
                streams.chargeUse(stream);
            } else if (contents instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSStream stream) {
                        streams.chargeUse(stream);
                    }
                }
            }
        }
        super.processPages(pages);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        budget.checkPages(++pages);
        budget.checkTime();
        super.processPage(page);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        try {
            enter(form.getCOSObject());
            super.showForm(form);
        } finally {
            formDepth--;
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        try {
            enter(group.getCOSObject());
            super.showTransparencyGroup(group);
        } finally {
            formDepth--;
        }
    }

    /**
     * A page in two columns is read column by column ({@link PdfColumns}), each column and each line across them
     * an article of PDFBox's own, which it sorts by position within. A page whose file declares its articles
     * (threads of beads) keeps them.
     */
    @Override
    protected void writePage() throws IOException {
        if (charactersByArticle.size() == 1) {
            List<List<TextPosition>> pieces = PdfColumns.inReadingOrder(charactersByArticle.get(0));
            charactersByArticle.clear();
            charactersByArticle.addAll(pieces);
        }
        super.writePage();
    }

    /** Where a column or a line across both begins, a paragraph begins: a column's last line is not the next's. */
    @Override
    protected void startArticle(boolean isLeftToRight) throws IOException {
        endParagraph();
        super.startArticle(isLeftToRight);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.tick();
        if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name
                && getResources() != null && getResources().isImageXObject(name) && coversHalfThePage()) {
            pageImages.add(getCurrentPageNo());
        }
        super.processOperator(operator, operands);
    }

    /** Whether an image drawn now (into the unit square of the current matrix) covers half the page or more. */
    private boolean coversHalfThePage() {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        PDRectangle page = getCurrentPage().getCropBox();
        // The unit square's corners as drawn: x' = a x + c y + e, y' = b x + d y + f.
        double width = Math.abs(m.getScaleX()) + Math.abs(m.getShearX());
        double height = Math.abs(m.getShearY()) + Math.abs(m.getScaleY());
        double pageArea = (double) page.getWidth() * page.getHeight();
        return pageArea > 0 && Math.min(width, page.getWidth()) * Math.min(height, page.getHeight()) >= pageArea / 2;
    }

    /** PDFBox compares each glyph with the earlier ones of its page, so glyphs, not operators, can cost most. */
    @Override
    protected void processTextPosition(TextPosition text) {
        budget.tick();
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        textPositions.forEach(looks::add);
        writeString(text);
    }

    @Override
    protected void writeString(String text) {
        budget.addChars(text.length());
        line.append(PdfLineStarts.shown(text));
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endParagraph();
    }

    @Override
    protected void writeParagraphEnd() {
        endParagraph();
    }

    @Override
    protected void writeParagraphSeparator() {
        endParagraph();
    }

    @Override
    protected void writePageStart() {
        endParagraph();
        paragraphs = new ArrayList<>();
    }

    /** PDFBox calls this for every page it writes, also one without text (no start then). */
    @Override
    protected void writePageEnd() {
        endParagraph();
        if (!paragraphs.isEmpty()) {
            collected.add(new PdfPage(getCurrentPageNo(), paragraphs));
        }
        paragraphs = new ArrayList<>();
    }

    /**
     * A list item, a line in another type size or the text after a bold heading starts a paragraph of its own
     * ({@link PdfLineStarts}).
     */
    private void endLine() {
        String text = line.toString().strip();
        double size = looks.size();
        boolean bold = looks.bold();
        line.setLength(0);
        looks.clear();
        if (text.isEmpty()) {
            return;
        }
        if (PdfLineStarts.isListItem(text) || PdfLineStarts.startsNumberedItem(text, lines)
                || PdfLineStarts.newSize(lastLineSize, size)
                || PdfLineStarts.endsBoldHeading(lines, paragraphBold, bold, text)) {
            closeParagraph();
        } else if (lines.isEmpty() && continuesListItem(text, size)) {
            lines = paragraphs.remove(paragraphs.size() - 1);
        }
        paragraphBold = (lines.isEmpty() || paragraphBold) && bold;
        lines.add(text);
        lastLineSize = size;
    }

    /**
     * Whether a line PDFBox starts a paragraph with goes on with the list item before it: a list item's second line
     * stands left of its first (a hanging indent), which PDFBox takes for a new paragraph. It does when it begins in
     * lower case and in the item's type size.
     */
    private boolean continuesListItem(String line, double size) {
        return !paragraphs.isEmpty() && PdfLineStarts.isAnyItem(paragraphs.get(paragraphs.size() - 1).get(0))
                && Character.isLowerCase(line.codePointAt(0)) && !PdfLineStarts.newSize(closedLineSize, size);
    }

    private void endParagraph() {
        endLine();
        closeParagraph();
    }

    private void closeParagraph() {
        if (!lines.isEmpty()) {
            paragraphs.add(lines);
            lines = new ArrayList<>();
            closedLineSize = lastLineSize;
        }
        lastLineSize = 0;
    }

    private void enter(COSStream form) throws IOException {
        formDepth++;
        budget.checkFormDepth(formDepth);
        streams.chargeUse(form);
    }
}
