package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        List<Long> coders = List.copyOf(new LinkedHashSet<>(coderIds));
        if (coders.size() < 2) {
            throw new IllegalArgumentException("Agreement needs at least two different coders");
        }
        List<Long> codes = List.copyOf(new LinkedHashSet<>(codeIds));
        if (codes.size() > 63) {
            throw new IllegalArgumentException("Agreement over units compares at most 63 codes at once, not "
                    + codes.size() + "; choose fewer codes");
        }
        HashSet<Long> documents = new HashSet<>();
        units.forEach(u -> documents.add(u.documentId()));
        CoderLayers layers = new CoderLayers(segments, documents, coders, new HashSet<>(codes));
        int m = coders.size();
        // Per unit: each coder's codes as a bit set (bit k = codes.get(k)), -1 where the coder is missing.
        long[][] applied = new long[units.size()][m];
        for (int u = 0; u < units.size(); u++) {
            TextUnit unit = units.get(u);
            long mask = layers.presentCoders(unit.documentId());
            for (int c = 0; c < m; c++) {
                applied[u][c] = (mask >>> c & 1) != 0 ? 0 : -1;
            }
            for (int k = 0; k < codes.size(); k++) {
                MergedRanges[] perCoder = layers.layers(unit.documentId(), codes.get(k));
                for (int c = 0; c < m; c++) {
                    if (applied[u][c] >= 0 && perCoder[c].overlaps(unit.start(), unit.end())) {
                        applied[u][c] |= 1L << k;
                    }
                }
            }
        }
        List<CodeResult> results = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            List<int[]> data = new ArrayList<>();
            for (long[] unit : applied) {
                int[] values = new int[m];
                boolean any = false;
                for (int c = 0; c < m; c++) {
                    values[c] = unit[c] < 0 ? KrippendorffAlpha.MISSING : (int) (unit[c] >>> k & 1);
                    any |= values[c] == 1;
                }
                if (any || !onlyCoded) {
                    data.add(values);
                }
            }
            results.add(new CodeResult(codes.get(k), KrippendorffAlpha.nominal(data.toArray(int[][]::new))));
        }
        int compared = (int) documents.stream().filter(d -> Long.bitCount(layers.presentCoders(d)) >= 2).count();
        return new Result(coders, units.size(), compared, onlyCoded, results, whichCode(applied, onlyCoded));
    }

    private static KrippendorffAlpha.Result whichCode(long[][] applied, boolean onlyCoded) {
        Map<Long, Integer> categories = new HashMap<>();
        categories.put(0L, 0);
        List<int[]> data = new ArrayList<>();
        for (long[] unit : applied) {
            int[] values = new int[unit.length];
            boolean any = false;
            for (int c = 0; c < unit.length; c++) {
                values[c] = unit[c] < 0 ? KrippendorffAlpha.MISSING
                        : categories.computeIfAbsent(unit[c], set -> categories.size());
                any |= values[c] > 0;
            }
            if (any || !onlyCoded) {
                data.add(values);
            }
        }
        return KrippendorffAlpha.nominal(data.toArray(int[][]::new));
    }
}
