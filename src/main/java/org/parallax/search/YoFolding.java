package org.parallax.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes the Russian letter ё as е in each word. Russian prints ё as е in most texts (newspapers, official documents)
 * and spells it out in others, often both in one text, so "ещё" and "еще", "идёт" and "идет" are one word to a
 * reader; a search for one missed the other. One letter for one, so a word keeps its length.
 */
final class YoFolding extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    YoFolding(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0, length = term.length(); i < length; i++) {
            if (buffer[i] == 'ё') {
                buffer[i] = 'е';
            } else if (buffer[i] == 'Ё') {
                buffer[i] = 'Е';
            }
        }
        return true;
    }
}
