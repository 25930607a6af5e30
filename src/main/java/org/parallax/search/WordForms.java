package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The terms a word gives the two text fields: its exact form and its stem (none for a stop word), found once per
 * distinct word by running the fields' own filter chains ({@link IndexFields#exactForms}, the stemming chains) on
 * that word alone, then looked up. A text repeats its words (a few thousand forms make up nearly all of its tokens),
 * and passing every token through both chains was the largest part of an import's CPU (performance.md, "Issue 18,
 * session 13: import"). Every filter in the chains looks at one token at a time, so a word's terms do not depend on
 * its neighbours; the gaps a stop word leaves are kept by {@link FormTokens}.
 *
 * <p>Not thread-safe: each indexing thread borrows one ({@link #borrow}) and gives it back. The table is emptied when
 * it holds {@link #CAPACITY} words, and the idle ones are held softly, so a large vocabulary costs a few MB at most.
 */
final class WordForms {
    /** Words kept before the table is emptied: the real speeches corpus' 16,384 commonest forms are 98 % of its words. */
    static final int CAPACITY = 1 << 14;

    private static final Queue<SoftReference<WordForms>> IDLE_ENGLISH = new ConcurrentLinkedQueue<>();
    private static final Queue<SoftReference<WordForms>> IDLE_RUSSIAN = new ConcurrentLinkedQueue<>();

    private final boolean russian;
    private final int capacity;
    private final OneWord exactWord = new OneWord();
    private final OneWord stemWord = new OneWord();
    private final TokenStream exactChain;
    private final TokenStream stemChain;
    private final CharTermAttribute exactTerm;
    private final CharTermAttribute stemTerm;
    private final Form[] slots;
    private int size;

    WordForms(boolean russian, int capacity) {
        this.russian = russian;
        this.capacity = capacity;
        UnaryOperator<TokenStream> stems = russian ? IndexFields::russianStems : IndexFields::englishStems;
        exactChain = IndexFields.exactForms(exactWord);
        stemChain = stems.apply(stemWord);
        exactTerm = exactChain.getAttribute(CharTermAttribute.class);
        stemTerm = stemChain.getAttribute(CharTermAttribute.class);
        slots = new Form[Integer.highestOneBit(capacity) * 4];
    }

    /** One for the calling thread, for texts in Russian or else English; give it back with {@link #giveBack}. */
    static WordForms borrow(boolean russian) {
        Queue<SoftReference<WordForms>> idle = russian ? IDLE_RUSSIAN : IDLE_ENGLISH;
        for (SoftReference<WordForms> held; (held = idle.poll()) != null; ) {
            WordForms forms = held.get();
            if (forms != null) {
                return forms;
            }
        }
        return new WordForms(russian, CAPACITY);
    }

    void giveBack() {
        (russian ? IDLE_RUSSIAN : IDLE_ENGLISH).add(new SoftReference<>(this));
    }

    /** The terms of the word {@code text[start, end)}. */
    Form of(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        for (Form form; (form = slots[slot]) != null; slot = slot + 1 & mask) {
            if (form.hash == hash && form.is(text, start, end)) {
                return form;
            }
        }
        if (size == capacity) {
            Arrays.fill(slots, null);
            size = 0;
            slot = spread(hash) & mask;
        }
        char[] word = new char[end - start];
        text.getChars(start, end, word, 0);
        Form form = new Form(word, hash, onlyTerm(exactChain, exactWord, exactTerm, word),
                onlyTerm(stemChain, stemWord, stemTerm, word));
        slots[slot] = form;
        size++;
        return form;
    }

    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }

    /** The term {@code chain} makes of {@code word} alone, or null if it drops it. */
    private static BytesRef onlyTerm(TokenStream chain, OneWord source, CharTermAttribute term, char[] word) {
        source.word = word;
        try {
            chain.reset();
            BytesRef result = chain.incrementToken() ? new BytesRef(term) : null;
            if (chain.incrementToken()) {
                throw new IllegalStateException("A filter made two terms of one word");
            }
            chain.end();
            chain.close();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no reader behind these streams
        }
    }

    /** A word's terms in each field, as the bytes Lucene indexes; {@code stem} is null for a stop word. */
    static final class Form {
        private final char[] word;
        private final int hash;
        final BytesRef exact;
        final BytesRef stem;

        private Form(char[] word, int hash, BytesRef exact, BytesRef stem) {
            this.word = word;
            this.hash = hash;
            this.exact = exact;
            this.stem = stem;
        }

        private boolean is(String text, int start, int end) {
            if (word.length != end - start) {
                return false;
            }
            for (int i = 0; i < word.length; i++) {
                if (word[i] != text.charAt(start + i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A token stream of one word, the source the chains run on. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] word;
        private boolean done;

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(word, 0, word.length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
