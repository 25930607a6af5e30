package org.parallax.ui.passages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parallax.model.Counted;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.Workbench;

/**
 * Passages as a researcher quotes them in a paper: each one's whole text, as stored (the lists cut long quotes and join
 * their lines), then its document, code and coder; passages apart by a blank line. Lines end in a line feed, as in
 * the stored text the quotes hold.
 */
public final class PassageQuotes {
    private PassageQuotes() {
    }

    /**
     * What a copy holds at most: the clipboard is memory, and the Total of a large project lists hundreds of
     * thousands of passages, tens of megabytes of text; the export writes them all.
     */
    static final int MOST_CHARACTERS = 4_000_000;

    /** Reads the passages' texts in the background and hands the quotes to {@code copied} on the UI thread. */
    public static void copy(ProjectContext context, List<PassageRow> rows, Consumer<String> copied) {
        if (rows.isEmpty()) {
            return;
        }
        List<PassageRow> chosen = List.copyOf(rows);
        context.read(wb -> of(wb, chosen, MOST_CHARACTERS), copied);
    }

    /** The quotes, up to {@code most} characters of them, then a line saying how many passages were left out. */
    static String of(Workbench wb, List<PassageRow> rows, int most) {
        Map<Long, String> texts = new HashMap<>();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (PassageRow row : rows) {
            String text = texts.computeIfAbsent(row.segment().documentId(), id -> wb.documents().text(id));
            int end = Math.min(row.segment().end(), text.length());
            String quote = text.substring(Math.min(row.segment().start(), end), end);
            String source = "— " + row.document() + " (" + row.code() + ", " + row.coder() + ")";
            if (copied > 0 && out.length() + quote.length() + source.length() > most) {
                out.append("\n\n[").append(Counted.of(rows.size() - copied, "more passage"))
                        .append(" not copied: a copy holds a few megabytes; File → Export → Passages CSV… has them all]");
                break;
            }
            if (copied > 0) {
                out.append("\n\n");
            }
            out.append('“').append(quote).append("”\n").append(source);
            copied++;
        }
        return out.toString();
    }
}
