package org.parallax.ui.coding;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Segment;

/**
 * The passage after or before a place in the text, in text order (by start, then end): what F8 and Shift+F8 go to,
 * so the keyboard reads a transcript passage by passage. Passages over the same words (two codes) count as one stop.
 */
final class PassageSteps {
    private static final Comparator<Segment> TEXT_ORDER = Comparator.comparingInt(Segment::start)
            .thenComparingInt(Segment::end).thenComparingLong(Segment::id);

    private PassageSteps() {
    }

    /** The first passage after {@code at} (a caret or a selection), or the last one before it. */
    static Optional<Segment> from(List<Segment> passages, TextRange at, boolean forward) {
        List<Segment> ordered = passages.stream().sorted(TEXT_ORDER).toList();
        Segment found = null;
        for (Segment s : ordered) {
            int order = s.start() != at.start() ? Integer.compare(s.start(), at.start())
                    : Integer.compare(s.end(), at.end());
            if (forward && order > 0) {
                return Optional.of(s);
            }
            if (!forward && order < 0) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }
}
