package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * What jsoup's tree of a page holds in the heap, counted in the page's bytes before jsoup reads it: jsoup makes an
 * element of every tag, closed or not, before any text is taken. A page of 8.6 MB, a million {@code <span><i>} pairs
 * never closed (inside the 24 MB limit of pages), ran the launchers' 256 MiB heap out after 40 s. A page whose tree
 * would not fit is read a part at a time ({@link HtmlStreamedText}), which holds only the elements still open, and an
 * import reading several pages at once weighs each by its tree ({@link ReadingWeight}).
 *
 * <p>Measured with jsoup 1.18.3, retained after a full collection: a million {@code <b>} never closed (2.9 MB) 192 MB;
 * two million {@code <span>}/{@code <i>} (8.6 MB) 297 MB; a million {@code <b>word</b>} in a paragraph (8.6 MB)
 * 163 MB; 300,000 spans with a style and a word, Word's markup (18 MB), 100 MB; 400,000 paragraphs of Russian
 * transcript with a bold speaker (19 MB) 82 MB. An element with its text node takes up to 200 bytes, the text four
 * bytes a byte (as the tree's strings, then as the extracted text), a tag's attributes three bytes a byte.
 */
final class HtmlHeldTree {
    static final int BYTES_PER_ELEMENT = 200;
    static final int BYTES_PER_TEXT_BYTE = 4;
    static final int BYTES_PER_MARKUP_BYTE = 3;
    /** What the rest of the program keeps while one large file is read (the project, the search index's buffers). */
    private static final int HEAP_EIGHTHS_FOR_READING = 7;
    private static final int BUFFER = 64 * 1024;

    /**
     * A page's elements (a '<' before an ASCII letter), the bytes of its text, of its tags, and all its bytes, and the
     * most elements open at once as its tags say ({@code <x} opens, {@code </x} and {@code />} close; a tag never
     * closed, {@code <br>} too, stays counted open, so this is never below what a reader holds open).
     */
    record Count(long elements, long textBytes, long markupBytes, long bytes, long deepest) {
        /** What jsoup's tree of the page and the text taken from it hold. */
        long heldBytes() {
            return saturated(elements, BYTES_PER_ELEMENT) + saturated(textBytes, BYTES_PER_TEXT_BYTE)
                    + saturated(markupBytes, BYTES_PER_MARKUP_BYTE);
        }

        /** Whether the page is read a part at a time under {@code heapBytes}: its tree would not fit. */
        boolean readAPartAtATime(long heapBytes) {
            return heldBytes() > allowed(heapBytes);
        }

        /**
         * What reading the page a part at a time holds besides its bytes ({@link HtmlStreamedText}): the text taken,
         * and the elements open at once, each taken out of the tree when it closes.
         */
        long streamedBytes() {
            return saturated(textBytes, BYTES_PER_TEXT_BYTE) + saturated(deepest, BYTES_PER_ELEMENT);
        }
    }

    private HtmlHeldTree() {
    }

    /** What a page's tree may hold: seven eighths of {@code heapBytes}; a page needing more is read a part at a time. */
    static long allowed(long heapBytes) {
        return heapBytes / 8 * HEAP_EIGHTHS_FOR_READING;
    }

    /** Counts {@code page}'s elements, text and tags, calling {@code tick} after each buffer. */
    static Count count(InputStream page, Runnable tick) throws IOException {
        long bytes = 0;
        long elements = 0;
        long text = 0;
        long markup = 0;
        long open = 0;
        long deepest = 0;
        boolean afterLessThan = false;
        boolean inTag = false;
        byte previous = 0;
        byte[] buffer = new byte[BUFFER];
        for (int n = page.read(buffer); n >= 0; n = page.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == 0) {
                    continue;
                }
                boolean letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
                if (afterLessThan && (letter || b == '/' || b == '!')) {
                    elements += letter ? 1 : 0;
                    open = letter ? open + 1 : b == '/' ? Math.max(0, open - 1) : open;
                    deepest = Math.max(deepest, open);
                    inTag = true;
                    // The '<' was counted as text.
                    text--;
                    markup++;
                }
                if (inTag) {
                    markup++;
                    inTag = b != '>';
                    if (b == '>' && previous == '/') {
                        open = Math.max(0, open - 1);
                    }
                } else {
                    text++;
                }
                afterLessThan = b == '<';
                previous = b;
            }
            bytes += n;
            tick.run();
        }
        return new Count(elements, text, markup, bytes, deepest);
    }

    private static long saturated(long count, int times) {
        return count > Long.MAX_VALUE / 4 / times ? Long.MAX_VALUE / 4 : count * times;
    }
}
