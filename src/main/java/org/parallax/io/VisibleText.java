package org.parallax.io;

/** Builds text the way a browser lays it out: collapsed spaces, at most one blank line between blocks. */
final class VisibleText {
    private final StringBuilder out = new StringBuilder();
    private int pendingBreaks;

    void appendCollapsed(String raw) {
        String collapsed = raw.replaceAll("[ \\t\\n\\r\\f\\u000B]+", " ");
        if (collapsed.isEmpty()) {
            return;
        }
        if (collapsed.startsWith(" ") && (atLineStart() || pendingBreaks > 0 || endsWithSpace())) {
            collapsed = collapsed.substring(1);
        }
        write(collapsed);
    }

    /** Characters written so far (line breaks still pending are not counted). */
    int length() {
        return out.length();
    }

    void appendVerbatim(String raw) {
        write(raw);
    }

    void lineBreak() {
        pendingBreaks = Math.max(pendingBreaks, 1);
    }

    /** A {@code <br>}: unlike block edges, two in a row do make a blank line. */
    void hardBreak() {
        pendingBreaks = Math.min(pendingBreaks + 1, 2);
    }

    void paragraphBreak() {
        pendingBreaks = 2;
    }

    private void write(String s) {
        if (s.isEmpty()) {
            return;
        }
        if (pendingBreaks > 0 && out.length() > 0) {
            trimTrailingSpace();
            out.append("\n".repeat(pendingBreaks));
        }
        pendingBreaks = 0;
        out.append(s);
    }

    private void trimTrailingSpace() {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private boolean atLineStart() {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private boolean endsWithSpace() {
        return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
    }

    @Override
    public String toString() {
        trimTrailingSpace();
        return out.toString();
    }
}
