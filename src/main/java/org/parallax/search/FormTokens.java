package org.parallax.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.BytesRef;

/**
 * One text field's terms, given to the index writer as bytes ({@link WordForms}), at the tokenizer's positions. A
 * word without a term (a stop word) adds its position increment to the next term's, as the stop filter does, so
 * phrase queries see the same gaps as the query analysers make.
 */
final class FormTokens extends TokenStream {
    private final BytesTermAttribute term;
    private final PositionIncrementAttribute increment;
    private final BytesRef[] terms;
    private final TokenOffsets tokens;
    private int next;
    private int skipped;

    /** {@code terms[i]} is the term of token {@code i} of {@code tokens}, or null for none. */
    FormTokens(BytesRef[] terms, TokenOffsets tokens) {
        super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
        term = addAttribute(BytesTermAttribute.class);
        increment = addAttribute(PositionIncrementAttribute.class);
        this.terms = terms;
        this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
        while (next < tokens.count()) {
            BytesRef value = terms[next];
            int positions = tokens.increment(next);
            next++;
            if (value == null) {
                skipped += positions;
            } else {
                // Every attribute the writer reads is set here, so clearing them first would be wasted work.
                term.setBytesRef(value);
                increment.setPositionIncrement(positions + skipped);
                skipped = 0;
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
        skipped = 0;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        increment.setPositionIncrement(skipped);
    }
}
