package org.parallax.ui.passages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

    /** Reads the passages' texts in the background and hands the quotes to {@code copied} on the UI thread. */
    public static void copy(ProjectContext context, List<PassageRow> rows, Consumer<String> copied) {
        if (rows.isEmpty()) {
            return;
        }
        List<PassageRow> chosen = List.copyOf(rows);
        context.read(wb -> of(wb, chosen), copied);
    }

    static String of(Workbench wb, List<PassageRow> rows) {
        Map<Long, String> texts = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (PassageRow row : rows) {
            long document = row.segment().documentId();
            String text = texts.computeIfAbsent(document, id -> wb.documents().text(id));
            int end = Math.min(row.segment().end(), text.length());
            String quote = text.substring(Math.min(row.segment().start(), end), end);
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append('“').append(quote).append("”\n")
                    .append("— ").append(row.document()).append(" (").append(row.code()).append(", ").append(row.coder())
                    .append(')');
        }
        return out.toString();
    }
}
