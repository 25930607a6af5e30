package org.parallax.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.CausalEvent;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.store.StaleEditException;

/**
 * Undo of a merge: another coder's passages, the codes that had to be created for them and the events a REFI-QDA file
 * brought, added to the project in one action. Revert removes them all; apply puts the passages and codes back with
 * the same ids, and the events as they were (events are known by date and label: nothing points at their ids).
 *
 * <p>The passages are held only while they are out of the project: the edit keeps their ids as runs and reads them
 * back, with their memos, when undo takes them out. A copy kept for undo was a {@link Segment} per passage for as
 * long as the project stayed open: 64 MB after merging a second coder's 1,000,000 passages, part of what made
 * {@code bench --scale 10} run out of a 512 MiB heap (docs/performance.md, issue 18).
 */
final class AddedCodingEdit extends EditOfPassages {
    private final Project project;
    private final PassageIds ids;
    private final List<Code> created;
    /** The events the merge added, as they are in the project now (new ids after each redo). */
    private List<CausalEvent> events;
    /** The passages as undo took them out, to put back; null while they are in the project. */
    private SegmentColumns removed;
    /** The assistant's provenance of those passages, which goes with them when undo takes them out. */
    private List<Provenance> removedProvenance = List.of();
    /**
     * The highest memo id once the passages went in (with the memos they brought), and when: a memo of theirs above
     * it, or one changed after then, is someone's later work, which undo would delete with the passage. (A memo's
     * version does not tell: an import puts some back as their writer left them, versions and all.)
     */
    private long memosUpTo;
    private Instant memosAsOf;

    AddedCodingEdit(Project project, String label, List<Segment> added, List<Code> created) {
        this(project, label, PassageIds.of(added), created);
    }

    AddedCodingEdit(Project project, String label, List<Segment> added, List<Code> created,
                    List<CausalEvent> events) {
        this(project, label, PassageIds.of(added), created, events);
    }

    AddedCodingEdit(Project project, String label, PassageIds added, List<Code> created) {
        this(project, label, added, created, List.of());
    }

    private AddedCodingEdit(Project project, String label, PassageIds added, List<Code> created,
                            List<CausalEvent> events) {
        super(label);
        this.project = project;
        this.ids = added;
        this.created = List.copyOf(created);
        this.events = List.copyOf(events);
        // Read just after the merge committed: a memo written in the moment between is taken for the merge's.
        this.memosUpTo = project.memos.highestId();
        this.memosAsOf = project.now();
    }

    @Override
    public void apply() {
        events = project.store.write(() -> {
            created.forEach(code -> project.codebook.insertCode(code, true));
            if (removed != null) {
                project.segments.restoreAll(removed);
                project.provenance.saveAll(removedProvenance);
                memosUpTo = project.memos.highestId();
                memosAsOf = project.now();
            }
            return removed == null ? events : events.stream()
                    .map(e -> project.tracing.addEvent(e.date(), e.label(), e.description())).toList();
        });
        changedNow(removed == null ? null : new PassagesChanged.Tally().count(removed, true).result());
        // Back in the project (committed): read again from the store if undo takes them out again.
        removed = null;
        removedProvenance = List.of();
        changed();
    }

    @Override
    public void revert() {
        SegmentColumns[] out = new SegmentColumns[1];
        List<Provenance> provenance = new ArrayList<>();
        project.store.write(() -> {
            // Read inside the transaction that deletes them, so what is put back is what was taken out.
            out[0] = project.segments.inIdRanges(ids.firsts(), ids.lasts());
            requireNoLaterMemos(PassagesEdit.memosOf(project, out[0]));
            // Read again when the server runs the transaction again, not added to the failed try's.
            provenance.clear();
            provenance.addAll(project.provenance.of(ids.asList()));
            project.segments.deleteAll(ids.asList());
            created.forEach(code -> project.codebook.deleteCode(code.id()));
            events.forEach(event -> project.tracing.deleteEvent(event.id()));
            return null;
        });
        removed = out[0];
        removedProvenance = provenance;
        changedNow(new PassagesChanged.Tally().count(removed, false).result());
        changed();
    }

    /**
     * Refuses, in one line naming the first passage and who, when a memo of the passages was written or changed since
     * they went in: taking them out would delete it.
     */
    private void requireNoLaterMemos(List<Memo> memos) {
        List<String> later = new ArrayList<>();
        for (Memo memo : memos) {
            String who = memo.lastEditedBy() == null ? "another window or program" : memo.lastEditedBy();
            if (memo.id() > memosUpTo) {
                later.add("Passage " + memo.target().id() + " gained a memo by " + who);
            } else if (memo.modified().isAfter(memosAsOf)) {
                later.add("The memo of passage " + memo.target().id() + " was changed by " + who);
            }
        }
        if (!later.isEmpty()) {
            String more = later.size() == 1 ? "" : " (and " + (later.size() - 1) + " more of its passages were "
                    + "changed since)";
            throw new StaleEditException(later.get(0) + " since the merge" + more
                    + "; undoing the merge would delete that");
        }
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
