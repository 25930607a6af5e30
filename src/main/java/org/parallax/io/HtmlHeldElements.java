package org.parallax.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Supplier;

/**
 * A page's characters on their way into jsoup's parser, counting the elements that come in (a '<' before an ASCII
 * letter, as {@link HtmlHeldTree} counts them) against those taken out of the tree once their text is taken: more
 * open at once than {@code allowed} is refused as the parser reads on, before the heap runs out.
 */
final class HtmlHeldElements extends FilterReader {
    private static final int END_LENGTH = "</body".length();
    private final long allowed;
    private final ExtractionBudget budget;
    private final Supplier<ImportException> refusal;
    private long read;
    private long removed;
    private boolean afterLessThan;
    private final StringBuilder lastChars = new StringBuilder();
    private boolean bodyEndRead;

    HtmlHeldElements(Reader page, long allowed, ExtractionBudget budget, Supplier<ImportException> refusal) {
        super(page);
        this.allowed = allowed;
        this.budget = budget;
        this.refusal = refusal;
    }

    /**
     * Whether the parser has been given a {@code </body} or {@code </html} (read ahead of what it has parsed, or in a
     * script's text, which only makes this early).
     */
    boolean bodyEndRead() {
        return bodyEndRead;
    }

    /** Counts {@code elements} taken out of the tree. */
    void removed(long elements) {
        removed += elements;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (afterLessThan && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                read++;
            }
            afterLessThan = c == '<';
            if (!bodyEndRead) {
                noteBodyEnd(c);
            }
        }
        budget.tick();
        if (read - removed > allowed) {
            throw refusal.get();
        }
        return n;
    }

    private void noteBodyEnd(char c) {
        if (lastChars.length() == END_LENGTH) {
            lastChars.deleteCharAt(0);
        }
        lastChars.append(Character.toLowerCase(c));
        bodyEndRead = lastChars.indexOf("</body") == 0 || lastChars.indexOf("</html") == 0;
    }
}
