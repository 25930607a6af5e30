package org.parallax.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric character references to no character or to half of one ({@code &#0;}, {@code &#xD800;}), which the HTML
 * standard reads as U+FFFD each, as browsers show them. jsoup hands on U+0000, which refused the page as binary data,
 * and the half itself, so that two references to an emoji's halves became the emoji no browser shows. They are
 * written {@code &#xFFFD;} before jsoup reads the page, which otherwise reads as before. The page's bytes are seen as
 * ISO-8859-1, one character per byte, so every other byte passes unchanged in any encoding that writes ASCII as ASCII;
 * a page in UTF-16 or UTF-32 (its byte order mark) passes whole.
 */
final class HtmlNumericReferences {
    private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?");
    /** The start of a reference that the next block may finish. */
    private static final Pattern OPEN = Pattern.compile("&(?:#(?:[xX][0-9a-fA-F]*|[0-9]*))?");
    private static final String REPLACEMENT = "&#xFFFD;";
    private static final int BLOCK = 64 * 1024;
    /** A reference's digits may start with any number of zeros; a longer open tail is passed on as it is. */
    private static final int LONGEST_CARRIED = 1024;

    private int replaced;

    /** How many references were written as U+FFFD so far. */
    int replaced() {
        return replaced;
    }

    /** What the import says of them: nothing, or how many the page had. */
    List<String> warnings(Path file) {
        return replaced == 0 ? List.of() : List.of(file.getFileName() + ": " + replaced
                + (replaced == 1 ? " character reference" : " character references") + " to no character or half of "
                + "one (such as &#0; or &#xD800;) " + (replaced == 1 ? "was" : "were") + " read as \uFFFD (U+FFFD), "
                + "as browsers show " + (replaced == 1 ? "it" : "them"));
    }

    /** The page's bytes with such references written as U+FFFD. */
    InputStream rewriting(InputStream page) throws IOException {
        byte[] start = page.readNBytes(2);
        boolean utf16 = start.length == 2 && ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE
                || (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF);
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), page);
        return utf16 ? whole : new Rewriting(whole);
    }

    /** The text of a page (or of a block of its bytes) with such references written as U+FFFD. */
    String rewritten(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (reference.find()) {
            if (noCharacter(reference.group(1) != null ? reference.group(1) : reference.group(2),
                    reference.group(1) != null ? 16 : 10)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, reference.start()).append(REPLACEMENT);
                copied = reference.end();
                replaced++;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether the digits name U+0000 or a surrogate; larger numbers jsoup already reads as U+FFFD. */
    private static boolean noCharacter(String digits, int radix) {
        String significant = digits.replaceFirst("^0+", "");
        if (significant.length() > 7) {
            return false;
        }
        int value = significant.isEmpty() ? 0 : Integer.parseInt(significant, radix);
        return value == 0 || value >= 0xD800 && value <= 0xDFFF;
    }

    /** The bytes a block at a time, each block rewritten, the unfinished start of a reference kept for the next. */
    private final class Rewriting extends InputStream {
        private final InputStream in;
        private String carried = "";
        private byte[] ready = new byte[0];
        private int at;
        private boolean ended;

        Rewriting(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (at == ready.length) {
                if (ended) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, ready.length - at);
            System.arraycopy(ready, at, b, off, n);
            at += n;
            return n;
        }

        private void fill() throws IOException {
            byte[] block = in.readNBytes(BLOCK);
            ended = block.length < BLOCK;
            String text = carried + new String(block, StandardCharsets.ISO_8859_1);
            int keep = ended ? text.length() : openTail(text);
            carried = text.substring(keep);
            ready = rewritten(text.substring(0, keep)).getBytes(StandardCharsets.ISO_8859_1);
            at = 0;
        }

        /** Where a reference that the next block may finish starts, or the text's length. */
        private int openTail(String text) {
            int amp = text.lastIndexOf('&');
            if (amp < 0 || text.length() - amp > LONGEST_CARRIED) {
                return text.length();
            }
            return OPEN.matcher(text).region(amp, text.length()).matches() ? amp : text.length();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
