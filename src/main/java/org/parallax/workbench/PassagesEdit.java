package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Counted;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * Adding or removing a set of segments; undo does the opposite, keeping their ids, memos and provenance as they
 * were. The passages are held only while they are out of the project: an edit that added them keeps their ids
 * and reads them back, with their memos and provenance, when undo takes them out (a batch of 2,000,000 passages
 * held as a copy for undo was 96 MB of a 512 MB heap; docs/performance.md, issue 18).
 */
final class PassagesEdit extends EditOfPassages implements PassagesEditPart {
    /** Passages whose ids are deleted, or whose provenance is read, at once when a run replaces its layer. */
    static final int CHUNK = 20_000;
    private final Project project;
    private final PassageIds ids;
    private final boolean added;
    /** The passages as they were when taken out, to put back; null while they are in the project. */
    private Removed removed;
    /** Their codes and memos as this edit put them in; null while they are out of the project. */
    private PassagesAsPutIn putIn;
    /** How many of the passages the last take-out found gone already (removed by another window or program). */
    private int gone;

    PassagesEdit(Project project, String label, List<Segment> segments, boolean added) {
        super(label);
        this.project = project;
        this.ids = PassageIds.of(segments);
        this.added = added;
        this.removed = added ? null : removed(segments);
        this.putIn = added ? asPutIn(segments) : null;
    }

    @Override
    public void apply() {
        changedNow(change(project, added));
    }

    @Override
    public void revert() {
        changedNow(change(project, !added));
    }

    @Override
    public void tally(PassagesChanged.Tally tally, boolean add) {
        // Both ways the passages are in hand until the cache takes them: put back from, or just read into, removed.
        tally.count(removed.segments(), add);
        if (!add) {
            tally.gone(gone);
        }
    }

    @Override
    public String allGone() {
        if (ids.size() == 0 || gone < ids.size()) {
            return null;
        }
        String nothing = ", in another window or program or by another member, so nothing was "
                + (added ? "undone" : "redone");
        return ids.size() == 1 ? "Passage " + ids.firsts()[0] + " was removed since " + (added ? "it was coded"
                : "undo put it back") + nothing
                : "All " + Counted.grouped(ids.size()) + " passages of this step were removed since " + (added
                ? "they were coded" : "undo put them back") + nothing;
    }

    @Override
    public void write(boolean add) {
        gone = 0;
        if (add) {
            project.segments.restoreAll(removed.segments());
            removed.memos().forEach(m -> project.memos.restore(m.target(), m));
            project.provenance.saveAll(removed.provenance());
        } else {
            if (putIn != null) {
                // Read inside the transaction that deletes them, so what is put back is what was taken out; read and
                // checked again when the server runs the transaction again (another member's memo, committed while
                // the delete waited for it, fails it to serialize): kept from the failed try, the check was skipped
                // and the delete took that memo with the passage.
                Removed now = removed(project.segments.inIdRanges(ids.firsts(), ids.lasts()));
                putIn.requireUnchanged(project, now.segments(), now.memos());
                gone = ids.size() - now.segments().size();
                removed = now;
            }
            project.segments.deleteAll(ids.asList());
        }
    }

    @Override
    public void cache(boolean add) {
        if (add) {
            project.segmentCache.added(removed.segments());
            // Back in the project (committed): read again from the store if taken out again.
            putIn = asPutIn(removed.segments());
            removed = null;
        } else {
            project.segmentCache.removed(ids.asList());
            putIn = null;
        }
    }

    @Override
    public long heldBytes() {
        return ids.heldBytes() + (putIn == null ? 0 : putIn.heldBytes()) + (removed == null ? 0
                : HeldBytes.of(removed.segments()) + HeldBytes.ofMemos(removed.memos())
                + HeldBytes.ofProvenance(removed.provenance().size()));
    }

    /** What taking the passages out checks: nobody recoded them or wrote on their memos since they went in. */
    private PassagesAsPutIn asPutIn(List<Segment> segments) {
        return added ? PassagesAsPutIn.of(segments, "since it was coded", "undoing the coding would delete that")
                : PassagesAsPutIn.of(segments, "since undo put it back", "removing it again would delete that");
    }

    /** Passages taken out, with what undo puts back with them. */
    private record Removed(SegmentColumns segments, List<Memo> memos, List<Provenance> provenance) {
    }

    /** The passages (as columns: 48 bytes a passage, not a Segment each) with their memos and provenance now. */
    private Removed removed(List<Segment> segments) {
        return new Removed(SegmentColumns.of(segments), memosOf(project, segments), provenanceOf(project, segments));
    }

    /**
     * The provenance of the passages, read a chunk at a time into columns: the assistant's layer that a run
     * replaces may be two million passages.
     */
    static List<Provenance> provenanceOf(Project project, List<Segment> segments) {
        ProvenanceColumns out = new ProvenanceColumns();
        for (int from = 0; from < segments.size(); from += CHUNK) {
            out.addAll(project.provenance.of(ids(segments.subList(from, Math.min(segments.size(),
                    from + CHUNK)))));
        }
        out.trim();
        return out;
    }

    static List<Long> ids(List<Segment> segments) {
        List<Long> out = new ArrayList<>(segments.size());
        segments.forEach(s -> out.add(s.id()));
        return out;
    }

    /**
     * The memos (author, last editor, dates) of these segments, so putting a segment back puts its memo back unchanged
     * ({@link org.parallax.store.MemoStore#restore}): the segment alone brings its memo's text back as its coder's.
     */
    static List<Memo> memosOf(Project project, List<Segment> segments) {
        return segments.stream().filter(s -> s.memo() != null)
                .flatMap(s -> project.memos.get(MemoTarget.passage(s.id())).stream()).toList();
    }
}
