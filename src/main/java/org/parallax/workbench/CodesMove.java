package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.ParallaxException;

/**
 * Codes moved into a frame (or to no frame) together, as one step of the undo history ({@link CodesRewrite}): each
 * chosen code goes to the frame's top level, its sub-codes come along under it, and a chosen code under another chosen
 * one stays there.
 */
final class CodesMove {
    private CodesMove() {
    }

    /**
     * Moves {@code codeIds} into frame {@code frameId} (null: no frame), at its top level or, with a {@code parentId},
     * under that code of the frame; applied and recorded.
     */
    static int move(Project project, Collection<Long> codeIds, Long frameId, Long parentId, String placeName) {
        Codebook book = project.reads.codebook();
        Set<Long> chosen = new LinkedHashSet<>(codeIds);
        List<Code> before = new ArrayList<>();
        List<Code> after = new ArrayList<>();
        for (long id : chosen) {
            Code code = book.code(id).orElseThrow(() -> Codebooks.noSuchCode(id));
            if (code.isScenarioCode()) {
                throw new ParallaxException("'" + code.name() + "' belongs to a scenario and stays with it; nothing "
                        + "was moved");
            }
            boolean underChosen = code.parentId() != null && ancestors(book, code).stream().anyMatch(chosen::contains);
            if (!underChosen) {
                branch(book, code, frameId, parentId, true, before, after);
            }
        }
        List<Code> changed = new ArrayList<>();
        List<Code> was = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).equals(before.get(i))) {
                changed.add(after.get(i));
                was.add(before.get(i));
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        Edit edit = new CodesRewrite(project, chosen.size() == 1 ? "Move code " + was.get(0).name()
                : "Move " + chosen.size() + " codes to " + placeName, was, changed);
        edit.apply();
        project.history.record(edit);
        return changed.size();
    }

    /** Adds {@code code} (under {@code parentId}) and its sub-codes (kept under it) in their new frame. */
    private static void branch(Codebook book, Code code, Long frameId, Long parentId, boolean top, List<Code> before,
                               List<Code> after) {
        before.add(code);
        after.add(new Code(code.id(), top ? parentId : code.parentId(), frameId, null, code.name(), code.color(),
                code.definition(), code.shortcut(), code.position(), code.inclusion(), code.exclusion(),
                code.version()));
        book.codes().stream().filter(c -> Objects.equals(c.parentId(), code.id()))
                .forEach(sub -> branch(book, sub, frameId, null, false, before, after));
    }

    private static List<Long> ancestors(Codebook book, Code code) {
        List<Long> up = new ArrayList<>();
        for (Code at = code; at.parentId() != null && !up.contains(at.parentId()); ) {
            up.add(at.parentId());
            at = book.code(at.parentId()).orElse(null);
            if (at == null) {
                break;
            }
        }
        return up;
    }
}
