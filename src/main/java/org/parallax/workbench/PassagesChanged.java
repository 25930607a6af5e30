package org.parallax.workbench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Counted;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * What an undo or redo did to the coded passages: how many came back and how many went, in how many documents, and
 * the first of them (the lowest document id, then the earliest start; one that came back before one that went), for
 * the window to show where it happened. Undoing a merge or an auto-code run of hundreds of passages otherwise changed
 * the counts and left the researcher to find which texts had lost their highlights. {@code gone}: how many it was to
 * take out were gone already (another window, program or member removed them), which it said nothing of.
 */
public record PassagesChanged(int added, int removed, int documents, Segment first, int gone) {

    /** The one sentence the status bar adds to a step of several passages, e.g. "12 passages back in 3 documents". */
    public String sentence() {
        return changes() + (gone == 0 ? "" : "; " + (gone == 1 ? "1 other was" : Counted.grouped(gone) + " others were")
                + " gone already, removed in another window or program or by another member");
    }

    private String changes() {
        String in = Counted.of(documents, "document");
        if (removed == 0) {
            return Counted.of(added, "passage") + " back in " + in;
        }
        if (added == 0) {
            return Counted.of(removed, "passage") + " taken out of " + in;
        }
        return Counted.of(added, "passage") + " back and " + Counted.grouped(removed) + " taken out, in " + in;
    }

    /** Whether the status bar should say {@link #sentence()}: the step changed more than one passage, or found some gone. */
    public boolean worthSaying() {
        return added + removed > 1 || gone > 0;
    }

    /** Counts the passages of one step as its parts write them; {@link #result()} is null when none changed. */
    static final class Tally {
        private final Set<Long> documents = new HashSet<>();
        private int added;
        private int removed;
        private int gone;
        private Segment first;
        private boolean firstAdded;

        /** Counts {@code passages}, which the step put back ({@code add}) or took out. */
        Tally count(List<Segment> passages, boolean add) {
            int n = passages.size();
            if (add) {
                added += n;
            } else {
                removed += n;
            }
            SegmentColumns columns = passages instanceof SegmentColumns c ? c : null;
            int best = -1;
            long bestDocument = 0;
            int bestStart = 0;
            for (int i = 0; i < n; i++) {
                // Read column by column where there are columns: a batch of a million passages is no million objects.
                long document = columns != null ? columns.documentId(i) : passages.get(i).documentId();
                int start = columns != null ? columns.start(i) : passages.get(i).start();
                documents.add(document);
                if (best < 0 || document < bestDocument || (document == bestDocument && start < bestStart)) {
                    best = i;
                    bestDocument = document;
                    bestStart = start;
                }
            }
            boolean before = first == null || (add && !firstAdded) || (add == firstAdded
                    && (bestDocument < first.documentId()
                    || (bestDocument == first.documentId() && bestStart < first.start())));
            if (best >= 0 && before) {
                first = passages.get(best);
                firstAdded = add;
            }
            return this;
        }

        /** Counts {@code count} passages the step was to take out and found gone already. */
        void gone(int count) {
            gone += count;
        }

        PassagesChanged result() {
            return first == null ? null : new PassagesChanged(added, removed, documents.size(), first, gone);
        }
    }
}
