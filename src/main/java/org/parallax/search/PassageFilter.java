package org.parallax.search;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.MergedRanges;
import org.parallax.model.QuerySyntaxException;
import org.parallax.model.TextRange;

/**
 * The {@code code:}, {@code frame:} and {@code memo:} part of a query: a hit counts only if it lies inside passages
 * coded with every named code (with any code of every named frame, whose codes' passages count as one code's).
 * Overlapping or touching passages of one code are merged first, so a hit spanning two adjoining passages of the
 * same code still counts.
 */
final class PassageFilter {
    private final List<CodedPassages> codes;

    private PassageFilter(List<CodedPassages> codes) {
        this.codes = codes;
    }

    static PassageFilter none() {
        return new PassageFilter(List.of());
    }

    /**
     * Looks up the codes and frames {@code parsed} names; a name that finds no code or frame is a query error saying
     * why ({@link CodedRanges#whyNoCode}, {@link CodedRanges#whyNoFrame}).
     */
    static PassageFilter of(ParsedQuery parsed, CodedRanges ranges, String query) {
        List<CodedPassages> codes = new ArrayList<>();
        for (String memoQuery : parsed.memos()) {
            codes.add(CodedPassages.of(ranges.memoRanges(memoQuery)));
        }
        for (String name : parsed.codes()) {
            CodedPassages byDocument = ranges.passagesOf(name);
            if (byDocument == null) {
                throw new QuerySyntaxException("code:\"" + name + "\": " + ranges.whyNoCode(name), query.indexOf(name));
            }
            codes.add(byDocument);
        }
        for (String name : parsed.frames()) {
            CodedPassages byDocument = ranges.framePassages(name);
            if (byDocument == null) {
                throw new QuerySyntaxException("frame:\"" + name + "\": " + ranges.whyNoFrame(name),
                        query.indexOf(name));
            }
            codes.add(byDocument);
        }
        return new PassageFilter(codes);
    }

    boolean isActive() {
        return !codes.isEmpty();
    }

    boolean hasPassages(long docId) {
        for (CodedPassages code : codes) {
            if (!code.has(docId)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The passages of one document, each code's merged: a search then checks each of the document's hits against
     * them without a lookup by document id per hit.
     */
    InDocument in(long docId) {
        MergedRanges[] mergedPerCode = new MergedRanges[codes.size()];
        for (int i = 0; i < mergedPerCode.length; i++) {
            mergedPerCode[i] = codes.get(i).merged(docId);
        }
        return new InDocument(mergedPerCode);
    }

    /** One document's passages, each code's merged into sorted disjoint ranges. */
    static final class InDocument {
        private final MergedRanges[] mergedPerCode;

        private InDocument(MergedRanges[] mergedPerCode) {
            this.mergedPerCode = mergedPerCode;
        }

        /**
         * Whether every code has a passage that shares a character with {@code from}..{@code to}; when not, nothing
         * inside those characters is {@linkplain #admits admitted}.
         */
        boolean touches(int from, int to) {
            for (MergedRanges merged : mergedPerCode) {
                int first = merged.firstEndingAfter(from);
                if (first == merged.size() || merged.start(first) >= to) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the characters {@code start}..{@code end} lie inside a passage of every code. */
        boolean admits(int start, int end) {
            for (MergedRanges merged : mergedPerCode) {
                if (!merged.contains(start, end)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The passages themselves as hits, for queries with no words: those of the first code inside all others. */
    List<TextRange> passagesOf(long docId) {
        InDocument document = in(docId);
        List<TextRange> result = new ArrayList<>();
        for (TextRange passage : codes.get(0).given(docId)) {
            if (document.admits(passage.start(), passage.end())) {
                result.add(passage);
            }
        }
        result.sort(null);
        return result;
    }
}
