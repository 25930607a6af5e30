package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * A workbook's shared strings as POI's read-only table reads them, each decoded once however many cells show it: POI
 * builds an object of XML beans for every cell that shows one (2 GB allocated to read 100,000 highlights). A cell's
 * reference past the strings is said in words, where POI's message would list every string. The strings' text is
 * charged to the sheet's budget as it is parsed, so a part expanding to hundreds of megabytes of text is refused before
 * it is held.
 */
final class XlsxSharedStrings extends ReadOnlySharedStringsTable {
    private final ExtractionBudget budget;
    private int items;
    private boolean inText;
    private RichTextString[] decoded;

    XlsxSharedStrings(OPCPackage pkg, ExtractionBudget budget) throws IOException, SAXException {
        // An empty stream reads nothing: the part is read below, once the budget is there to charge.
        super(InputStream.nullInputStream(), false);
        this.budget = budget;
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream part = parts.get(0).getInputStream()) {
                readFrom(part);
            }
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes)
            throws SAXException {
        super.startElement(uri, localName, qName, attributes);
        inText |= spreadsheet(uri) && "t".equals(localName);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if (spreadsheet(uri) && "si".equals(localName)) {
            items++;
        }
        inText &= !(spreadsheet(uri) && "t".equals(localName));
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText) {
            budget.addChars(length);
            budget.tick();
        }
        super.characters(ch, start, length);
    }

    private static boolean spreadsheet(String uri) {
        return uri == null || uri.equals(XSSFRelation.NS_SPREADSHEETML);
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= items) {
            throw new IllegalStateException("a cell refers to string " + index + " of the shared strings, which hold "
                    + items);
        }
        if (decoded == null) {
            decoded = new RichTextString[items];
        }
        if (decoded[index] == null) {
            decoded[index] = new Plain(super.getItemAt(index).getString());
        }
        return decoded[index];
    }

    /** A string without formatting, which is all a reader of the sheet's text asks of it. */
    private record Plain(String getString) implements RichTextString {
        @Override
        public String toString() {
            return getString;
        }

        @Override
        public int length() {
            return getString.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int start, int end, short font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(int start, int end, Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(short font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("read only");
        }
    }
}
