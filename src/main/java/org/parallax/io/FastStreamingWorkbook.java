package org.parallax.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook with {@link FastSheetDataWriter} for its sheets and the fastest deflate level for
 * the file: deflating the sheet XML at the default level took most of a 200,000-row export's time; level 1
 * takes a fraction of that for a file a quarter larger (docs/performance.md).
 */
final class FastStreamingWorkbook extends SXSSFWorkbook {
    FastStreamingWorkbook(int rowsInMemory) {
        super(rowsInMemory);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new FastSheetDataWriter(getSharedStringSource());
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
