package org.parallax.model;

import java.util.Locale;

/**
 * How the coding assistant ranks codes for a passage: two lexical methods over the coded passages, analysed like
 * the search index (English or Russian stemming), and a semantic one over sentence embeddings (English only; an
 * optional add-on, docs/assistant.md).
 */
public enum AssistantMethod {
    /** k nearest coded passages by BM25 similarity (MoreLikeThis); a code's confidence is its neighbours' weighted share. */
    KNN,
    /** BM25-weighted naive Bayes over the words of each code's passages. */
    BAYES,
    /**
     * k nearest coded passages and frame-guide entries (definitions, rules, anchor examples) by the cosine of their
     * sentence embeddings (all-MiniLM-L6-v2); English documents only, others get {@link #KNN}.
     */
    SEMANTIC;

    /** The name used on the command line and in provenance records. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
