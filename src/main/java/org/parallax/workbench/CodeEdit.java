package org.parallax.workbench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Counted;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.store.StaleEditException;

/**
 * Adding or deleting a code together with its passages. The passages are read again in the transaction that
 * deletes the code, so undo puts back every passage the deletion took, also those coded with it meanwhile.
 */
final class CodeEdit implements Edit {
    private final Project project;
    private final String label;
    private final Code code;
    private List<Segment> passages;
    private final boolean added;
    /** The code's memo, which deleting the code removes and undo must put back. */
    private final org.parallax.model.Memo memo;
    /** The passages' memos and provenance as the deletion took them: undo puts them back as they were. */
    private List<org.parallax.model.Memo> passageMemos = List.of();
    private List<org.parallax.model.Provenance> provenance = List.of();
    /**
     * The code's sub-codes as the deletion took it: deleting a code moves them up a level, and undo puts them back
     * under it (a mistaken delete undone left its sub-codes a level up, the tree no longer as the researcher made it).
     */
    private List<Long> subCodes = List.of();
    /** Whether taking the code out again (undo of its addition, redo of its deletion) keeps others' passages. */
    private boolean guards;
    /** How many passages the user was told the deletion takes, checked by its first run only; null: not asked. */
    private Integer askedAbout;
    private boolean done;

    CodeEdit(Project project, String label, Code code, List<Segment> passages, boolean added) {
        this.project = project;
        this.label = label;
        this.code = code;
        this.passages = List.copyOf(passages);
        this.added = added;
        // An addition is recorded once the code is in; a deletion is applied after it is made.
        this.done = added;
        this.memo = project.memos.get(org.parallax.model.MemoTarget.code(code.id())).orElse(null);
    }

    /**
     * This edit as a step of its own (not part of a merge, which moves the passages it finds): undo of adding the
     * code, or redo of deleting it, is refused when someone coded passages with it since, which it would delete.
     */
    /** How many passages the user was told the deletion takes (null: not asked), checked by its first run. */
    CodeEdit askedAbout(Integer passages) {
        this.askedAbout = passages;
        return this;
    }

    CodeEdit guarding() {
        this.guards = true;
        return this;
    }

    public String label() {
        return label;
    }

    /** The code's passages as objects (taken out by the deletion, or to be put back), their memos and provenance. */
    @Override
    public long heldBytes() {
        return HeldBytes.ofSegments(passages) + HeldBytes.ofMemos(passageMemos)
                + HeldBytes.ofProvenance(provenance.size());
    }

    public void apply() {
        change(added);
    }

    public void revert() {
        change(!added);
    }

    private void change(boolean add) {
        project.store.write(() -> {
            if (add) {
                project.codebook.insertCode(code, true);
                // The code's memo first, under its old id: the passages' memos come back with new ids and
                // would otherwise be given that one.
                if (memo != null) {
                    project.memos.restore(memo.target(), memo);
                }
                project.segments.restoreAll(passages);
                passageMemos.forEach(m -> project.memos.restore(m.target(), m));
                project.provenance.saveAll(provenance);
                putBackUnder(code, subCodes);
            } else {
                // Read inside the transaction that deletes them, so what is put back is what was taken out.
                List<Segment> now = project.segments.ofCode(code.id());
                if (guards && done) {
                    requireNoneCodedSince(now);
                }
                requireAsked(askedAbout, code, now.size(), "deleted", "delete it");
                passages = now;
                passageMemos = PassagesEdit.memosOf(project, passages);
                provenance = PassagesEdit.provenanceOf(project, passages);
                subCodes = project.codebook.load().codes().stream()
                        .filter(c -> java.util.Objects.equals(c.parentId(), code.id())).map(Code::id).toList();
                project.codebook.deleteCode(code.id());
            }
            return null;
        });
        done = true;
        // Asked before the first run only: undo and redo are guarded by what this edit took out.
        askedAbout = null;
        project.segmentCache.invalidate();
        project.fire(ProjectEvent.CODEBOOK);
        project.fire(ProjectEvent.SEGMENTS);
        project.fire(ProjectEvent.MEMOS);
    }

    /**
     * Moves the sub-codes the deletion moved up back under {@code restored}, each still where the deletion put it (one
     * moved elsewhere since, or deleted, stays as it is).
     */
    private void putBackUnder(Code restored, List<Long> subCodes) {
        if (subCodes.isEmpty()) {
            return;
        }
        org.parallax.model.Codebook book = project.codebook.load();
        for (long id : subCodes) {
            book.code(id).filter(c -> java.util.Objects.equals(c.parentId(), restored.parentId())).ifPresent(c ->
                    project.codebook.updateCode(new Code(c.id(), restored.id(), c.frameId(), c.scenarioId(), c.name(),
                            c.color(), c.definition(), c.shortcut(), c.position(), c.inclusion(), c.exclusion(),
                            c.version())));
        }
    }

    /**
     * Refuses, with nothing {@code done}, when the code holds {@code now} passages where the user confirmed the edit
     * about {@code askedAbout} (null: not asked): another member or window coded or removed some since the question.
     */
    static void requireAsked(Integer askedAbout, Code code, int now, String done, String again) {
        if (askedAbout != null && now != askedAbout) {
            throw new ParallaxException("'" + code.name() + "' has " + Counted.of(now, "coded passage") + " now, not "
                    + "the " + askedAbout + " you were asked about (coded or removed since, by another member or in "
                    + "another window); nothing was " + done + ": " + again + " again to be asked about the " + now);
        }
    }

    /** Refuses, naming who, when {@code now} holds passages of the code this edit did not put in. */
    private void requireNoneCodedSince(List<Segment> now) {
        Set<Long> known = new java.util.HashSet<>();
        passages.forEach(s -> known.add(s.id()));
        List<Segment> since = now.stream().filter(s -> !known.contains(s.id())).toList();
        if (since.isEmpty()) {
            return;
        }
        Map<Long, String> names = new java.util.HashMap<>();
        project.coders.list().forEach(c -> names.put(c.id(), c.name()));
        String who = String.join(", ", since.stream().map(s -> names.getOrDefault(s.coderId(), "another coder"))
                .distinct().toList());
        String step = added ? " since it was added; undoing the addition" : " since undo put it back; deleting it "
                + "again";
        throw new StaleEditException(Counted.of(since.size(), "passage") + " coded with “" + code.name()
                + "” by " + who + step + " would delete " + (since.size() == 1 ? "it" : "them"));
    }
}
