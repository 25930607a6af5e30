package org.parallax.workbench;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;

/**
 * One memo as an import leaves it, gathered in memory and written once: the memo that was here, and the texts the
 * import adds after it, each once and within {@link Memos#MAX_LENGTH}.
 */
final class MemoDraft {
    private final String before;
    private final StringBuilder text;
    private final Set<String> added = new HashSet<>();
    long authorId;
    int leftOut;
    private String author;
    private Instant created;
    /** Who last changed the one text the import adds, and when, as the file says (null: not said). */
    private String editor;
    private Instant modified;

    MemoDraft(String before) {
        this.before = before;
        this.text = new StringBuilder(before == null ? "" : before);
    }

    /**
     * Whether the memo says this already: the memo that was here holds it, or the import added it. Texts added are
     * compared whole, not searched in the growing memo, which would take time growing with its square.
     */
    boolean holds(String part) {
        String stripped = part.strip();
        return added.contains(stripped) || before != null && before.contains(stripped);
    }

    boolean fits(String part) {
        return text.length() + (text.isEmpty() ? 0 : 2) + part.length() <= Memos.MAX_LENGTH;
    }

    void add(String part, long authorId, String author, Instant when) {
        text.append(text.isEmpty() ? "" : "\n\n").append(part);
        added.add(part.strip());
        this.authorId = authorId;
        this.author = author;
        created = when;
        editor = null;
        modified = null;
    }

    /** The text just added was last changed by {@code editor} at {@code when} (null: not said), as its file says. */
    void modifiedBy(String editor, Instant when) {
        this.editor = editor;
        this.modified = when;
    }

    boolean changed() {
        return !added.isEmpty();
    }

    String text() {
        return text.toString();
    }

    /** A memo made of one imported text keeps that text's time; one the import changed or joined is stamped now. */
    Instant when(Instant now) {
        return oneText() && created != null ? created : now;
    }

    /**
     * A new memo made of one imported text that the file says another user changed later: as the file has it, written
     * by its author and last edited by that user at the file's times, so the byline and dates are theirs, not the
     * importer's. Empty otherwise (the memo is saved as its author's).
     */
    Optional<Memo> asWritten(MemoTarget target) {
        if (!oneText() || created == null || editor == null) {
            return Optional.empty();
        }
        Instant changed = modified != null && !modified.isBefore(created) ? modified : created;
        return Optional.of(new Memo(0, target, text(), author, created, changed, 0, editor));
    }

    private boolean oneText() {
        return before == null && added.size() == 1;
    }
}
