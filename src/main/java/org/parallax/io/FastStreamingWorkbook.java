package org.parallax.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.parallax.model.KilledWriters;

/**
 * POI's streaming workbook with {@link FastSheetDataWriter} for its sheets and the fastest deflate level for
 * the file: deflating the sheet XML at the default level took most of a 200,000-row export's time; level 1
 * takes a fraction of that for a file a quarter larger (docs/performance.md).
 */
final class FastStreamingWorkbook extends SXSSFWorkbook {
    static {
        useAFolderOfThisProgramsOwn();
        doWithoutTheFontSystem();
    }

    FastStreamingWorkbook(int rowsInMemory) {
        super(rowsInMemory);
    }

    /**
     * POI keeps the rows of each sheet in a file under one folder of the temporary folder for all, poifiles, made by
     * the first user who writes a workbook: on a computer shared by several users every other user's export was
     * refused ("AccessDeniedException: /tmp/poifiles/poi-sxssf-sheet….xml"). This program's sheets go into a folder
     * of its own, which only its user may read, removed as it ends (POI deletes each file once the workbook is
     * written).
     */
    private static void useAFolderOfThisProgramsOwn() {
        try {
            java.io.File own = KilledWriters.newFolder("parallax-sheets-").toFile();
            own.deleteOnExit();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(own));
        } catch (IOException e) {
            // the temporary folder cannot be written: the workbook then fails naming it, as any export there would
            System.getLogger(FastStreamingWorkbook.class.getName()).log(System.Logger.Level.WARNING,
                    "no folder of its own for the sheets being written", e);
        }
    }

    /**
     * Each sheet POI streams measures the width of a "0" in the workbook's font with AWT's font system, for column
     * widths sized to their contents, which Parallax never asks for (it sets its own). The installed program leaves
     * that font system's native libraries out (docs/install.md, step 3); with this setting POI takes a default width
     * when they are missing instead of failing the export. Where they are there (java -jar on a full JDK) it changes
     * nothing. Set before POI reads it, once, as its SheetUtil class is initialised by the first sheet.
     */
    private static void doWithoutTheFontSystem() {
        System.setProperty("org.apache.poi.ss.ignoreMissingFontSystem", "true");
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
