package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Segment;

/** Counts, per code of the codebook, its segments, distinct documents and coded characters. */
public final class CodeFrequencies {
    private CodeFrequencies() {
    }

    /** One frequency per code in codebook order, zero for unused codes; segments of unknown codes are ignored. */
    public static List<CodeFrequency> compute(Codebook codebook, Collection<Segment> segments) {
        List<Code> codes = codebook.codes();
        LongIndex codeIndex = Indexes.codes(codes);
        int codeCount = codeIndex.size();
        int[] counts = new int[codeCount];
        long[] characters = new long[codeCount];
        int[] documentOfSegment = new int[segments.size()];
        int[] codeOfSegment = new int[segments.size()];
        LongIndex documents = Indexes.documentsOf(segments);
        int n = 0;
        for (Segment segment : segments) {
            int ci = codeIndex.indexOf(segment.codeId());
            if (ci >= 0) {
                counts[ci]++;
                characters[ci] += segment.end() - segment.start();
                codeOfSegment[n] = ci;
                documentOfSegment[n] = documents.indexOrAdd(segment.documentId());
                n++;
            }
        }
        int words = (documents.size() + 63) >>> 6;
        long[] seen = new long[codeCount * words];
        for (int i = 0; i < n; i++) {
            int d = documentOfSegment[i];
            seen[codeOfSegment[i] * words + (d >>> 6)] |= 1L << d;
        }
        List<CodeFrequency> result = new ArrayList<>(codes.size());
        for (Code code : codes) {
            int ci = codeIndex.indexOf(code.id());
            int distinct = 0;
            for (int w = ci * words; w < (ci + 1) * words; w++) {
                distinct += Long.bitCount(seen[w]);
            }
            result.add(new CodeFrequency(code.id(), code.name(), counts[ci], distinct, characters[ci]));
        }
        return result;
    }
}
