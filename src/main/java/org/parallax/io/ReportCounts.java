package org.parallax.io;

/** How a section's size reads in headings of every report format: "1 passage", "12 passages", "3 memos". */
public final class ReportCounts {
    private ReportCounts() {
    }

    public static String of(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
