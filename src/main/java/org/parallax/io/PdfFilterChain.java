package org.parallax.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Runs a PDF stream through its whole filter chain (ASCII85, LZW, Flate, … in any order) and counts
 * what comes out of every filter against the {@link ExtractionBudget}, keeping nothing of the final
 * output, so a decompression bomb is stopped after a bounded amount of work and memory.
 */
final class PdfFilterChain {
    /** Image codecs decode pixels, which text extraction never looks at; the chain stops before them. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);
    /** The bytes between two filters are held in memory; real files keep them below the file's size. */
    static final int MAX_INTERMEDIATE_BYTES = 32 << 20;
    private static final int BUFFER = 64 * 1024;

    private PdfFilterChain() {
    }

    /** The number of bytes the stream decodes to (up to the first image codec), charged to {@code budget}. */
    static long decodedLength(COSStream stream, ExtractionBudget budget) throws IOException {
        List<COSName> filters = textFilters(stream.getFilters());
        if (filters.isEmpty()) {
            long raw = stream.getLength();
            budget.addDecoded(raw);
            return raw;
        }
        InputStream input = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size() - 1; i++) {
                Capped stage = new Capped(budget, MAX_INTERMEDIATE_BYTES);
                decode(filters.get(i), input, stage, stream, i);
                input.close();
                input = new ByteArrayInputStream(stage.bytes.toByteArray());
            }
            Capped last = new Capped(budget, Long.MAX_VALUE);
            decode(filters.get(filters.size() - 1), input, last, stream, filters.size() - 1);
            return last.count;
        } finally {
            input.close();
        }
    }

    /** A damaged stream decodes to what came out before the damage, as PDFBox will decode it later. */
    private static void decode(COSName name, InputStream in, OutputStream out, COSStream stream, int index) {
        try {
            Filter filter = FilterFactory.INSTANCE.getFilter(name);
            filter.decode(in, out, stream, index);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException budgetExceeded) {
                throw budgetExceeded;
            }
        }
    }

    private static List<COSName> textFilters(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        int image = 0;
        while (image < names.size() && !IMAGE_FILTERS.contains(names.get(image))) {
            image++;
        }
        return names.subList(0, image);
    }

    /** Counts and charges every byte written; keeps them only when it is an intermediate stage. */
    private static final class Capped extends OutputStream {
        private final ExtractionBudget budget;
        private final long keepUpTo;
        private final ByteArrayOutputStream bytes;
        private long count;

        Capped(ExtractionBudget budget, long keepUpTo) {
            this.budget = budget;
            this.keepUpTo = keepUpTo;
            this.bytes = keepUpTo == Long.MAX_VALUE ? null : new ByteArrayOutputStream(BUFFER);
        }

        @Override
        public void write(int b) {
            charge(1);
            if (bytes != null) {
                bytes.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            charge(len);
            if (bytes != null) {
                bytes.write(b, off, len);
            }
        }

        private void charge(int len) {
            count += len;
            budget.addDecoded(len);
            if (count > keepUpTo) {
                throw budget.exceeded(Sizes.format(keepUpTo) + " between two filters of one stream");
            }
        }
    }
}
