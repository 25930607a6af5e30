package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.parallax.model.TextRange;

/**
 * The hand-written paragraph separator scan gives exactly the paragraphs of the regular expressions it replaced
 * (ADR 8), on texts made of every kind of line break, the horizontal spaces a blank line may hold, other white
 * space and letters.
 */
class ParagraphBreaksTest {
    private static final Pattern BLANK_LINE = Pattern.compile("(?>\\r\\n|\\n|\\r)[ \\t\\f\\u00A0]*(?>\\r\\n|\\n|\\r)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\n|\\r");

    @Property(tries = 2000)
    void paragraphsAreThoseOfTheRegularExpressions(@ForAll("texts") String text) {
        assertThat(TextUnits.paragraphs(text)).isEqualTo(byRegex(text));
    }

    @Property(tries = 1000)
    void theParagraphAtEveryOffsetIsThatOfTheRegularExpressions(@ForAll("texts") String text) {
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(TextUnits.paragraphAt(text, offset)).as("offset %d of %s", offset, text.replace("\r", "\\r")
                    .replace("\n", "\\n")).isEqualTo(paragraphAtByRegex(text, offset));
        }
    }

    @Test
    void crLfIsOneLineBreakAndABlankLineMayHoldSpaces() {
        assertThat(TextUnits.paragraphs("a\r\nb\r\n \t\u00A0\r\nc")).containsExactly(new TextRange(0, 4),
                new TextRange(11, 12));
        assertThat(TextUnits.paragraphs("a\rb\nc\r\nd")).hasSize(4);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of('\r', '\n', ' ', '\t', '\f', '\u00A0', '\u2028', 'a', 'b', '.')
                .list().ofMaxSize(40).map(chars -> {
                    StringBuilder out = new StringBuilder();
                    chars.forEach(out::append);
                    return out.toString();
                });
    }

    private static List<TextRange> byRegex(String text) {
        Pattern separator = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
        List<TextRange> out = new ArrayList<>();
        int start = 0;
        Matcher m = separator.matcher(text);
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            TextRange trimmed = trim(text, start, end);
            if (trimmed != null) {
                out.add(trimmed);
            }
            if (!found) {
                return out;
            }
            start = m.end();
        }
    }

    private static TextRange paragraphAtByRegex(String text, int offset) {
        Pattern separator = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
        int start = 0;
        int end = text.length();
        Matcher m = separator.matcher(text);
        while (m.find()) {
            if (m.end() <= offset) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        TextRange trimmed = trim(text, start, end);
        return trimmed != null ? trimmed : new TextRange(offset, offset);
    }

    private static TextRange trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new TextRange(s, e) : null;
    }
}
