package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Names;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.model.TextLimits;
import org.parallax.store.CodebookStore;

/**
 * The undoable edits of codes themselves: adding, changing (renaming rewrites what cites the old name), deleting with
 * their passages and merging into another code.
 */
final class CodeEdits {
    private final Project project;
    private final VersionedEdits versioned;

    CodeEdits(Project project) {
        this.project = project;
        this.versioned = new VersionedEdits(project);
    }

    /**
     * Adds a code with all its details (name, place, colour, definition, rules, coding key) as one undoable
     * edit. A code without a colour gets the next colour of {@link CodePalette}; a code under a parent code
     * belongs to the parent's frame.
     */
    Code add(Code given) {
        Code draft = given.withName(Names.clean(given.name()));
        TextLimits.require("code name", draft.name(), TextLimits.NAME);
        Codebook book = project.reads.codebook();
        String color = draft.color() == null || draft.color().isBlank() ? CodePalette.next(book) : draft.color();
        Long frameId = Codebooks.frameOfPlace(book, draft.frameId(), draft.parentId(), null);
        Code saved = project.codebook.insertCode(new Code(0, draft.parentId(), frameId, null, draft.name(), color,
                draft.definition(), 0, 0, draft.inclusion(), draft.exclusion()), false);
        if (draft.shortcut() != 0) {
            project.codebook.updateCode(new Code(saved.id(), saved.parentId(), saved.frameId(), null, saved.name(),
                    saved.color(), saved.definition(), draft.shortcut(), saved.position(), saved.inclusion(),
                    saved.exclusion()));
            saved = project.reads.codebook().code(saved.id()).orElseThrow();
        }
        project.history.record(new CodeEdit(project, "Add code " + draft.name(), saved, List.of(), true).guarding());
        project.fire(ProjectEvent.CODEBOOK);
        return saved;
    }

    /**
     * Changes a code's name, colour, definition, shortcut, frame, parent, position or guide rules; a null
     * rule keeps the stored one, an empty rule clears it.
     */
    void update(Code given) {
        Code changed = given.withName(Names.clean(given.name()));
        TextLimits.require("code name", changed.name(), TextLimits.NAME);
        Code stored = project.reads.codebook().code(changed.id())
                .orElseThrow(() -> Codebooks.noSuchCode(changed.id()));
        if (changed.withRules(keep(changed.inclusion(), stored.inclusion()), keep(changed.exclusion(),
                stored.exclusion())).equals(stored)) {
            // A name that differs from the stored one only in what cleaning removes (an edge space) changes nothing:
            // no write, no new version for others to see as an edit, no undo step.
            return;
        }
        // Undo must clear rules the code did not have, and null would keep them.
        Code before = stored.withRules(orEmpty(stored.inclusion()), orEmpty(stored.exclusion()));
        boolean renamed = !changed.name().equals(stored.name());
        List<Code> citing = !renamed ? List.of()
                : CodeReferences.rewritten(project.reads.codebook(), stored.name(), changed.name(), Set.of(changed.id()));
        DescriptionsRewrite describing = !renamed ? DescriptionsRewrite.NONE
                : DescriptionsRewrite.citing(project, project.reads.codebook(), stored.name(), changed.name());
        if (!citing.isEmpty() || describing != DescriptionsRewrite.NONE) {
            renameCited(before.withVersion(changed.version()), changed, citing, describing);
            return;
        }
        versioned.record("Edit code " + before.name(), CodebookStore.Entry.CODE, changed.id(), changed.version(),
                v -> project.codebook.updateCode(changed.withVersion(v)),
                (v, editor) -> project.codebook.updateCodeAs(before.withVersion(v), editor), ProjectEvent.CODEBOOK);
    }

    /**
     * The code renamed, and the codes, frames and scenarios that cite it by name rewritten to cite the new one, as one
     * undoable edit.
     */
    private void renameCited(Code before, Code changed, List<Code> citing, DescriptionsRewrite describing) {
        List<Code> was = new ArrayList<>();
        List<Code> after = new ArrayList<>();
        was.add(before);
        after.add(changed.withRules(keep(changed.inclusion(), before.inclusion()),
                keep(changed.exclusion(), before.exclusion())));
        Codebook book = project.reads.codebook();
        citing.forEach(c -> was.add(book.code(c.id()).orElseThrow(() -> Codebooks.noSuchCode(c.id()))));
        after.addAll(citing);
        Edit edit = new CodesRewrite(project, "Edit code " + before.name(), was, after, describing);
        edit.apply();
        project.history.record(edit);
    }

    /** A rule as an update leaves it: null keeps the stored one. */
    private static String keep(String given, String stored) {
        return given == null ? stored : given;
    }

    private static String orEmpty(String rule) {
        return rule == null ? "" : rule;
    }

    /** What a rule citing a deleted code says after its name, so a coder is not sent to a code that is gone. */
    static final String DELETED = " (deleted code)";

    /**
     * Deletes a code and its passages, undoably, the rules and descriptions citing it saying it is deleted; given the
     * number of passages the user was asked about, deletes nothing when the project holds another number by then.
     */
    void delete(long codeId, Integer askedAbout) {
        Code code = project.reads.codebook().code(codeId).orElseThrow(() -> Codebooks.noSuchCode(codeId));
        if (code.isScenarioCode()) {
            throw new ParallaxException("'" + code.name() + "' belongs to a scenario; delete the scenario instead");
        }
        project.backups.before("delete code");
        List<Segment> passages = project.segments.ofCode(codeId);
        CodeEdit deletion = new CodeEdit(project, "Delete code " + code.name(), code, passages, false).guarding()
                .askedAbout(askedAbout);
        String marked = code.name() + DELETED;
        Edit edit = new CodeDeletionEdit(project, deletion, book -> CodesRewrite.citing(project, book, code.name(),
                marked, Set.of(codeId)));
        edit.apply();
        project.history.record(edit);
    }

    /**
     * Moves every passage of {@code fromId} to {@code intoId} as it was (its memo's authorship and its provenance
     * too) and deletes {@code fromId}, as one edit; given the number of passages the user was asked about, merges
     * nothing when the merged code holds another number by then.
     */
    void merge(long fromId, long intoId, Integer askedAbout) {
        Codebook book = project.reads.codebook();
        Code from = book.code(fromId).orElseThrow(() -> Codebooks.noSuchCode(fromId));
        Code into = book.code(intoId).orElseThrow(() -> Codebooks.noSuchCode(intoId));
        if (fromId == intoId) {
            throw new ParallaxException("Cannot merge '" + from.name() + "' into itself");
        }
        project.backups.before("merge codes");
        CodesRewrite references = CodesRewrite.citing(project, book, from.name(), into.name(), Set.of(fromId, intoId));
        Edit merge = new CodeMergeEdit(project, from, into,
                new CodeEdit(project, "Merge", from, project.segments.ofCode(fromId), false), references, askedAbout);
        merge.apply();
        project.history.record(merge);
    }
}
