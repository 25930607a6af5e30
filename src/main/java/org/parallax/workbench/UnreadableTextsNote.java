package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.search.SearchResult;

/**
 * The note a search answer carries when the project could not read the text of some matching documents (a damaged
 * page of its file): a researcher still gets the lines of every document that can be read, and is told in one line
 * which documents' hits are counted but not shown, and what to do (check the file, restore a backup). The window
 * and the command line show the answer's notes alike.
 */
final class UnreadableTextsNote {
    private UnreadableTextsNote() {
    }

    static SearchResult added(Project project, SearchResult result) {
        List<Long> ids = result.unreadableDocuments();
        if (ids.isEmpty()) {
            return result;
        }
        List<String> named = ids.stream().map(id -> {
            String title = project.documents.get(id).map(Document::title).map(t -> " “" + t + "”").orElse("");
            int hits = result.hitsPerDocument().getOrDefault(id, 0);
            return "document " + id + title + " (" + Counted.of(hits, "hit") + ")";
        }).toList();
        String which = ids.size() == 1 ? "the text of " + named.get(0) + " cannot be read"
                : "the texts of " + ids.size() + " documents cannot be read: " + String.join(", ", named);
        String file = String.valueOf(project.file());
        String restore = project.inTheWindow ? "restore a backup with File → Restore from backup…"
                : "restore a backup with: parallax restore " + file;
        return result.withNotes(List.of(which + ": the project file is damaged there, so " + (ids.size() == 1
                ? "its hits are" : "their hits are") + " counted but not shown; the other documents' lines are all "
                + "shown. See what is damaged with: parallax check " + file + "; " + restore));
    }
}
