package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;

/**
 * Merging one code into another, as one edit: each passage of the merged code moves to the kept code as it was, under
 * its id, with its coder and date, its memo's author, last editor and dates, and its provenance (assistant, auto-coding,
 * import), so a team's audit trail and agreement figures still name who did what; only the merge itself is the
 * merger's. A passage the kept code already has (same document, span and coder) is not doubled: it goes with the merged
 * code, its memo carried onto the kept code's passage when that has none, and undo puts it back with it. The other
 * codes' rules that cite the merged code by name cite the kept code after the merge.
 *
 * <p>The merged code's own memo is kept ({@link CodeMemoMerge}): a researcher's notes on what the code meant are part
 * of the audit trail, so the merge moves them to the kept code, or appends them to its memo saying where they came
 * from; undo puts both memos back as they were.
 */
final class CodeMergeEdit implements Edit {
    private final Project project;
    private final Code from;
    private final Code into;
    /** Deletes the merged code with the passages still on it; its undo puts them all back as they were. */
    private final Edit deletion;
    /** The other codes' rules that cite the merged code by name, made to cite the kept one. */
    private final CodesRewrite citing;
    /** The passages the last apply moved, under their ids, now on the kept code. */
    private List<Segment> moved = List.of();
    /** The moved passages as the last apply left them: undo refuses to take out work written on them since. */
    private PassagesAsPutIn movedAsPutIn;
    /** Memos of passages the kept code already had, carried onto its passage there, which had none. */
    private List<Memo> carried = List.of();
    /** The merged code's memo as kept on the kept code by the last apply; null when the merged code had none. */
    private CodeMemoMerge codeMemo;

    /** The passages of the merged code the user confirmed the merge about; null once applied, or when not asked. */
    private Integer askedAbout;

    CodeMergeEdit(Project project, Code from, Code into, Edit deletion, CodesRewrite citing, Integer askedAbout) {
        this.project = project;
        this.from = from;
        this.into = into;
        this.deletion = deletion;
        this.citing = citing;
        this.askedAbout = askedAbout;
    }

    @Override
    public String label() {
        return "Merge " + from.name() + " into " + into.name();
    }

    @Override
    public void apply() {
        project.store.write(() -> {
            // Read inside the transaction that moves them, so what moves is what is there.
            Map<List<Object>, Segment> kept = new HashMap<>();
            project.segments.ofCode(into.id()).forEach(s -> kept.put(place(s), s));
            List<Segment> merged = project.segments.ofCode(from.id());
            // Counted again here: another member's passages coded since the question would move uncounted.
            CodeEdit.requireAsked(askedAbout, from, merged.size(), "merged", "merge it");
            moved = merged.stream().filter(s -> !kept.containsKey(place(s)))
                    .map(s -> new Segment(s.id(), s.documentId(), s.start(), s.end(), into.id(), s.coderId(), s.memo(),
                            s.created()))
                    .toList();
            List<Memo> memos = PassagesEdit.memosOf(project, moved);
            List<Provenance> provenance = PassagesEdit.provenanceOf(project, moved);
            // Each doubled passage to its twin on the kept code, where that has no memo to be written over.
            Map<Long, Segment> twinOf = new HashMap<>();
            merged.forEach(s -> {
                Segment twin = kept.get(place(s));
                if (twin != null && twin.memo() == null) {
                    twinOf.put(s.id(), twin);
                }
            });
            carried = PassagesEdit.memosOf(project, merged.stream().filter(s -> twinOf.containsKey(s.id())).toList())
                    .stream().map(m -> onto(m, twinOf.get(m.target().id()))).toList();
            Memo fromMemo = project.memos.get(MemoTarget.code(from.id())).orElse(null);
            deletion.apply();
            codeMemo = fromMemo == null ? null : CodeMemoMerge.keep(project, fromMemo, from, into);
            CodeMerges.record(project.settings, from.id(), into.id());
            project.segments.restoreAll(moved);
            movedAsPutIn = PassagesAsPutIn.of(moved, "since the merge", "undoing the merge would delete that");
            memos.forEach(m -> project.memos.restore(m.target(), m));
            carried.forEach(m -> project.memos.restore(m.target(), m));
            // As the merge left them (their versions grown): undo takes out only those nobody changed since.
            carried = carried.stream().map(m -> project.memos.get(m.target()).orElseThrow()).toList();
            project.provenance.saveAll(provenance);
            citing.writeAfter();
            return null;
        });
        // Asked before the first run only: redo is guarded by what the merge moved.
        askedAbout = null;
        changed();
    }

    @Override
    public void revert() {
        project.store.write(() -> {
            citing.writeBefore();
            movedAsPutIn.requireUnchanged(project, moved);
            project.segments.deleteAll(moved.stream().map(Segment::id).toList());
            carried.forEach(m -> project.memos.restoreOver(m, m.target(), null));
            if (codeMemo != null) {
                // Before the deletion's undo puts the merged code's memo back under its id, which this one may hold.
                codeMemo.undo(project);
            }
            deletion.revert();
            CodeMerges.forget(project.settings, from.id());
            return null;
        });
        changed();
    }

    /** Where a passage is and whose it is: the kept code holds at most one passage per place. */
    private static List<Object> place(Segment s) {
        return List.of(s.documentId(), s.start(), s.end(), s.coderId());
    }

    /** A memo as it was, on the kept code's passage at the same place instead. */
    private static Memo onto(Memo memo, Segment twin) {
        return new Memo(memo.id(), MemoTarget.passage(twin.id()), memo.text(), memo.author(), memo.created(),
                memo.modified(), memo.version(), memo.changedBy());
    }

    private void changed() {
        project.segmentCache.invalidate();
        project.fire(ProjectEvent.CODEBOOK);
        project.fire(ProjectEvent.SEGMENTS);
        project.fire(ProjectEvent.MEMOS);
    }
}
