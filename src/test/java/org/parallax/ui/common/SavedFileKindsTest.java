package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The save dialog's file type read "PARALLAX files", "QDPX files", "CSV files": the extension in capitals, which a
 * newcomer cannot read as what the file is. Each kind the window saves is now named with its extension after it.
 */
class SavedFileKindsTest {
    @Test
    void eachKindTheWindowSavesIsNamedForWhatItIs() {
        assertThat(SavedFileKinds.filterName("parallax")).isEqualTo("Parallax project (*.parallax)");
        assertThat(SavedFileKinds.filterName("csv")).isEqualTo("CSV table (*.csv)");
        assertThat(SavedFileKinds.filterName("xlsx")).isEqualTo("Excel workbook (*.xlsx)");
        assertThat(SavedFileKinds.filterName("qdpx")).isEqualTo("REFI-QDA project (*.qdpx)");
        assertThat(SavedFileKinds.filterName("qdc")).isEqualTo("REFI-QDA codebook (*.qdc)");
        assertThat(SavedFileKinds.filterName("json")).isEqualTo("JSON file (*.json)");
        assertThat(SavedFileKinds.filterName("html")).isEqualTo("Web page (*.html)");
        assertThat(SavedFileKinds.filterName("docx")).isEqualTo("Word document (*.docx)");
        assertThat(SavedFileKinds.filterName("png")).isEqualTo("PNG image (*.png)");
        assertThat(SavedFileKinds.filterName("svg")).isEqualTo("SVG image (*.svg)");
    }

    @Test
    void anotherKindIsNamedByItsExtension() {
        assertThat(SavedFileKinds.filterName("tsv")).isEqualTo("TSV file (*.tsv)");
    }
}
