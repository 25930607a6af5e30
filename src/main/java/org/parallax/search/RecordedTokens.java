package org.parallax.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replays the tokens {@link TokenOffsets} recorded from a text, as the tokenizer produced them (a token is the text
 * between its offsets), so that each text field's filters run without tokenizing the text again.
 */
final class RecordedTokens extends TokenStream {
    private final String text;
    private final TokenOffsets tokens;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int next;

    RecordedTokens(String text, TokenOffsets tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.count()) {
            return false;
        }
        clearAttributes();
        int start = tokens.start(next);
        int end = tokens.end(next);
        term.setEmpty().append(text, start, end);
        offset.setOffset(start, end);
        increment.setPositionIncrement(tokens.increment(next));
        next++;
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(text.length(), text.length());
    }
}
