package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a reader of a search's hits should know of how the query was read, said beside the totals: quoted words match
 * only the forms typed (a Russian phrase in the genitive, «"излишнего политеса"», misses the same words in other
 * cases), and common words left out of a longer query are not required.
 */
final class QueryNotes {
    private final Analyzer analyzer;
    private final List<String> quotedWithOtherForms = new ArrayList<>();
    /** The largest proximity asked of a quoted text noted ({@code "a b"~5}); 0 when all were plain phrases. */
    private int proximity;

    QueryNotes(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Notes a quoted text of the document text field, if a language's stemming gives any of its words other forms;
     * {@code slop} is the proximity typed after it ({@code ~5}), 0 for a phrase.
     */
    void quoted(String text, int slop) {
        List<String> exact = terms(IndexFields.TEXT_EXACT, text);
        for (String field : IndexFields.STEMMED_FIELDS) {
            List<String> stemmed = terms(field, text);
            if (!stemmed.isEmpty() && !exact.containsAll(stemmed)) {
                quotedWithOtherForms.add("\"" + text + "\"" + (slop > 0 ? "~" + slop : ""));
                proximity = Math.max(proximity, slop);
                return;
            }
        }
    }

    List<String> notes(CommonWords leftOut) {
        List<String> notes = new ArrayList<>();
        if (!quotedWithOtherForms.isEmpty()) {
            notes.add(String.join(", ", quotedWithOtherForms)
                    + " in quotes finds exact word forms only; drop the quotes to find every form of "
                    + (quotedWithOtherForms.size() == 1 && !quotedWithOtherForms.get(0).strip().contains(" ")
                    ? "the word" : "each word (anywhere in a document, not only " + together() + ")"));
        }
        if (!leftOut.isEmpty()) {
            notes.add(leftOut.leftOutNote());
        }
        return List.copyOf(notes);
    }

    /** What the quotes asked of the words' places, which dropping them gives up. */
    private String together() {
        if (proximity == 0) {
            return "side by side";
        }
        return quotedWithOtherForms.size() == 1 ? "within " + proximity + " word moves of each other" : "near each other";
    }

    private List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string's analysis reads no file
        }
        return terms;
    }
}
