package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.CausalEvent;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * Undo of a merge: another coder's passages, the codes that had to be created for them and the events a REFI-QDA file
 * brought, added to the project in one action. Revert removes them all; apply puts the passages and codes back with
 * the same ids, and the events as they were (events are known by date and label: nothing points at their ids).
 *
 * <p>The passages are held only while they are out of the project: the edit keeps their ids as runs and reads them
 * back, with their memos, when undo takes them out. A copy kept for undo was a {@link Segment} per passage for as
 * long as the project stayed open: 64 MB after merging a second coder's 1,000,000 passages, part of what made
 * {@code bench --scale 10} run out of a 512 MiB heap (docs/performance.md, issue 18). What undo checks them against
 * ({@link PassagesAsPutIn}) is one code when they share one, else 16 bytes a passage, and the memo texts they brought.
 */
final class AddedCodingEdit extends EditOfPassages {
    private static final String SINCE = "since the merge";
    private static final String LOSS = "undoing the merge would delete that";
    private final Project project;
    private final PassageIds ids;
    private final List<Code> created;
    /** The events the merge added, as they are in the project now (new ids after each redo). */
    private List<CausalEvent> events;
    /** The passages as undo took them out, to put back; null while they are in the project. */
    private SegmentColumns removed;
    /** Their memos as undo took them out (writer, last editor, dates), put back as they were by redo. */
    private List<Memo> removedMemos = List.of();
    /** The assistant's provenance of those passages, which goes with them when undo takes them out. */
    private List<Provenance> removedProvenance = List.of();
    /**
     * The passages' codes and memos as the merge (or redo) left them, read in its transaction: undo refuses to take out
     * a passage someone recoded or wrote on since. Read after the commit, a memo another member wrote in between was
     * taken for the merge's and deleted with its passage.
     */
    private PassagesAsPutIn putIn;

    AddedCodingEdit(Project project, String label, PassageIds added, List<Code> created, List<CausalEvent> events,
                    PassagesAsPutIn putIn) {
        super(label);
        this.project = project;
        this.ids = added;
        this.created = List.copyOf(created);
        this.events = List.copyOf(events);
        this.putIn = putIn;
    }

    /** The merged passages {@code added} as they are now: to be called in the transaction that put them in. */
    static PassagesAsPutIn asPutIn(Project project, PassageIds added) {
        return PassagesAsPutIn.of(project.segments.inIdRanges(added.firsts(), added.lasts()), SINCE, LOSS);
    }

    /** The merged passages as {@code collector} gathered them while they were put in, in the same transaction. */
    static PassagesAsPutIn asPutIn(PassagesAsPutIn.Collector collector) {
        return collector.done(SINCE, LOSS);
    }

    @Override
    public void apply() {
        PassagesAsPutIn[] back = new PassagesAsPutIn[1];
        events = project.store.write(() -> {
            created.forEach(code -> project.codebook.insertCode(code, true));
            if (removed != null) {
                project.segments.restoreAll(removed);
                // The passage alone brings its memo back as its coder's, dated like the passage: put back as written.
                removedMemos.forEach(m -> project.memos.restore(m.target(), m));
                project.provenance.saveAll(removedProvenance);
                back[0] = asPutIn(project, ids);
            }
            return removed == null ? events : events.stream()
                    .map(e -> project.tracing.addEvent(e.date(), e.label(), e.description())).toList();
        });
        changedNow(removed == null ? null : new PassagesChanged.Tally().count(removed, true).result());
        // Back in the project (committed): read again from the store if undo takes them out again.
        if (removed != null) {
            putIn = back[0];
        }
        removed = null;
        removedMemos = List.of();
        removedProvenance = List.of();
        changed();
    }

    @Override
    public void revert() {
        SegmentColumns[] out = new SegmentColumns[1];
        List<Memo> memos = new ArrayList<>();
        List<Provenance> provenance = new ArrayList<>();
        project.store.write(() -> {
            // Read inside the transaction that deletes them, so what is put back is what was taken out; read and
            // checked again when the server runs the transaction again, not added to the failed try's.
            out[0] = project.segments.inIdRanges(ids.firsts(), ids.lasts());
            memos.clear();
            memos.addAll(PassagesEdit.memosOf(project, out[0]));
            putIn.requireUnchanged(project, out[0], memos);
            provenance.clear();
            provenance.addAll(project.provenance.of(ids.asList()));
            project.segments.deleteAll(ids.asList());
            created.forEach(code -> project.codebook.deleteCode(code.id()));
            events.forEach(event -> project.tracing.deleteEvent(event.id()));
            return null;
        });
        removed = out[0];
        removedMemos = List.copyOf(memos);
        removedProvenance = provenance;
        changedNow(new PassagesChanged.Tally().count(removed, false).result());
        changed();
    }

    @Override
    public long heldBytes() {
        return ids.heldBytes() + (putIn == null ? 0 : putIn.heldBytes()) + HeldBytes.of(removed)
                + HeldBytes.ofMemos(removedMemos) + HeldBytes.ofProvenance(removedProvenance.size());
    }

    private void changed() {
        project.segmentCache.invalidate();
        project.fire(ProjectEvent.CODEBOOK);
        project.fire(ProjectEvent.SEGMENTS);
        if (!events.isEmpty()) {
            project.fire(ProjectEvent.TRACING);
        }
    }
}
