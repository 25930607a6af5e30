package org.parallax.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.MergedRanges;
import org.parallax.model.Segment;

/**
 * Which codes occur together: by overlapping passages (count = overlapping pairs of passages, Jaccard over
 * coded characters) or within one paragraph (count = paragraphs holding both, Jaccard over paragraphs).
 * A code's own entry (the diagonal) is its characters or paragraphs. Codes occur together in one coder's passages
 * only: one coder's passage overlapping another coder's is two readings of the text, not one reading giving it two
 * codes, so each coder's passages of a document are counted apart and the counts added. See docs/analysis.md.
 */
public final class CoOccurrence {
    /** How co-occurrence is decided. */
    public enum Mode {
        OVERLAP("Count: pairs of overlapping passages of one coder (a passage overlapping another coder's is no pair)."),
        PARAGRAPH("Count: paragraphs in which one coder coded both codes, once for each such coder (two coders' "
                + "codes in a paragraph are no pair).");

        private final String counted;

        Mode(String counted) {
            this.counted = counted;
        }

        /** What a count of this mode counts, for the line beside a table of pairs. */
        public String counted() {
            return counted;
        }
    }

    /** One pair of different codes, as listed by {@link #pairs()}. */
    public record Pair(long firstCodeId, String first, long secondCodeId, String second, long count,
                       double jaccard) {
    }

    private final Mode mode;
    private final List<Code> codes;
    private final long[][] counts;
    private final long[][] shared;
    private final long[] units;

    private CoOccurrence(Mode mode, List<Code> codes, long[][] counts, long[][] shared, long[] units) {
        this.mode = mode;
        this.codes = codes;
        this.counts = counts;
        this.shared = shared;
        this.units = units;
    }

    /** Overlap co-occurrence of {@code codeIds} (all codes if empty) among {@code segments}. */
    public static CoOccurrence overlaps(Codebook codebook, Collection<Segment> segments, List<Long> codeIds) {
        List<Code> codes = codes(codebook, codeIds);
        int k = codes.size();
        long[][] counts = new long[k][k];
        long[][] shared = new long[k][k];
        long[] units = new long[k];
        byDocument(codes, segments).values().forEach(layers -> layers.values()
                .forEach(list -> countOverlaps(list, k, counts, shared, units)));
        for (int c = 0; c < k; c++) {
            counts[c][c] = units[c];
            shared[c][c] = units[c];
        }
        return new CoOccurrence(Mode.OVERLAP, codes, counts, shared, units);
    }

