package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Refuses, before jsoup reads it, a page whose tree jsoup could not hold in this program's heap. jsoup makes an element
 * of every tag, closed or not, before any text is taken: a page of 8.8 MB, a million {@code <span><i>} pairs never
 * closed (inside the 24 MB limit of pages), ran the launchers' 256 MiB heap out after 40 s, where a page of Word's
 * markup of 24 MB holds some 350,000 elements. So the page's tags are counted in its bytes first and weighed with its
 * size against the heap, as {@link DocxHeldXml} weighs a .docx's XML.
 */
final class HtmlHeldTree {
    /**
     * What jsoup holds for an element: measured after a full collection, 105 bytes (a {@code <div>}) to 340 (a span
     * with a style and a word); the tree's text and attributes are charged by the page's size.
     */
    static final int BYTES_PER_ELEMENT = 256;
    /** What the page's bytes take while it is parsed: its characters as input, then as the tree's text. */
    static final int BYTES_PER_BYTE = 4;
    /** What the rest of the program keeps while one large file is read (the project, the search index's buffers). */
    private static final int HEAP_EIGHTHS_FOR_READING = 7;
    private static final int BUFFER = 64 * 1024;

    private HtmlHeldTree() {
    }

    /**
     * Throws a one-line failure if {@code page}'s tags and size need more than seven eighths of {@code heapBytes}. A
     * tag is a '<' before an ASCII letter; zero bytes between them are skipped, so a page in UTF-16 is counted too.
     */
    static void check(InputStream page, ExtractionBudget budget, long heapBytes) throws IOException {
        long bytes = 0;
        long elements = 0;
        boolean afterLessThan = false;
        byte[] buffer = new byte[BUFFER];
        for (int n = page.read(buffer); n >= 0; n = page.read(buffer)) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == 0) {
                    continue;
                }
                if (afterLessThan && ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) {
                    elements++;
                }
                afterLessThan = b == '<';
            }
            bytes += n;
            budget.tick();
        }
        long allowed = heapBytes / 8 * HEAP_EIGHTHS_FOR_READING;
        if (elements * BYTES_PER_ELEMENT + bytes * BYTES_PER_BYTE > allowed) {
            throw budget.exceeded(String.format(Locale.ROOT, "%,d HTML elements in %s, which are read into memory "
                    + "whole as a tree: more than a Java heap of %d MiB holds; run it again with a larger heap, e.g. "
                    + "PARALLAX_JAVA_OPTIONS=-Xmx1g", elements, Sizes.format(bytes), heapBytes >> 20));
        }
    }
}
