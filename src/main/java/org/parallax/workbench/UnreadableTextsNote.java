package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.search.SearchResult;

/**
 * The notes a search answer carries when the project could not read the text of some documents (a damaged page of
 * its file): a researcher still gets the lines of every document that can be read, and is told in one line which
 * documents' hits are counted but not shown (the index held them from before the damage), in another which documents
 * were not searched at all (their text could not be read to index them), and what to do (check the file, restore a
 * backup). The window and the command line show the answer's notes alike.
 */
final class UnreadableTextsNote {
    private UnreadableTextsNote() {
    }

    static SearchResult added(Project project, SearchResult result) {
        return notSearchedAdded(project, unshownAdded(project, result));
    }

    /** Names the matching documents whose hits the index counts but whose lines cannot be cut from their text. */
    private static SearchResult unshownAdded(Project project, SearchResult result) {
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
        return result.withNotes(List.of(which + ": the project file is damaged there, so " + (ids.size() == 1
                ? "its hits are" : "their hits are") + " counted but not shown; the other documents' lines are all "
                + "shown. " + whatToDo(project)));
    }

    /**
     * Names the documents the index lacks because their text could not be read when it was built: the search could
     * not look into them at all, so their hits are neither counted nor shown.
     */
    private static SearchResult notSearchedAdded(Project project, SearchResult result) {
        List<String> named = project.indexCatchUp.unindexed.list().stream()
                .filter(id -> !result.unreadableDocuments().contains(id))
                .flatMap(id -> project.documents.get(id).stream())
                .map(d -> "document " + d.id() + " “" + d.title() + "”").toList();
        if (named.isEmpty()) {
            return result;
        }
        String which = named.size() == 1 ? named.get(0) + " was not searched: its text cannot be read"
                : named.size() + " documents were not searched, their texts cannot be read: " + String.join(", ", named);
        return result.withNotes(List.of(which + " (the project file is damaged there), so any hits in "
                + (named.size() == 1 ? "it" : "them") + " are neither counted nor shown; the other documents were all "
                + "searched. " + whatToDo(project)));
    }

    private static String whatToDo(Project project) {
        String file = String.valueOf(project.file());
        String restore = project.inTheWindow ? "restore a backup with File → Restore from backup…"
                : "restore a backup with: parallax restore " + file;
        return "See what is damaged with: parallax check " + file + "; " + restore;
    }
}
