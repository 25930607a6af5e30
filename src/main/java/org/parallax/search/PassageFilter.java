package org.parallax.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.TextRange;

/**
 * The {@code code:} part of a query: a hit counts only if it lies inside passages coded with every
 * named code. Overlapping or touching passages of one code are merged first, so a hit spanning two
 * adjoining passages of the same code still counts.
 */
final class PassageFilter {
    private final List<Map<Long, List<TextRange>>> codes;
    private final List<Map<Long, List<TextRange>>> merged = new ArrayList<>();

    private PassageFilter(List<Map<Long, List<TextRange>>> codes) {
        this.codes = codes;
        codes.forEach(c -> merged.add(new HashMap<>()));
    }

    static PassageFilter none() {
        return new PassageFilter(List.of());
    }

    /** Looks up the named codes; an unknown name is a query error. */
    static PassageFilter of(List<String> codeNames, List<String> memoQueries, CodedRanges ranges, String query) {
        List<Map<Long, List<TextRange>>> codes = new ArrayList<>();
        for (String memoQuery : memoQueries) {
            codes.add(ranges.memoRanges(memoQuery));
        }
        for (String name : codeNames) {
            Map<Long, List<TextRange>> byDocument = ranges.rangesOf(name);
            if (byDocument == null) {
                int position = query.indexOf(name);
                throw new QuerySyntaxException("There is no code named '" + name + "' (in code:\"" + name
                        + "\"); code names must be written exactly as in the codebook", position);
            }
            codes.add(byDocument);
        }
        return new PassageFilter(codes);
    }

    boolean isActive() {
        return !codes.isEmpty();
    }

    boolean hasPassages(long docId) {
        for (Map<Long, List<TextRange>> code : codes) {
            List<TextRange> ranges = code.get(docId);
            if (ranges == null || ranges.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    boolean admits(long docId, TextRange hit) {
        for (int i = 0; i < codes.size(); i++) {
            if (!insideAny(mergedRanges(i, docId), hit)) {
                return false;
            }
        }
        return true;
    }

    /** The passages themselves as hits, for queries with no words: those of the first code inside all others. */
    List<TextRange> passagesOf(long docId) {
        List<TextRange> result = new ArrayList<>();
        for (TextRange passage : codes.get(0).getOrDefault(docId, List.of())) {
            if (admits(docId, passage)) {
                result.add(passage);
            }
        }
        result.sort(null);
        return result;
    }

    private List<TextRange> mergedRanges(int code, long docId) {
        return merged.get(code).computeIfAbsent(docId, id -> merge(codes.get(code).getOrDefault(id, List.of())));
    }

    private static List<TextRange> merge(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        List<TextRange> result = new ArrayList<>();
        for (TextRange r : sorted) {
            TextRange last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && r.start() <= last.end()) {
                result.set(result.size() - 1, new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                result.add(r);
            }
        }
        return result;
    }

    private static boolean insideAny(List<TextRange> sortedDisjoint, TextRange hit) {
        int low = 0;
        int high = sortedDisjoint.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            TextRange r = sortedDisjoint.get(mid);
            if (r.end() < hit.end()) {
                low = mid + 1;
            } else if (r.start() > hit.start()) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
