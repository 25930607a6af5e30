package org.parallax.ui.lens;

import java.time.LocalDate;

/** An anchor example in the guide: the quoted passage, its document and date, and where to open it. */
public record AnchorRow(long documentId, int start, int end, String document, LocalDate date, String quote) {

    /** The line shown in the guide: the quote, then document and date. */
    public String label() {
        return "“" + quote + "” — " + document + (date == null ? "" : ", " + date);
    }

    @Override
    public String toString() {
        return label();
    }
}
