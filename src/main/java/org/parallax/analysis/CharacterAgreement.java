package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.parallax.model.MergedRanges;
import org.parallax.model.Segment;

/**
 * Agreement at character level: every character of the chosen documents is, for each coder and code,
 * coded or not. Gives percent agreement and Cohen's kappa for each pair of coders per code and pooled
 * over codes, and Krippendorff's alpha (binary, per code) over all coders. A coder with no passage at all in a
 * document did not code it: its characters are missing data for that coder, in kappa as in alpha, so a pair
 * counts only the documents both of its coders coded. See docs/agreement.md.
 */
public final class CharacterAgreement {

    /** One pair of coders (ids) and their 2x2 character table. */
    public record Pair(long firstCoderId, long secondCoderId, CohenKappa table) {
    }

    /** Agreement on one code: per pair of coders, and alpha over all coders (units = characters). */
    public record CodeResult(long codeId, List<Pair> pairs, KrippendorffAlpha.Result alpha) {
    }

    /**
     * Per code in the order asked, and {@code pooled}: per pair the sum of the code tables, so each
     * (character, code) is one unit; {@code documents} is how many documents were chosen, {@code compared} how
     * many of them at least two of the coders coded (the others count for no statistic).
     */
    public record Result(List<Long> coderIds, int documents, int compared, boolean onlyCoded,
                         List<CodeResult> codes, List<Pair> pooled) {
    }

    private CharacterAgreement() {
    }

