package org.parallax.fuzz;

import static org.parallax.fuzz.Mutation.at;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Structure-aware damage to text formats (CSV sheets, the XML inside QDPX and DOCX): stray quotes,
 * separators and markup, lost or repeated lines, numbers and attribute values swapped for hostile ones.
 */
final class TextMutations {
    private static final List<String> TOKENS = List.of("\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "<", ">",
            "&", "&amp;", "&#0;", "'", "\u0000", "\uFEFF", "\uD83D", "\uDE00", "😀", "-1", "99999999999", "]]>",
            "<!--", "<!DOCTYPE x>", "<x>", "</", "=\"", "file", "2002-13-45", " ", "é", "\u202E");
    private static final List<String> NUMBERS = List.of("-1", "0", "1", "2147483647", "2147483648",
            "-2147483649", "99999999999999999999", "1e3", "", "0x10", "١٢");
    /** Values that keep XML well-formed, so the damage reaches the REFI-QDA reading behind the parser. */
    private static final List<String> VALUES = List.of("", " ", "x", "-1", "0", "99999999999", "1.5", "true",
            "false", "00000000-0000-0000-0000-000000000000", "not-a-guid", "#GGGGGG", "#FF0000", "&amp;",
            "&#x1F600;", "&#xD800;", "&#10;", "a&#13;&#10;b", "é", "😀", "2002-13-45", "2002-05-28T10:00:00Z",
            "internal://missing.txt", "../../etc/passwd", "relative://x.txt", "sources/../x.txt", "<", "\"");
    private static final List<String> PDF_TOKENS = List.of("obj", "endobj", "stream", "endstream", "<<", ">>",
            "[", "]", "(", ")", "\\", "/", "R", "0 0 R", "1 0 R", "%%EOF", "trailer", "xref", "startxref", "Tj",
            "TJ", "BT", "ET", "/Length 999999", "/Type /Pages", "/Kids [3 0 R 3 0 R]", "/Filter /FlateDecode");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"");
    private static final Pattern EMPTY_ELEMENT = Pattern.compile("<[\\w:]+\\b[^<>]*/>");
    private static final Pattern WHOLE_ELEMENT =
            Pattern.compile("<([\\w:]+)\\b[^<>]*(?<!/)>.*?</\\1>", Pattern.DOTALL);

    private TextMutations() {
    }

    /** One to four mutations suited to CSV sheets: characters and whole lines. */
    static Arbitrary<List<Mutation<String>>> csv() {
        Arbitrary<Double> where = Mutation.fraction();
        return Arbitraries.oneOf(
                Combinators.combine(where, Arbitraries.of(TOKENS)).as(TextMutations::insert),
                Combinators.combine(where, Arbitraries.integers().between(1, 200)).as(TextMutations::delete),
                Combinators.combine(where, Arbitraries.of(NUMBERS)).as(TextMutations::replaceNumber),
                where.map(TextMutations::repeatLine),
                where.map(TextMutations::removeLine),
                Combinators.combine(where, where).as(TextMutations::swapLines),
                where.map(TextMutations::truncate)).list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * One to three mutations suited to XML: mostly ones that keep it well-formed (values, numbers, whole
     * elements), so that the damage gets past the parser to the reading of the REFI-QDA structure.
     */
    static Arbitrary<List<Mutation<String>>> xml() {
        Arbitrary<Double> where = Mutation.fraction();
        return Arbitraries.frequencyOf(
                Tuple.of(1, Combinators.combine(where, Arbitraries.of(TOKENS)).as(TextMutations::insert)),
                Tuple.of(1, Combinators.combine(where, Arbitraries.integers().between(1, 200))
                        .as(TextMutations::delete)),
                Tuple.of(2, Combinators.combine(where, Arbitraries.of(NUMBERS)).as(TextMutations::replaceNumber)),
                Tuple.of(4, Combinators.combine(where, Arbitraries.of(VALUES)).as(TextMutations::replaceAttribute)),
                Tuple.of(2, where.map(TextMutations::removeEmptyElement)),
                Tuple.of(3, where.map(TextMutations::removeWholeElement)),
                Tuple.of(1, where.map(TextMutations::truncate))).list().ofMinSize(1).ofMaxSize(3);
    }

    /** One to three mutations suited to an uncompressed PDF: numbers (offsets, lengths, object ids) above all. */
    static Arbitrary<List<Mutation<String>>> pdf() {
        Arbitrary<Double> where = Mutation.fraction();
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(where, Arbitraries.of(NUMBERS)).as(TextMutations::replaceNumber)),
                Tuple.of(1, Combinators.combine(where, Arbitraries.of(PDF_TOKENS)).as(TextMutations::insert)),
                Tuple.of(1, Combinators.combine(where, Arbitraries.integers().between(1, 200))
                        .as(TextMutations::delete)),
                Tuple.of(1, where.map(TextMutations::removeLine)),
                Tuple.of(1, where.map(TextMutations::repeatLine)),
                Tuple.of(1, where.map(TextMutations::truncate))).list().ofMinSize(1).ofMaxSize(3);
    }

    static Mutation<String> insert(double where, String token) {
        return new Mutation<>("insert " + visible(token) + " at " + where, s -> {
            int i = at(where, s.length() + 1);
            return s.substring(0, i) + token + s.substring(i);
        });
    }

    static Mutation<String> delete(double where, int length) {
        return new Mutation<>("delete " + length + " chars at " + where, s -> {
            int i = at(where, s.length());
            return s.substring(0, i) + s.substring(Math.min(s.length(), i + length));
        });
    }

    static Mutation<String> truncate(double where) {
        return new Mutation<>("truncate at " + where, s -> s.substring(0, at(where, s.length())));
    }

    static Mutation<String> replaceNumber(double where, String number) {
        return new Mutation<>("replace a number at " + where + " by " + visible(number),
                s -> replaceMatch(s, NUMBER, 0, where, number));
    }

    static Mutation<String> replaceAttribute(double where, String value) {
        return new Mutation<>("replace an attribute value at " + where + " by " + visible(value),
                s -> replaceMatch(s, ATTRIBUTE, 1, where, value));
    }

    static Mutation<String> removeEmptyElement(double where) {
        return new Mutation<>("remove an empty element at " + where, s -> replaceMatch(s, EMPTY_ELEMENT, 0, where, ""));
    }

    /** Cuts out an element with its content (the first end tag of its name closes it, so nesting may break). */
    static Mutation<String> removeWholeElement(double where) {
        return new Mutation<>("remove an element at " + where, s -> replaceMatch(s, WHOLE_ELEMENT, 0, where, ""));
    }

    static Mutation<String> repeatLine(double where) {
        return new Mutation<>("repeat line at " + where, s -> {
            List<String> lines = lines(s);
            int i = at(where, lines.size());
            lines.add(i, lines.isEmpty() ? "" : lines.get(i));
            return String.join("\n", lines);
        });
    }

    static Mutation<String> removeLine(double where) {
        return new Mutation<>("remove line at " + where, s -> {
            List<String> lines = lines(s);
            if (!lines.isEmpty()) {
                lines.remove(at(where, lines.size()));
            }
            return String.join("\n", lines);
        });
    }

    static Mutation<String> swapLines(double first, double second) {
        return new Mutation<>("swap lines at " + first + " and " + second, s -> {
            List<String> lines = lines(s);
            if (lines.size() > 1) {
                java.util.Collections.swap(lines, at(first, lines.size()), at(second, lines.size()));
            }
            return String.join("\n", lines);
        });
    }

    private static String replaceMatch(String s, Pattern pattern, int group, double where, String replacement) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(group), m.end(group)});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(at(where, spans.size()));
        return s.substring(0, span[0]) + replacement + s.substring(span[1]);
    }

    private static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n", -1)));
    }

    private static String visible(String token) {
        StringBuilder out = new StringBuilder("'");
        token.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
        return out.append('\'').toString();
    }
}
