package org.parallax.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What SQLite's checks report, ordered for a researcher: real damage first and whole, then the pages that belong to
 * nothing, which SQLite names one a line ("Page 56: never used"), as one line with their count. A file with a few
 * hundred such pages gave as many lines, the damage that mattered among or after them, and the opening's warning,
 * which shows the first three lines, named only such pages.
 */
final class CheckLines {
    /** How many lines SQLite's checks may report: its own default of 100 let pages never used crowd out the damage. */
    static final int MOST = 10_000;
    private static final Pattern NEVER_USED = Pattern.compile("Page (\\d+)(?::| is) never used");
    /** The heading SQLite puts over its findings for the main database; it says nothing a researcher needs. */
    private static final String HEADING = "*** in database main ***";
    private static final int RANGES_SHOWN = 4;

    private CheckLines() {
    }

    /** The report's lines, damage first in SQLite's order, pages never used last as one line; empty for "ok". */
    static List<String> ordered(String report) {
        List<String> damage = new ArrayList<>();
        List<Integer> neverUsed = new ArrayList<>();
        for (String line : report.split("\n")) {
            Matcher page = NEVER_USED.matcher(line.strip());
            if (page.matches()) {
                neverUsed.add(Integer.parseInt(page.group(1)));
            } else if (!line.isBlank() && !line.strip().equals(HEADING) && !line.strip().equals("ok")) {
                damage.add(line);
            }
        }
        if (!neverUsed.isEmpty()) {
            damage.add(neverUsedLine(neverUsed));
        }
        return damage;
    }

    private static String neverUsedLine(List<Integer> pages) {
        pages.sort(null);
        List<String> ranges = new ArrayList<>();
        int first = pages.get(0);
        int last = first;
        for (int page : pages.subList(1, pages.size())) {
            if (page != last + 1) {
                ranges.add(range(first, last));
                first = page;
            }
            last = page;
        }
        ranges.add(range(first, last));
        String shown = String.join(", ", ranges.subList(0, Math.min(RANGES_SHOWN, ranges.size())))
                + (ranges.size() > RANGES_SHOWN ? ", …" : "");
        String count = pages.size() == 1 ? "1 page" : String.format("%,d pages", pages.size());
        return count + " never used (" + shown + "): in no table or index and not listed as free; on their own they "
                + "hold nothing the project reads (space wasted), beside other damage they may be pages a table lost";
    }

    private static String range(int first, int last) {
        return first == last ? String.valueOf(first) : first + "–" + last;
    }
}
