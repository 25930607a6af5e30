package org.parallax.io;

import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The first page whose content stream PDFBox cannot read (a stream whose /Length refers to the stream itself, one
 * cut short). PDFBox reads such a page as blank, so a file of them was called "no extractable text (scanned PDF?)"
 * though its text is there, written where no reader can take it.
 */
final class PdfUnreadableContent {
    private PdfUnreadableContent() {
    }

    /** The page's number (from 1) and the object that cannot be read, as "page 1 (object 4)". */
    static Optional<String> first(PDDocument doc) {
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            COSBase contents = page.getCOSObject().getItem(COSName.CONTENTS);
            Optional<COSObject> unread = unread(contents);
            if (unread.isEmpty() && contents instanceof COSArray parts) {
                for (int i = 0; i < parts.size() && unread.isEmpty(); i++) {
                    unread = unread(parts.get(i));
                }
            }
            if (unread.isPresent()) {
                return Optional.of("page " + number + " (object " + unread.get().getObjectNumber() + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<COSObject> unread(COSBase item) {
        return item instanceof COSObject reference && reference.getObject() == null ? Optional.of(reference)
                : Optional.empty();
    }
}
