package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * A query that is one bare word, recognised without the query parser: the terms the parser would look up for it
 * (its English, Russian and Arabic stems and its plain form, or its exact form), so its hits can be read from their postings straight away.
 * Anything else, or a word that does not analyse to one term per field (a stop word, a word the tokenizer splits),
 * is left to the parser, which answers it or explains why not.
 */
final class PlainWord {
    /** Letters, digits and combining marks only: none of them is an operator of the query syntax. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    /** The words the parser reads as operators when written in capitals. */
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private PlainWord() {
    }

    /** The terms {@code query} stands for when it is one plain word, else null (the parser must read it). */
    static List<Term> terms(String query, Analyzer analyzer, boolean exactForms) {
        if (query == null) {
            return null;
        }
        String word = query.strip();
        if (word.isEmpty() || OPERATORS.contains(word) || !WORD.matcher(word).matches()) {
            return null;
        }
        if (exactForms) {
            Term exact = onlyTerm(analyzer, IndexFields.TEXT_EXACT, word);
            return exact == null ? null : List.of(exact);
        }
        List<Term> terms = new java.util.ArrayList<>(IndexFields.STEMMED_FIELDS.size());
        for (String field : IndexFields.STEMMED_FIELDS) {
            Term term = onlyTerm(analyzer, field, word);
            if (term == null) {
                return null;
            }
            terms.add(term);
        }
        return terms;
    }

    /** The one term {@code field}'s analyser makes of {@code word}, or null when it makes none or several. */
    private static Term onlyTerm(Analyzer analyzer, String field, String word) {
        try (TokenStream tokens = analyzer.tokenStream(field, word)) {
            TermToBytesRefAttribute bytes = tokens.addAttribute(TermToBytesRefAttribute.class);
            tokens.reset();
            if (!tokens.incrementToken()) {
                return null;
            }
            BytesRef term = BytesRef.deepCopyOf(bytes.getBytesRef());
            boolean more = tokens.incrementToken();
            tokens.end();
            return more ? null : new Term(field, term);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string in memory does not read anything
        }
    }
}
