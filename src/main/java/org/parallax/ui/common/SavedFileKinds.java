package org.parallax.ui.common;

import java.util.Locale;
import java.util.Map;

/**
 * The name a save dialog gives the kind of file it writes, by the file's extension: what the file is, for a reader
 * who does not know the extensions ("PARALLAX files" said nothing).
 */
public final class SavedFileKinds {
    private static final Map<String, String> KINDS = Map.of("parallax", "Parallax project", "csv", "CSV table",
            "xlsx", "Excel workbook", "qdpx", "REFI-QDA project", "qdc", "REFI-QDA codebook", "json", "JSON file",
            "html", "Web page", "docx", "Word document", "png", "PNG image", "svg", "SVG image");

    private SavedFileKinds() {
    }

    /** The file-type filter's name, e.g. "Parallax project (*.parallax)". */
    public static String filterName(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        String kind = KINDS.getOrDefault(lower, lower.toUpperCase(Locale.ROOT) + " file");
        return kind + " (*." + lower + ")";
    }
}
