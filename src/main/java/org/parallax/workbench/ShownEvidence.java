package org.parallax.workbench;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Evidence;
import org.parallax.model.HypothesisSet;
import org.parallax.model.PassageStatus;
import org.parallax.model.Segment;

/**
 * A hypothesis set's evidence as this session may read it, and how many items blind mode withheld (ADR 0030): an
 * item resting on a passage the viewer cannot see would show that passage, its quote and the analyst's note to a
 * coder who is to code unprimed. The ledger is computed from the items shown.
 */
public record ShownEvidence(List<Evidence> items, int hidden) {
    public ShownEvidence {
        items = List.copyOf(items);
    }

    /** One line when items were withheld, else empty: how many, and that the ledger counts only those shown. */
    public Optional<String> notice() {
        return hidden == 0 ? Optional.empty() : Optional.of(sentence(hidden) + " (the ledger counts the "
                + items.size() + " shown)");
    }

    /** "2 evidence items on passages hidden in blind mode are left out". */
    static String sentence(int hidden) {
        return counted(hidden) + (hidden == 1 ? " is" : " are") + " left out";
    }

    /** "2 evidence items on passages hidden in blind mode". */
    static String counted(int hidden) {
        return hidden + (hidden == 1 ? " evidence item" : " evidence items") + " on passages hidden in blind mode";
    }

    /**
     * The set's items this session may read: all of them, or in blind mode those resting only on plain selections
     * and on the viewer's own passages as they still are. Whose a passage was is not known once it is gone, so an
     * item on a deleted passage is withheld too. A team server withholds such items itself and is asked how many; an
     * item stripped of every passage (by a server set up before it withheld whole items) has none left to rest on.
     * The count withheld is kept for the blind-mode line a command prints.
     */
    static ShownEvidence of(Project project, HypothesisSet set) {
        List<Evidence> all = project.tracing.evidence(set.id());
        if (!project.blind()) {
            project.withheldEvidence(set.id(), 0);
            return new ShownEvidence(all, 0);
        }
        Set<Long> own = project.passages().stream().map(Segment::id).collect(Collectors.toSet());
        List<Evidence> shown = all.stream().filter(e -> !e.passages().isEmpty() && e.passages().stream()
                .allMatch(p -> p.segmentId() == null || p.status() != PassageStatus.DELETED
                        && own.contains(p.segmentId()))).toList();
        int hidden = all.size() - shown.size() + project.tracing.hiddenEvidence(set.id());
        project.withheldEvidence(set.id(), hidden);
        return new ShownEvidence(shown, hidden);
    }
}
