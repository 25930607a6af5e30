package org.parallax.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why POI would not open a zip archive as an Office package, in the project's words: POI's own ("The part
 * /word/document.xml does not have any content type ! Rule: Package require content types when retrieving a part
 * from a package. [M.1.14]") name the standard's rules, not what a researcher can do about the file.
 */
final class OfficePackageRefusal {
    private static final Pattern PART_WITHOUT_TYPE = Pattern.compile("The part (\\S+) does not have any content type");

    private OfficePackageRefusal() {
    }

    /** The reason for a {@code kind} file ("Word") POI refused with {@code e}. */
    static String reason(Exception e, String kind) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher part = PART_WITHOUT_TYPE.matcher(message);
        if (part.find()) {
            return "its part " + part.group(1).replaceFirst("^/", "") + " is not listed in [Content_Types].xml, the "
                    + "archive's list of its parts, so " + kind + " would not open it either";
        }
        if (message.contains("content type part")) {
            return "it has no [Content_Types].xml, the list of its parts every " + kind + " file holds";
        }
        if (message.contains("OLE2")) {
            return "an older binary Office file with a new name; save it from " + kind + " in the current format";
        }
        if (message.contains("raw XML")) {
            return "an XML file, not a zip archive; save it from " + kind + " in the current format";
        }
        if (message.contains("ODF")) {
            return "an OpenDocument file; give it its own extension (.odt) to import it";
        }
        if (message.contains("No valid entries")) {
            return "a zip archive holding no " + kind + " document";
        }
        return "a zip archive whose parts are not laid out as a " + kind + " file's are";
    }
}
