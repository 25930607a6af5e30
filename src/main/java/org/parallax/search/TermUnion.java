package org.parallax.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The documents of one index part that hold any of a few terms, in document order, read from the terms' postings:
 * the documents a query of these terms as alternatives visits, without building its weight and scorer.
 */
final class TermUnion extends DocIdSetIterator {
    private final PostingsEnum[] postings;
    private int doc = -1;

    private TermUnion(PostingsEnum[] postings) {
        this.postings = postings;
    }

    /** The union of {@code terms}' postings in {@code reader}, or null when the part holds none of them. */
    static TermUnion of(LeafReader reader, List<Term> terms) throws IOException {
        List<PostingsEnum> found = new ArrayList<>(terms.size());
        for (Term term : terms) {
            PostingsEnum words = reader.postings(term, PostingsEnum.FREQS);
            if (words != null) {
                found.add(words);
            }
        }
        return found.isEmpty() ? null : new TermUnion(found.toArray(PostingsEnum[]::new));
    }

    @Override
    public int docID() {
        return doc;
    }

    @Override
    public int nextDoc() throws IOException {
        return advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
        int next = NO_MORE_DOCS;
        for (PostingsEnum words : postings) {
            int at = words.docID() < target ? words.advance(target) : words.docID();
            next = Math.min(next, at);
        }
        return doc = next;
    }

    /** How often the terms occur in the current document, together. */
    int freq() throws IOException {
        int sum = 0;
        for (PostingsEnum words : postings) {
            if (words.docID() == doc) {
                sum += words.freq();
            }
        }
        return sum;
    }

    @Override
    public long cost() {
        long cost = 0;
        for (PostingsEnum words : postings) {
            cost += words.cost();
        }
        return cost;
    }
}
