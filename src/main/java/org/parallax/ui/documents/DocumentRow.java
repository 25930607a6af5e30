package org.parallax.ui.documents;

import java.time.LocalDate;
import org.parallax.model.Document;

/** One line of the documents list: a document and how many passages are coded in it. */
public record DocumentRow(long id, String title, LocalDate date, String actor, String type, int passages,
                          Document document) {

    static DocumentRow of(Document d, int passages) {
        String title = d.title() == null || d.title().isBlank() ? d.sourceFile() : d.title();
        return new DocumentRow(d.id(), title, d.meta().date(), d.meta().actor(), d.meta().type().label(), passages, d);
    }

    /** True if every word of {@code filter} occurs in the title, actor, type or date, ignoring case. */
    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String haystack = (title + " " + (actor == null ? "" : actor) + " " + type + " "
                + (date == null ? "" : date)).toLowerCase();
        for (String word : filter.toLowerCase().trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
