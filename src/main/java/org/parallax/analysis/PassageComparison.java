package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Segment;

/**
 * Compares a student's coded passages with a reference coder's. A student passage matches a reference
 * passage when both carry the same code in the same document and their overlap is at least half of
 * their union (intersection length / union length ≥ 0.5). Each passage matches at most once; the
 * pairs with the largest overlap are taken first. Unmatched reference passages are missed, unmatched
 * student passages are extra.
 */
public final class PassageComparison {
    /** The smallest share of the union two passages must have in common to match. */
    public static final double MIN_OVERLAP = 0.5;

    private PassageComparison() {
    }

    /** A student passage paired with the reference passage it matches, and their overlap share. */
    public record Match(Segment student, Segment reference, double overlap) {
    }

    /** Matched pairs, missed reference passages and extra student passages, each in text order. */
    public record Result(List<Match> matched, List<Segment> missed, List<Segment> extra) {
        public Result {
            matched = List.copyOf(matched);
            missed = List.copyOf(missed);
            extra = List.copyOf(extra);
        }
    }

    public static Result compare(List<Segment> student, List<Segment> reference) {
        List<Match> candidates = new ArrayList<>();
        for (Segment s : student) {
            for (Segment r : reference) {
                double share = overlap(s, r);
                if (s.codeId() == r.codeId() && s.documentId() == r.documentId() && share >= MIN_OVERLAP) {
                    candidates.add(new Match(s, r, share));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::overlap).reversed()
                .thenComparing(m -> m.reference().start())
                .thenComparing(m -> m.student().start()));
        Set<Segment> usedStudent = new HashSet<>();
        Set<Segment> usedReference = new HashSet<>();
        List<Match> matched = new ArrayList<>();
        for (Match m : candidates) {
            if (!usedStudent.contains(m.student()) && !usedReference.contains(m.reference())) {
                usedStudent.add(m.student());
                usedReference.add(m.reference());
                matched.add(m);
            }
        }
        matched.sort(Comparator.comparing((Match m) -> m.reference().start()).thenComparing(m -> m.reference().end()));
        return new Result(matched, inTextOrder(reference, usedReference), inTextOrder(student, usedStudent));
    }

    /** Length of the intersection over length of the union of two ranges; 0 when they do not overlap. */
    public static double overlap(Segment a, Segment b) {
        int common = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (common <= 0) {
            return 0;
        }
        int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return (double) common / union;
    }

    private static List<Segment> inTextOrder(List<Segment> all, Set<Segment> used) {
        return all.stream().filter(s -> !used.contains(s))
                .sorted(Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start)
                        .thenComparingInt(Segment::end))
                .toList();
    }
}
