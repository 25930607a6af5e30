package org.parallax.workbench;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

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
    private Instant created;

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

    void add(String part, long author, Instant when) {
        text.append(text.isEmpty() ? "" : "\n\n").append(part);
        added.add(part.strip());
        authorId = author;
        created = when;
    }

    boolean changed() {
        return !added.isEmpty();
    }

    String text() {
        return text.toString();
    }

    /** A memo made of one imported text keeps that text's time; one the import changed or joined is stamped now. */
    Instant when(Instant now) {
        return before == null && added.size() == 1 && created != null ? created : now;
    }
}
