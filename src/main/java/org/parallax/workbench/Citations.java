package org.parallax.workbench;

import org.parallax.io.SegmentRow;
import org.parallax.model.DocumentType;

/** How reports cite a passage: its document (title, date, actor, type) and its place (characters, coder). */
final class Citations {
    private Citations() {
    }

    /** "Title (2014-09-05; NATO; declaration)", leaving out what is not known. */
    static String document(SegmentRow row) {
        StringBuilder details = new StringBuilder();
        add(details, row.date() == null ? null : row.date().toString());
        add(details, row.actor());
        add(details, row.type() == null || row.type() == DocumentType.OTHER ? null : row.type().label());
        String title = row.title() == null || row.title().isBlank() ? "Document " + row.documentId() : row.title();
        return details.isEmpty() ? title : title + " (" + details + ")";
    }

    /** "characters 120–245, coded by Anna" (offsets in UTF-16 units of the stored text, docs/offsets.md). */
    static String place(SegmentRow row) {
        return "characters " + row.start() + "–" + row.end() + (row.coder() == null ? "" : ", coded by " + row.coder());
    }

    private static void add(StringBuilder out, String part) {
        if (part != null && !part.isBlank()) {
            out.append(out.isEmpty() ? "" : "; ").append(part.strip());
        }
    }
}
