package org.parallax.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

/**
 * Measures what every stream of a PDF decodes to, through its whole filter chain and with a bounded
 * decode, before PDFBox decodes any of them into memory, and remembers the sizes: drawing a stream
 * later charges its size again, so one stream shared by thousands of pages is counted each time.
 */
final class PdfStreamGuard {
    /**
     * Drawing a stream costs PDFBox more than its bytes (resources looked up, graphics state saved), so
     * each use is charged at least this much: a 6-byte form drawn a million times still spends 256 MB.
     */
    static final long MIN_USE_BYTES = 256;

    private final Map<COSStream, Long> sizes = new IdentityHashMap<>();
    private final ExtractionBudget budget;

    private PdfStreamGuard(ExtractionBudget budget) {
        this.budget = budget;
    }

    /**
     * Measures all streams except images (text extraction never decodes them); together they may
     * decode to the budget's byte limit, counted apart from what drawing them later costs.
     */
    static PdfStreamGuard measure(COSDocument document, ExtractionBudget budget) throws IOException {
        PdfStreamGuard guard = new PdfStreamGuard(budget);
        ExtractionBudget distinct = budget.sameClock();
        for (COSObjectKey key : inParsingOrder(document)) {
            COSBase object = document.getObjectFromPool(key).getObject();
            if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                guard.sizes.put(stream, PdfFilterChain.decodedLength(stream, distinct));
            }
        }
        return guard;
    }

    /** Charges the decoded size of a stream about to be processed, measuring it first if need be. */
    void chargeUse(COSStream stream) throws IOException {
        Long size = sizes.get(stream);
        if (size == null) {
            size = PdfFilterChain.decodedLength(stream, budget.sameClock());
            sizes.put(stream, size);
        }
        budget.addDecoded(Math.max(size, MIN_USE_BYTES));
    }

    /**
     * Objects stored inside compressed object streams come last: fetching one makes PDFBox decode its
     * object stream whole, which by then has been measured.
     */
    private static List<COSObjectKey> inParsingOrder(COSDocument document) {
        List<COSObjectKey> plain = new ArrayList<>();
        List<COSObjectKey> compressed = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            (entry.getValue() != null && entry.getValue() < 0 ? compressed : plain).add(entry.getKey());
        }
        plain.addAll(compressed);
        return plain;
    }
}