    /** Adds the overlapping pairs and the characters one coder's passages {@code list} of a document give. */
    private static void countOverlaps(List<int[]> list, int k, long[][] counts, long[][] shared, long[] units) {
        list.sort((a, b) -> Integer.compare(a[1], b[1]));
        for (int i = 0; i < list.size(); i++) {
            int[] s = list.get(i);
            for (int j = i + 1; j < list.size() && list.get(j)[1] < s[2]; j++) {
                int other = list.get(j)[0];
                if (other != s[0]) {
                    counts[s[0]][other]++;
                    counts[other][s[0]]++;
                }
            }
        }
        MergedRanges.Builder[] perCode = new MergedRanges.Builder[k];
        for (int[] s : list) {
            if (perCode[s[0]] == null) {
                perCode[s[0]] = new MergedRanges.Builder();
            }
            perCode[s[0]].add(s[1], s[2]);
        }
        MergedRanges[] merged = new MergedRanges[k];
        for (int c = 0; c < k; c++) {
            merged[c] = perCode[c] == null ? MergedRanges.EMPTY : perCode[c].build();
            units[c] += merged[c].length();
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                long both = merged[a].intersection(merged[b]);
                shared[a][b] += both;
                shared[b][a] += both;
            }
        }
    }

    /** Paragraph co-occurrence; {@code textOf} gives a document's stored text by id. */
    public static CoOccurrence paragraphs(Codebook codebook, Collection<Segment> segments, List<Long> codeIds,
                                          LongFunction<String> textOf) {
        List<Code> codes = codes(codebook, codeIds);
        int k = codes.size();
        long[][] counts = new long[k][k];
        long[] units = new long[k];
        byDocument(codes, segments).forEach((document, layers) -> {
            List<TextUnit> paragraphs = UnitSplitter.paragraphs(document, textOf.apply(document));
            layers.values().forEach(list -> countParagraphs(paragraphs, list, k, counts, units));
        });
        for (int c = 0; c < k; c++) {
            counts[c][c] = units[c];
        }
        return new CoOccurrence(Mode.PARAGRAPH, codes, counts, counts, units);
    }

    /** Adds the paragraphs one coder's passages {@code list} of a document give each code and each pair of codes. */
    private static void countParagraphs(List<TextUnit> paragraphs, List<int[]> list, int k, long[][] counts,
                                        long[] units) {
        BitSet[] present = new BitSet[paragraphs.size()];
        for (int[] s : list) {
            for (int p = firstEndingAfter(paragraphs, s[1]); p < paragraphs.size()
                    && paragraphs.get(p).start() < s[2]; p++) {
                present[p] = present[p] == null ? new BitSet(k) : present[p];
                present[p].set(s[0]);
            }
        }
        for (BitSet codesHere : present) {
            if (codesHere == null) {
                continue;
            }
            for (int a = codesHere.nextSetBit(0); a >= 0; a = codesHere.nextSetBit(a + 1)) {
                units[a]++;
                for (int b = codesHere.nextSetBit(a + 1); b >= 0; b = codesHere.nextSetBit(b + 1)) {
                    counts[a][b]++;
                    counts[b][a]++;
                }
            }
        }
    }

    public Mode mode() {
        return mode;
    }

    public List<Code> codes() {
        return codes;
    }

    /** Overlapping passage pairs (OVERLAP) or shared paragraphs (PARAGRAPH); the diagonal holds units. */
    public long count(int first, int second) {
        return counts[first][second];
    }

    /** Shared units over units of either code: characters (OVERLAP) or paragraphs (PARAGRAPH); 0 if neither. */
    public double jaccard(int first, int second) {
        long both = shared[first][second];
        long either = units[first] + units[second] - (first == second ? units[first] : both);
        return either == 0 ? 0 : (double) both / either;
    }

    /** Characters (OVERLAP) or paragraphs (PARAGRAPH) coded with the code. */
    public long units(int code) {
        return units[code];
    }

    /** Every pair of different codes with a non-zero count, in codebook order. */
    public List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < codes.size(); a++) {
            for (int b = a + 1; b < codes.size(); b++) {
                if (counts[a][b] > 0) {
                    pairs.add(new Pair(codes.get(a).id(), codes.get(a).name(), codes.get(b).id(), codes.get(b).name(),
                            counts[a][b], jaccard(a, b)));
                }
            }
        }
        return pairs;
    }

    /**
     * The passages behind a pair's count, in document order: each passage of either code that overlaps a passage of
     * the other ({@link Mode#OVERLAP}), or that touches a paragraph holding both codes ({@link Mode#PARAGRAPH}), of the
     * same coder, as
     * {@link #overlaps} and {@link #paragraphs} count them; {@code textOf} is read for paragraphs only. A sweep over
     * each document's passages by start offset: every passage compared with every other of the other code took
     * seconds for a row of the Codes tab over 20,000 passages of two codes in one document.
     */
    public static List<Segment> passagesOf(Mode mode, long first, long second, Collection<Segment> segments,
                                           LongFunction<String> textOf) {
        Map<Long, List<Segment>> byDocument = new TreeMap<>();
        for (Segment s : segments) {
            if ((s.codeId() == first || s.codeId() == second) && s.end() > s.start()) {
                byDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s);
            }
        }
        List<Segment> out = new ArrayList<>();
        if (first == second) {
            return out;
        }
        byDocument.forEach((document, list) -> {
            list.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end)
                    .thenComparingLong(Segment::id));
            List<TextUnit> paragraphs = mode == Mode.OVERLAP ? null
                    : UnitSplitter.paragraphs(document, textOf.apply(document));
            Set<Segment> together = new HashSet<>();
            byCoder(list).forEach(layer -> {
                boolean[] found = mode == Mode.OVERLAP ? overlappingTheOther(layer, first)
                        : inAParagraphHoldingBoth(paragraphs, layer, first);
                for (int i = 0; i < layer.size(); i++) {
                    if (found[i]) {
                        together.add(layer.get(i));
                    }
                }
            });
            list.stream().filter(together::contains).forEach(out::add);
        });
        return out;
    }

    /** One document's passages (sorted by start) split by coder, each coder's in the same order. */
    private static Collection<List<Segment>> byCoder(List<Segment> passages) {
        Map<Long, List<Segment>> byCoder = new TreeMap<>();
        passages.forEach(s -> byCoder.computeIfAbsent(s.coderId(), c -> new ArrayList<>()).add(s));
        return byCoder.values();
    }

    /**
     * Which of {@code passages} (sorted by start) overlap one of the other code: one that starts no later overlaps
     * it if the furthest end among them lies past its start, one that starts no earlier if the nearest start among
     * them lies before its end.
     */
    private static boolean[] overlappingTheOther(List<Segment> passages, long first) {
        int n = passages.size();
        boolean[] together = new boolean[n];
        int furthestEndOfFirst = Integer.MIN_VALUE;
        int furthestEndOfSecond = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Segment s = passages.get(i);
            boolean ofFirst = s.codeId() == first;
            together[i] = (ofFirst ? furthestEndOfSecond : furthestEndOfFirst) > s.start();
            if (ofFirst) {
                furthestEndOfFirst = Math.max(furthestEndOfFirst, s.end());
            } else {
                furthestEndOfSecond = Math.max(furthestEndOfSecond, s.end());
            }
        }
        int nearestStartOfFirst = Integer.MAX_VALUE;
        int nearestStartOfSecond = Integer.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            Segment s = passages.get(i);
            boolean ofFirst = s.codeId() == first;
            together[i] |= (ofFirst ? nearestStartOfSecond : nearestStartOfFirst) < s.end();
            if (ofFirst) {
                nearestStartOfFirst = s.start();
            } else {
                nearestStartOfSecond = s.start();
            }
        }
        return together;
    }

    /**
     * Which of {@code passages} touch a paragraph that a passage of {@code first} and one of the other code touch: each
     * passage marks the run of paragraphs it touches (found by binary search) for its code, and a count of the
     * paragraphs holding both before each paragraph answers for a run at once.
     */
    private static boolean[] inAParagraphHoldingBoth(List<TextUnit> paragraphs, List<Segment> passages, long first) {
        int count = paragraphs.size();
        int[] firstOpens = new int[count + 1];
        int[] otherOpens = new int[count + 1];
        int[][] runs = new int[passages.size()][];
        for (int i = 0; i < passages.size(); i++) {
            Segment s = passages.get(i);
            int from = firstEndingAfter(paragraphs, s.start());
            int to = firstStartingAtOrAfter(paragraphs, s.end());
            runs[i] = new int[] {from, to};
            if (from < to) {
                int[] opens = s.codeId() == first ? firstOpens : otherOpens;
                opens[from]++;
                opens[to]--;
            }
        }
        int[] bothBefore = new int[count + 1];
        int firstHere = 0;
        int otherHere = 0;
        for (int p = 0; p < count; p++) {
            firstHere += firstOpens[p];
            otherHere += otherOpens[p];
            bothBefore[p + 1] = bothBefore[p] + (firstHere > 0 && otherHere > 0 ? 1 : 0);
        }
        boolean[] together = new boolean[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            together[i] = bothBefore[runs[i][1]] > bothBefore[runs[i][0]];
        }
        return together;
    }

    private static List<Code> codes(Codebook codebook, List<Long> codeIds) {
        if (codeIds == null || codeIds.isEmpty()) {
            return codebook.codes();
        }
        Map<Long, Code> byId = codebook.codesById();
        List<Code> codes = new ArrayList<>();
        for (long id : new LinkedHashSet<>(codeIds)) {
            Code code = byId.get(id);
            if (code == null) {
                throw new IllegalArgumentException("No code with id " + id + " in the codebook");
            }
            codes.add(code);
        }
        return codes;
    }

    /** Index of the first paragraph ending after {@code offset} (paragraphs are sorted and disjoint). */
    private static int firstEndingAfter(List<TextUnit> paragraphs, int offset) {
        int low = 0;
        int high = paragraphs.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Index of the first paragraph starting at or after {@code offset}, the end of those a range before it touches. */
    private static int firstStartingAtOrAfter(List<TextUnit> paragraphs, int offset) {
        int low = 0;
        int high = paragraphs.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Segments of the chosen codes per document and, within it, per coder, as {code index, start, end}. */
    private static Map<Long, Map<Long, List<int[]>>> byDocument(List<Code> codes, Collection<Segment> segments) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i).id(), i);
        }
        Map<Long, Map<Long, List<int[]>>> out = new TreeMap<>();
        for (Segment s : segments) {
            Integer ci = index.get(s.codeId());
            if (ci != null && s.end() > s.start()) {
                out.computeIfAbsent(s.documentId(), d -> new TreeMap<>())
                        .computeIfAbsent(s.coderId(), c -> new ArrayList<>()).add(new int[] {ci, s.start(), s.end()});
            }
        }
        return out;
    }
}
