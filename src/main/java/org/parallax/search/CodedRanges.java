package org.parallax.search;

import java.util.List;
import java.util.Map;
import org.parallax.model.TextRange;

/** Supplies the passages coded with a code, so that {@code code:"Name"} can restrict hits to them. */
@FunctionalInterface
public interface CodedRanges {

    /**
     * Ranges coded with the code named {@code codeName}, by document id, each list sorted by start;
     * {@code null} if the project has no such code.
     */
    Map<Long, List<TextRange>> rangesOf(String codeName);

    /**
     * Ranges whose memo matches a memo search ({@code memo:doubt}): passages with such a memo, and whole documents
     * whose own memo matches, by document id, each list sorted by start. None by default.
     */
    default Map<Long, List<TextRange>> memoRanges(String memoQuery) {
        return Map.of();
    }

    /**
     * The passages of the code named {@code codeName} as the {@code code:} filter reads them; {@code null} if the
     * project has no such code. Made from {@link #rangesOf} unless a caller keeps them between searches.
     */
    default CodedPassages passagesOf(String codeName) {
        Map<Long, List<TextRange>> byDocument = rangesOf(codeName);
        return byDocument == null ? null : CodedPassages.of(byDocument);
    }

    /**
     * The passages coded with any code of the frame named {@code frameName}, as the {@code frame:} filter reads them
     * (one frame's codes count as one code); {@code null} if the project has no such frame. None by default.
     */
    default CodedPassages framePassages(String frameName) {
        return null;
    }

    /** Why {@code frameName} names no frame, in words a researcher reads beside the query. */
    default String whyNoFrame(String frameName) {
        return "There is no frame named '" + frameName + "'";
    }

    /** Why {@code codeName} names no code, in words a researcher reads beside the query. */
    default String whyNoCode(String codeName) {
        return "There is no code named '" + codeName + "'";
    }

    /** For callers without coded passages: every code is unknown. */
    static CodedRanges none() {
        return codeName -> null;
    }
}
