package org.parallax.ui.codes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.CodeFrequency;
import org.parallax.model.Code;
import org.parallax.model.Codebook;

/**
 * The Codes tab's two tables as computed together in the background: frequencies and co-occurring pairs, and whether
 * the codebook has no code (the tab then offers the study's Table 1 codebook).
 */
public record CodeTables(List<FrequencyRow> frequencies, List<PairRow> pairs, boolean noCodes) {
    /** Frequency table header, as the command line's `codes` names these columns. */
    public static final List<String> FREQUENCY_HEADER = List.of("code", "passages", "documents", "characters");
    /** Co-occurrence table header, as the command line's `cooccurrence` has it. */
    public static final List<String> PAIR_HEADER = List.of("code", "other code", "count", "jaccard");

    /** One code's passages, documents and coded characters; the id lists the passages behind them. */
    public record FrequencyRow(long codeId, String code, int passages, int documents, long characters) {
        public List<String> cells() {
            return List.of(code, Integer.toString(passages), Integer.toString(documents), Long.toString(characters));
        }
    }

    /**
     * Two codes that occur together, how often, and their Jaccard index rounded to three places; the ids list the
     * passages behind the count.
     */
    public record PairRow(long codeId, String code, long otherCodeId, String otherCode, long count, double jaccard) {
        public List<String> cells() {
            return List.of(code, otherCode, Long.toString(count), Double.toString(jaccard));
        }
    }

    public CodeTables {
        frequencies = List.copyOf(frequencies);
        pairs = List.copyOf(pairs);
    }

    /** Every code of the codebook in its order, with zeros for codes never applied, as `codes` lists them. */
    static List<FrequencyRow> frequencies(Codebook book, List<CodeFrequency> counted) {
        Map<Long, CodeFrequency> byCode = counted.stream()
                .collect(Collectors.toMap(CodeFrequency::codeId, Function.identity()));
        return book.codes().stream().map(c -> frequency(c, byCode.get(c.id()))).toList();
    }

    private static FrequencyRow frequency(Code code, CodeFrequency f) {
        return f == null ? new FrequencyRow(code.id(), code.name(), 0, 0, 0)
                : new FrequencyRow(code.id(), code.name(), f.segments(), f.documents(), f.characters());
    }

    static List<PairRow> pairs(CoOccurrence result) {
        return result.pairs().stream().map(p -> new PairRow(p.firstCodeId(), p.first(), p.secondCodeId(), p.second(),
                p.count(), Math.round(p.jaccard() * 1000) / 1000.0)).toList();
    }
}
