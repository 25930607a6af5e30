package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

/**
 * Measures what the Flate-compressed streams of a PDF unpack to, with a bounded read, before
 * PDFBox decodes them into memory: a few megabytes of zeros can otherwise fill the heap.
 */
final class PdfStreamGuard {
    private static final int BUFFER = 64 * 1024;

    private final ImportLimits limits;

    PdfStreamGuard(ImportLimits limits) {
        this.limits = limits;
    }

    void check(Path file, COSDocument document) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (COSObjectKey key : document.getXrefTable().keySet()) {
            COSBase object = document.getObjectFromPool(key).getObject();
            if (!(object instanceof COSStream stream)) {
                continue;
            }
            int flateLayers = leadingFlateFilters(stream.getFilters());
            if (flateLayers == 0) {
                continue;
            }
            try (InputStream in = inflated(stream.createRawInputStream(), flateLayers)) {
                for (int n = read(in, buffer); n > 0; n = read(in, buffer)) {
                    total += n;
                    if (total > limits.maxUnpackedBytes()) {
                        throw new ImportException(file, "PDF streams unpack to more than "
                                + Sizes.format(limits.maxUnpackedBytes()) + ", the import limit (zip bomb?)");
                    }
                }
            }
        }
    }

    /** Damaged streams are PDFBox's business later on; here only their size matters. */
    private static int read(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            return -1;
        }
    }

    private static InputStream inflated(InputStream raw, int layers) {
        InputStream in = raw;
        for (int i = 0; i < layers; i++) {
            in = new InflaterInputStream(in);
        }
        return in;
    }

    private static int leadingFlateFilters(COSBase filters) {
        if (isFlate(filters)) {
            return 1;
        }
        int count = 0;
        if (filters instanceof COSArray array) {
            while (count < array.size() && isFlate(array.getObject(count))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isFlate(COSBase filter) {
        return COSName.FLATE_DECODE.equals(filter) || COSName.FLATE_DECODE_ABBREVIATION.equals(filter);
    }
}
