package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.parallax.model.MergedRanges;
import org.parallax.model.Segment;

/**
 * Krippendorff's alpha (nominal) over text units (sentences, paragraphs, speaker turns). A coder's value
 * for a unit is, per code, whether one of their segments of that code overlaps the unit; across codes,
 * the set of codes overlapping it (the empty set is a category too). A coder who coded nothing at all
 * in a document gives no values there (missing data). See docs/agreement.md.
 */
public final class UnitAgreement {

    /** Alpha for one code as present/absent. */
    public record CodeResult(long codeId, KrippendorffAlpha.Result alpha) {
    }

    /**
     * {@code offeredUnits} units were given; each alpha result says how many of them were pairable.
     * {@code whichCode} treats the set of codes applied to a unit as one nominal category. {@code compared}
     * documents (of those the units came from) were coded by at least two of the coders.
     */
    public record Result(List<Long> coderIds, int offeredUnits, int compared, boolean onlyCoded,
                         List<CodeResult> codes, KrippendorffAlpha.Result whichCode) {
    }

    private UnitAgreement() {
    }

    /** With {@code onlyCoded}, a unit counts only if at least one coder applied a code (of the statistic) to it. */
    public static Result compute(Collection<Segment> segments, List<TextUnit> units, List<Long> coderIds,
                                 List<Long> codeIds, boolean onlyCoded) {
        Map<Long, List<Segment>> passages = new HashMap<>();
        segments.forEach(s -> passages.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s));
        Map<Long, List<TextUnit>> unitsByDocument = new LinkedHashMap<>();
        units.forEach(u -> unitsByDocument.computeIfAbsent(u.documentId(), d -> new ArrayList<>()).add(u));
        return compute(List.copyOf(unitsByDocument.keySet()), d -> passages.getOrDefault(d, List.of()),
                unitsByDocument::get, coderIds, codeIds, onlyCoded);
    }

    /**
     * As {@link #compute(Collection, List, List, List, boolean)} over the units of {@code documentIds}, asking
     * {@code passagesOf} and {@code unitsOf} for one document's passages and units at a time (each document once, in
     * that order) and keeping none of them past it: every unit's values and every coder's ranges of every code in every
     * document were held at once, several times the project's own passages on a large project (docs/performance.md,
     * issue 18). The statistics add the units in the same order, so the figures are the same to the last bit.
     */
    public static Result compute(List<Long> documentIds, LongFunction<? extends Collection<Segment>> passagesOf,
                                 LongFunction<List<TextUnit>> unitsOf, List<Long> coderIds, List<Long> codeIds,
                                 boolean onlyCoded) {
        List<Long> coders = List.copyOf(new LinkedHashSet<>(coderIds));
        if (coders.size() < 2) {
            throw new IllegalArgumentException("Agreement needs at least two different coders");
        }
        List<Long> codes = List.copyOf(new LinkedHashSet<>(codeIds));
        if (codes.size() > 63) {
            throw new IllegalArgumentException("Agreement over units compares at most 63 codes at once, not "
                    + codes.size() + "; choose fewer codes");
        }
        Set<Long> codeSet = new HashSet<>(codes);
        KrippendorffAlpha.Nominal[] perCode = new KrippendorffAlpha.Nominal[codes.size()];
        Arrays.setAll(perCode, k -> new KrippendorffAlpha.Nominal());
        WhichCode whichCode = new WhichCode(onlyCoded);
        int offered = 0;
        int compared = 0;
        for (long documentId : documentIds) {
            List<TextUnit> units = unitsOf.apply(documentId);
            if (units.isEmpty()) {
                continue;
            }
            offered += units.size();
            CoderLayers layers = new CoderLayers(passagesOf.apply(documentId), Set.of(documentId), coders, codeSet);
            long present = layers.presentCoders(documentId);
            if (Long.bitCount(present) >= 2) {
                compared++;
            }
            MergedRanges[][] byCode = new MergedRanges[codes.size()][];
            for (int k = 0; k < codes.size(); k++) {
                byCode[k] = layers.layers(documentId, codes.get(k));
            }
            for (TextUnit unit : units) {
                long[] applied = applied(unit, present, byCode, coders.size());
                for (int k = 0; k < codes.size(); k++) {
                    add(perCode[k], applied, k, onlyCoded);
                }
                whichCode.add(applied);
            }
        }
        List<CodeResult> results = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            results.add(new CodeResult(codes.get(k), perCode[k].result()));
        }
        return new Result(coders, offered, compared, onlyCoded, results, whichCode.alpha.result());
    }

    /** Each coder's codes on the unit as a bit set (bit k = the k-th code), -1 where the coder is missing. */
    private static long[] applied(TextUnit unit, long present, MergedRanges[][] byCode, int coders) {
        long[] applied = new long[coders];
        for (int c = 0; c < applied.length; c++) {
            applied[c] = (present >>> c & 1) != 0 ? 0 : -1;
        }
        for (int k = 0; k < byCode.length; k++) {
            MergedRanges[] perCoder = byCode[k];
            for (int c = 0; c < applied.length; c++) {
                if (applied[c] >= 0 && perCoder[c].overlaps(unit.start(), unit.end())) {
                    applied[c] |= 1L << k;
                }
            }
        }
        return applied;
    }

    /** Code {@code k} present (1) or absent (0) on the unit for each coder, added unless no coder applied it. */
    private static void add(KrippendorffAlpha.Nominal alpha, long[] applied, int k, boolean onlyCoded) {
        int[] values = new int[applied.length];
        boolean any = false;
        for (int c = 0; c < applied.length; c++) {
            values[c] = applied[c] < 0 ? KrippendorffAlpha.MISSING : (int) (applied[c] >>> k & 1);
            any |= values[c] == 1;
        }
        if (any || !onlyCoded) {
            alpha.add(values);
        }
    }

    /** The set of codes on a unit as one nominal category (the empty set is category 0). */
    private static final class WhichCode {
        private final Map<Long, Integer> categories = new HashMap<>(Map.of(0L, 0));
        private final KrippendorffAlpha.Nominal alpha = new KrippendorffAlpha.Nominal();
        private final boolean onlyCoded;

        WhichCode(boolean onlyCoded) {
            this.onlyCoded = onlyCoded;
        }

        void add(long[] applied) {
            int[] values = new int[applied.length];
            boolean any = false;
            for (int c = 0; c < applied.length; c++) {
                values[c] = applied[c] < 0 ? KrippendorffAlpha.MISSING
                        : categories.computeIfAbsent(applied[c], set -> categories.size());
                any |= values[c] > 0;
            }
            if (any || !onlyCoded) {
                alpha.add(values);
            }
        }
    }
}
