package org.parallax.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines a PDF prints on its pages that are not the document's text: running headers and footers
 * and page numbers (docs/decisions/0020-pdf-page-markers.md). Only the first two and the last two lines of
 * a page are candidates, and only in a file of two pages or more. One is left out when
 * <ul>
 * <li>the same line stands at the same edge of at least a quarter of the pages (and at least two);</li>
 * <li>it is a page number: a number that opens or closes it goes up with the page, by the same distance
 *     from the file's page number that most such edge numbers have (on a quarter of the pages), and it is
 *     a bare number ("7", "- 7 -", "Page 7") or the rest of it stands at that edge of another page too
 *     ("Chapter 2: Utilities 6"); without such a distance, a bare number equal to the file's page number;</li>
 * <li>it is a bare lower-case Roman numeral (front matter).</li>
 * </ul>
 * The distance is kept so that page markers show the number printed on the page.
 */
final class RunningLines {
    private static final Pattern EDGE_NUMBER =
            Pattern.compile("^[-\u2013\u2014 ]*(\\d{1,4})(?!\\d)|(?<!\\d)(\\d{1,4})[-\u2013\u2014 ]*$");
    private static final Pattern BARE_NUMBER =
            Pattern.compile("(?iu)(?:page|p\\.|стр\\.|с\\.)?\\s*[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013\u2014]?");
    private static final Pattern ROMAN = Pattern.compile("[ivxl]{1,7}");
    private static final int EDGE_LINES = 2;

    /**
     * The pages without their running lines, and what to add to a file page number to get the one printed
     * on the page (empty when the pages carry no numbers that say so).
     */
    record Result(List<PdfPage> pages, OptionalInt printedOffset) {
    }

    /** A line at a page's edge; {@code offset} is its edge number minus the page number, if it has one. */
    private record Candidate(int index, String edge, String text, Integer offset, String rest, boolean bare) {
    }

    private RunningLines() {
    }

    static Result remove(List<PdfPage> pages) {
        if (pages.size() < 2) {
            return new Result(pages, OptionalInt.empty());
        }
        int threshold = Math.max(2, (pages.size() + 3) / 4);
        Map<String, Set<Integer>> lines = new HashMap<>();
        Map<String, Set<Integer>> offsets = new HashMap<>();
        Map<String, Set<Integer>> rests = new HashMap<>();
        for (PdfPage page : pages) {
            for (Candidate c : candidates(page)) {
                lines.computeIfAbsent(c.edge() + c.text(), k -> new HashSet<>()).add(page.number());
                if (c.offset() != null) {
                    offsets.computeIfAbsent(c.edge() + c.offset(), k -> new HashSet<>()).add(page.number());
                    rests.computeIfAbsent(c.edge() + c.rest(), k -> new HashSet<>()).add(page.number());
                }
            }
        }
        Map<String, Integer> dominant = new HashMap<>();
        OptionalInt printed = OptionalInt.empty();
        int best = 0;
        for (String edge : List.of("top", "bottom")) {
            for (Map.Entry<String, Set<Integer>> e : offsets.entrySet()) {
                int support = e.getValue().size();
                if (e.getKey().startsWith(edge) && support >= threshold
                        && support > dominant.getOrDefault(edge + "support", 0)) {
                    int offset = Integer.parseInt(e.getKey().substring(edge.length()));
                    dominant.put(edge, offset);
                    dominant.put(edge + "support", support);
                    if (support > best) {
                        best = support;
                        printed = OptionalInt.of(offset);
                    }
                }
            }
        }
        List<PdfPage> kept = new ArrayList<>(pages.size());
        for (PdfPage page : pages) {
            Set<Integer> drop = new HashSet<>();
            for (Candidate c : candidates(page)) {
                if (lines.get(c.edge() + c.text()).size() >= threshold
                        || isPageNumber(c, dominant.get(c.edge()), rests)
                        || ROMAN.matcher(c.text()).matches()) {
                    drop.add(c.index());
                }
            }
            kept.add(without(page, drop));
        }
        if (kept.stream().allMatch(p -> p.paragraphs().isEmpty())) {
            // Every page the same and nothing else: that is the text, not a header.
            return new Result(pages, OptionalInt.empty());
        }
        return new Result(kept, printed);
    }

    private static boolean isPageNumber(Candidate c, Integer dominant, Map<String, Set<Integer>> rests) {
        if (c.offset() == null) {
            return false;
        }
        if (dominant == null) {
            return c.bare() && c.offset() == 0;
        }
        return c.offset().equals(dominant) && (c.bare() || rests.get(c.edge() + c.rest()).size() >= 2);
    }

    private static List<Candidate> candidates(PdfPage page) {
        List<String> lines = page.lines();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean top = i < EDGE_LINES;
            if (top || i >= lines.size() - EDGE_LINES) {
                candidates.add(candidate(i, top ? "top" : "bottom", lines.get(i), page.number()));
            }
        }
        return candidates;
    }

    private static Candidate candidate(int index, String edge, String line, int pageNumber) {
        String text = line.replaceAll("\\s+", " ");
        Matcher m = EDGE_NUMBER.matcher(text);
        if (!m.find()) {
            return new Candidate(index, edge, text, null, null, false);
        }
        int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        String rest = (text.substring(0, m.start()) + "#" + text.substring(m.end())).strip();
        return new Candidate(index, edge, text, number - pageNumber, rest, BARE_NUMBER.matcher(text).matches());
    }

    private static PdfPage without(PdfPage page, Set<Integer> drop) {
        if (drop.isEmpty()) {
            return page;
        }
        List<List<String>> paragraphs = new ArrayList<>();
        int index = 0;
        for (List<String> paragraph : page.paragraphs()) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph) {
                if (!drop.contains(index++)) {
                    lines.add(line);
                }
            }
            paragraphs.add(lines);
        }
        return new PdfPage(page.number(), paragraphs);
    }
}
