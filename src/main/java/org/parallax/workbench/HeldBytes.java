package org.parallax.workbench;

import java.util.Collection;
import org.parallax.model.Memo;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/** What a step of the undo history holds, about, in bytes ({@link Edit#heldBytes}). */
final class HeldBytes {
    /** A provenance record as columns: its id, its shared line's number and its confidence. */
    private static final long PROVENANCE = 24;
    /** An object with a few fields and a map entry or list slot pointing at it. */
    private static final long OBJECT = 64;
    /** A passage as an object (eight fields), its time and the list slot pointing at it. */
    private static final long SEGMENT = 104;

    private HeldBytes() {
    }

    /** Passages as columns: about 48 bytes a passage (none: 0). */
    static long of(SegmentColumns passages) {
        return passages == null ? 0 : 48L * passages.size();
    }

    /**
     * Passages as objects: each {@code Segment} with its time (an {@code Instant}) and a list slot, about 100 bytes,
     * and its memo's text.
     */
    static long ofSegments(Collection<Segment> passages) {
        long bytes = 0;
        for (Segment s : passages) {
            bytes += SEGMENT + text(s.memo());
        }
        return bytes;
    }

    static long ofMemos(Collection<Memo> memos) {
        long bytes = 0;
        for (Memo m : memos) {
            bytes += OBJECT + text(m.text());
        }
        return bytes;
    }

    static long ofTexts(Collection<String> texts) {
        long bytes = 0;
        for (String text : texts) {
            bytes += OBJECT + text(text);
        }
        return bytes;
    }

    static long ofProvenance(int records) {
        return PROVENANCE * records;
    }

    private static long text(String text) {
        return text == null ? 0 : 2L * text.length();
    }
}
