package org.parallax.model;

import java.util.Locale;

/**
 * How the coding assistant ranks codes for a passage. Both are lexical methods of Lucene's classification
 * module over the coded passages, analysed like the search index (English or Russian stemming).
 */
public enum AssistantMethod {
    /** k nearest coded passages by BM25 similarity (MoreLikeThis); a code's confidence is its neighbours' weighted share. */
    KNN,
    /** BM25-weighted naive Bayes over the words of each code's passages. */
    BAYES;

    /** The name used on the command line and in provenance records. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