    /**
     * Compares {@code coderIds} (two or more) on {@code codeIds} over the documents of
     * {@code documentLengths} (id to text length). With {@code onlyCoded}, a character counts for a
     * pair only if one of the two coded it, and for alpha only if any coder coded it.
     */
    public static Result compute(Collection<Segment> segments, Map<Long, Integer> documentLengths,
                                 List<Long> coderIds, List<Long> codeIds, boolean onlyCoded) {
        Map<Long, List<Segment>> byDocument = new HashMap<>();
        for (Segment s : segments) {
            byDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s);
        }
        return compute(d -> byDocument.getOrDefault(d, List.of()), documentLengths, coderIds, codeIds, onlyCoded);
    }

    /**
     * As {@link #compute(Collection, Map, List, List, boolean)}, asking {@code passagesOf} for one document's passages
     * at a time (each document once, in the order of {@code documentLengths}) and keeping none of them past it: held
     * for the whole project at once, the merged ranges of the 3,000,000 passages of {@code bench --scale 10} sat beside
     * the project's own passages at the limit of a 512 MiB heap (docs/performance.md, issue 18). Each code's
     * statistics still add the documents in the same order, so the figures are the same to the last bit.
     */
    public static Result compute(LongFunction<? extends Collection<Segment>> passagesOf,
                                 Map<Long, Integer> documentLengths, List<Long> coderIds, List<Long> codeIds,
                                 boolean onlyCoded) {
        List<Long> coders = List.copyOf(new LinkedHashSet<>(coderIds));
        if (coders.size() < 2) {
            throw new IllegalArgumentException("Agreement needs at least two different coders");
        }
        List<Long> codes = List.copyOf(new LinkedHashSet<>(codeIds));
        Set<Long> codeSet = new LinkedHashSet<>(codes);
        CodeSweep[] sweeps = new CodeSweep[codes.size()];
        for (int c = 0; c < sweeps.length; c++) {
            sweeps[c] = new CodeSweep(coders.size(), onlyCoded);
        }
        int compared = 0;
        for (Map.Entry<Long, Integer> document : documentLengths.entrySet()) {
            long documentId = document.getKey();
            CoderLayers layers = new CoderLayers(passagesOf.apply(documentId), Set.of(documentId), coders, codeSet);
            long present = layers.presentCoders(documentId);
            if (Long.bitCount(present) >= 2) {
                compared++;
            }
            for (int c = 0; c < sweeps.length; c++) {
                sweeps[c].document(layers.layers(documentId, codes.get(c)), document.getValue(), present);
            }
        }
        int pairCount = coders.size() * (coders.size() - 1) / 2;
        List<CodeResult> results = new ArrayList<>();
        CohenKappa[] pooled = new CohenKappa[pairCount];
        Arrays.fill(pooled, new CohenKappa(0, 0, 0, 0));
        for (int c = 0; c < sweeps.length; c++) {
            List<Pair> pairs = new ArrayList<>();
            for (int p = 0, i = 0; i < coders.size(); i++) {
                for (int j = i + 1; j < coders.size(); j++, p++) {
                    CohenKappa table = sweeps[c].table(p);
                    pairs.add(new Pair(coders.get(i), coders.get(j), table));
                    pooled[p] = pooled[p].plus(table);
                }
            }
            results.add(new CodeResult(codes.get(c), pairs, sweeps[c].alpha()));
        }
        List<Pair> pooledPairs = new ArrayList<>();
        for (int p = 0, i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++, p++) {
                pooledPairs.add(new Pair(coders.get(i), coders.get(j), pooled[p]));
            }
        }
        return new Result(coders, documentLengths.size(), compared, onlyCoded, results, pooledPairs);
    }

    /** Walks runs of characters with a constant set of coders and adds each run to every statistic at once. */
    private static final class CodeSweep {
        private final int coders;
        private final boolean onlyCoded;
        private final long[][] tables;
        private final KrippendorffAlpha.Coincidences coincidences = new KrippendorffAlpha.Coincidences(2);
        private long alphaUnits;
        private long alphaValues;

        CodeSweep(int coders, boolean onlyCoded) {
            this.coders = coders;
            this.onlyCoded = onlyCoded;
            this.tables = new long[coders * (coders - 1) / 2][4];
        }

        void document(MergedRanges[] layers, int length, long present) {
            int events = 0;
            for (MergedRanges r : layers) {
                events += r.size() * 2;
            }
            long[] sorted = new long[events];
            int n = 0;
            for (int c = 0; c < layers.length; c++) {
                for (int k = 0; k < layers[c].size(); k++) {
                    // Position high, coder low: ends and starts at one position simply toggle the bit.
                    sorted[n++] = ((long) layers[c].start(k) << 8) | c;
                    sorted[n++] = ((long) layers[c].end(k) << 8) | c;
                }
            }
            Arrays.sort(sorted);
            long mask = 0;
            int previous = 0;
            for (long event : sorted) {
                int position = Math.min((int) (event >>> 8), length);
                run(position - previous, mask, present);
                previous = Math.max(previous, position);
                mask ^= 1L << (event & 0xff);
            }
            run(length - previous, 0, present);
        }

        private void run(int length, long mask, long present) {
            if (length <= 0) {
                return;
            }
            for (int p = 0, i = 0; i < coders; i++) {
                for (int j = i + 1; j < coders; j++, p++) {
                    if ((present >>> i & 1) == 0 || (present >>> j & 1) == 0) {
                        continue;
                    }
                    boolean first = (mask >>> i & 1) != 0;
                    boolean second = (mask >>> j & 1) != 0;
                    if (!first && !second && onlyCoded) {
                        continue;
                    }
                    tables[p][first ? (second ? 0 : 1) : (second ? 2 : 3)] += length;
                }
            }
            int m = Long.bitCount(present);
            int k = Long.bitCount(mask & present);
            if (m < 2 || (k == 0 && onlyCoded)) {
                return;
            }
            double scale = (double) length / (m - 1);
            coincidences.add(1, 1, scale * k * (k - 1));
            coincidences.add(0, 0, scale * (m - k) * (m - k - 1));
            coincidences.add(1, 0, scale * k * (m - k));
            coincidences.add(0, 1, scale * k * (m - k));
            alphaUnits += length;
            alphaValues += (long) length * m;
        }

        CohenKappa table(int pair) {
            long[] t = tables[pair];
            return new CohenKappa(t[0], t[1], t[2], t[3]);
        }

        KrippendorffAlpha.Result alpha() {
            return coincidences.alpha((int) Math.min(Integer.MAX_VALUE, alphaUnits), alphaValues);
        }
    }
}
