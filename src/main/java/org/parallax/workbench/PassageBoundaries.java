package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

    /**
     * The drafts as given when no text of the project holds a surrogate pair, else widened as by
     * {@link #of(Collection, LongFunction)}.
     */
    static PassageBoundaries of(Collection<Segment> drafts, TextFacts texts) {
        LongFunction<String> textOf = texts.textsWithSurrogatesIfAny();
        if (textOf == null) {
            return new PassageBoundaries(drafts instanceof List<Segment> list ? list : new ArrayList<>(drafts), 0);
        }
        return of(drafts, textOf);
    }

    static PassageBoundaries of(Collection<Segment> drafts, LongFunction<String> textOf) {
        List<Segment> out = new ArrayList<>(drafts);
        // First which documents hold a surrogate at all, one look-up per passage: grouping every passage's position
        // by document (a boxed position each) was a tenth of a 200,000-passage batch, for documents that mostly
        // hold none (docs/performance.md, issue 18 session 12). A text that holds one is read twice.
        Map<Long, Boolean> holds = new HashMap<>();
        Map<Long, List<Integer>> byDocument = new LinkedHashMap<>();
        long lastDocument = 0;
        boolean lastHolds = false;
        for (int i = 0; i < out.size(); i++) {
            long document = out.get(i).documentId();
            if (i == 0 || document != lastDocument) {
                lastDocument = document;
                lastHolds = holds.computeIfAbsent(document, d -> {
                    String text = textOf.apply(d);
                    return text != null && TextFacts.hasSurrogates(text);
                });
            }
            if (lastHolds) {
                byDocument.computeIfAbsent(document, d -> new ArrayList<>()).add(i);
            }
        }
        int widened = 0;
        for (Map.Entry<Long, List<Integer>> document : byDocument.entrySet()) {
            String text = textOf.apply(document.getKey());
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
