package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.parallax.model.Offsets;
import org.parallax.model.Segment;
import org.parallax.model.TextRange;

/**
 * Passages made in bulk (auto-code, REFI-QDA import, merging another project's coding) with each boundary
 * that falls inside a surrogate pair moved outward to the whole character ({@link Offsets#wholeCodePoints}),
 * so no path stores a passage that splits a character. Texts are read one document at a time; {@code textOf}
 * may answer null for a document known to hold no surrogate ({@link TextFacts#textsWithSurrogates}).
 */
record PassageBoundaries(List<Segment> passages, int widened) {

    static PassageBoundaries of(Collection<Segment> drafts, LongFunction<String> textOf) {
        Map<Long, List<Integer>> byDocument = new LinkedHashMap<>();
        List<Segment> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            byDocument.computeIfAbsent(out.get(i).documentId(), d -> new ArrayList<>()).add(i);
        }
        int widened = 0;
        for (Map.Entry<Long, List<Integer>> document : byDocument.entrySet()) {
            String text = textOf.apply(document.getKey());
            if (text == null || !TextFacts.hasSurrogates(text)) {
                continue;
            }
            for (int i : document.getValue()) {
                Segment s = out.get(i);
                TextRange whole = Offsets.wholeCodePoints(text, s.start(), s.end());
                if (whole.start() != s.start() || whole.end() != s.end()) {
                    out.set(i, new Segment(s.id(), s.documentId(), whole.start(), whole.end(), s.codeId(), s.coderId(),
                            s.memo(), s.created()));
                    widened++;
                }
            }
        }
        return new PassageBoundaries(out, widened);
    }
}
