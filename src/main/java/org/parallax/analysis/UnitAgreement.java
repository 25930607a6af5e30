package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
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
     * {@code whichCode} treats the set of codes applied to a unit as one nominal category.
     */
    public record Result(List<Long> coderIds, int offeredUnits, boolean onlyCoded, List<CodeResult> codes,
                         KrippendorffAlpha.Result whichCode) {
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
        HashSet<Long> documents = new HashSet<>();
        units.forEach(u -> documents.add(u.documentId()));
        CoderLayers layers = new CoderLayers(segments, documents, coders, new HashSet<>(codes));
        int m = coders.size();
        boolean[][][] applied = new boolean[units.size()][codes.size()][m];
        boolean[][] present = new boolean[units.size()][m];
        for (int u = 0; u < units.size(); u++) {
            TextUnit unit = units.get(u);
            long mask = layers.presentCoders(unit.documentId());
            for (int c = 0; c < m; c++) {
                present[u][c] = (mask >>> c & 1) != 0;
            }
            for (int k = 0; k < codes.size(); k++) {
                CoderLayers.Ranges[] perCoder = layers.layers(unit.documentId(), codes.get(k));
                for (int c = 0; c < m; c++) {
                    applied[u][k][c] = present[u][c] && perCoder[c].overlaps(unit.start(), unit.end());
                }
            }
        }
        List<CodeResult> results = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            List<int[]> data = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                int[] values = new int[m];
                boolean any = false;
                for (int c = 0; c < m; c++) {
                    values[c] = present[u][c] ? (applied[u][k][c] ? 1 : 0) : KrippendorffAlpha.MISSING;
                    any |= applied[u][k][c];
                }
                if (any || !onlyCoded) {
                    data.add(values);
                }
            }
            results.add(new CodeResult(codes.get(k), KrippendorffAlpha.nominal(data.toArray(int[][]::new))));
        }
        return new Result(coders, units.size(), onlyCoded, results, whichCode(applied, present, codes, onlyCoded));
    }

    private static KrippendorffAlpha.Result whichCode(boolean[][][] applied, boolean[][] present, List<Long> codes,
                                                      boolean onlyCoded) {
        Map<String, Integer> categories = new HashMap<>();
        categories.put("", 0);
        List<int[]> data = new ArrayList<>();
        for (int u = 0; u < applied.length; u++) {
            int m = present[u].length;
            int[] values = new int[m];
            boolean any = false;
            for (int c = 0; c < m; c++) {
                if (!present[u][c]) {
                    values[c] = KrippendorffAlpha.MISSING;
                    continue;
                }
                StringJoiner set = new StringJoiner(",");
                for (int k = 0; k < codes.size(); k++) {
                    if (applied[u][k][c]) {
                        set.add(Long.toString(codes.get(k)));
                    }
                }
                values[c] = categories.computeIfAbsent(set.toString(), s -> categories.size());
                any |= values[c] != 0;
            }
            if (any || !onlyCoded) {
                data.add(values);
            }
        }
        return KrippendorffAlpha.nominal(data.toArray(int[][]::new));
    }
}
