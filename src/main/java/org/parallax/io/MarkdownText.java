package org.parallax.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown turned into the text a reader sees, so the researcher codes prose, not markup: heading
 * markers, emphasis markers, link targets (the link text stays), images, HTML comments, block-quote
 * markers, code fences and backslash escapes are removed. Lists, tables and line breaks stay as written.
 */
final class MarkdownText {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    /** "# Title", and "####TITLE" as some converters write it; a lone "#tag" is not a heading. */
    private static final Pattern ATX = Pattern.compile("^ {0,3}(?:#{1,6}[ \\t]+|#{2,6}(?=[^#\\s]))(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern EMPTY_ATX = Pattern.compile("^ {0,3}#{1,6}[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])[ \\t]*(?:\\1[ \\t]*){2,}$");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}(?:[*+-]|\\d{1,9}[.)])[ \t]");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}(?:>[ \\t]?)+");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\](?:\\([^)\\n]*\\)|\\[[^\\]\\n]*\\])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\](?:\\((?:<[^>\\n]*>|[^)\\s]*)(?:[ \\t]+\"[^\"\\n]*\")?\\)|\\[[^\\]\\n]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto|ftp):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STAR = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?![\\w*])");
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\w_\\\\])_(?=[^\\s_])(.+?)(?<=[^\\s_\\\\])_(?![\\w_])");
    private static final Pattern CODE = Pattern.compile("(`+)(?=[^`])(.+?)(?<=[^`])\\1(?!`)");
    private static final Pattern HARD_BREAK = Pattern.compile("\\\\$");
    /** Backslash escapes are parked on private-use characters while the markup is removed. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~])");
    private static final char PARKED = '\uE000';
    /**
     * Character reads the patterns may make per character of a line (ordinary Markdown takes fewer than
     * 20) before the line is kept as written; bounds the regex engine's backtracking to linear work.
     */
    static final int READS_PER_CHAR = 64;
    private static final int READS_PER_LINE = 4_096;

    private MarkdownText() {
    }

    /**
     * The reading text and the first heading (null if none), both without markup; {@code linesKept}
     * lines (the longest {@code longestKept} characters) were too costly to read and are kept as written.
     */
    record Reading(String text, String firstHeading, int linesKept, int longestKept) {
    }

    static Reading read(String markdown, ExtractionBudget budget) {
        boolean park = markdown.chars().noneMatch(c -> c >= PARKED && c < PARKED + 128);
        String source = withoutComments(markdown);
        if (park) {
            source = ESCAPE.matcher(source).replaceAll(m -> Matcher.quoteReplacement(
                    String.valueOf((char) (PARKED + m.group(1).charAt(0)))));
        }
        String[] lines = source.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        String heading = null;
        String fence = null;
        String previous = "";
        int linesKept = 0;
        int longestKept = 0;
        for (String line : lines) {
            RegexReadAllowance allowance = new RegexReadAllowance(
                    (long) READS_PER_CHAR * (line.length() + previous.length()) + READS_PER_LINE, budget);
            Matcher fenceLine = FENCE.matcher(allowance.over(line));
            String reading;
            try {
                if (fenceLine.matches() && (fence == null || fenceLine.group(1).startsWith(fence))) {
                    fence = fence == null ? fenceLine.group(1).substring(0, 3) : null;
                    continue;
                }
                CharSequence counted = allowance.over(line);
                if (fence != null) {
                    reading = line;
                } else if (REFERENCE_DEFINITION.matcher(counted).matches() || EMPTY_ATX.matcher(counted).matches()) {
                    continue;
                } else if (!previous.isBlank() && !LIST_ITEM.matcher(allowance.over(previous)).find()
                        && SETEXT.matcher(counted).matches()) {
                    heading = heading == null ? inline(allowance, previous).strip() : heading;
                    continue;
                } else if (RULE.matcher(counted).matches()) {
                    reading = "";
                } else {
                    Matcher atx = ATX.matcher(counted);
                    if (atx.matches()) {
                        reading = inline(allowance, atx.group(1)).strip();
                        heading = heading == null && !reading.isEmpty() ? reading : heading;
                    } else {
                        reading = inline(allowance, QUOTE.matcher(counted).replaceFirst(""));
                    }
                }
            } catch (RegexReadAllowance.Spent e) {
                reading = line;
                linesKept++;
                longestKept = Math.max(longestKept, line.length());
            }
            previous = fence != null ? "" : line;
            out.add(reading);
        }
        String joined = String.join("\n", out);
        String text = park ? unpark(joined) : joined;
        return new Reading(text, heading == null ? null : park ? unpark(heading) : heading, linesKept, longestKept);
    }

    private static String inline(RegexReadAllowance allowance, String line) {
        String s = IMAGE.matcher(allowance.over(line)).replaceAll("");
        s = LINK.matcher(allowance.over(s)).replaceAll("$1");
        s = AUTOLINK.matcher(allowance.over(s)).replaceAll("$1");
        s = CODE.matcher(allowance.over(s)).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
        s = STRONG.matcher(allowance.over(s)).replaceAll("$2");
        s = STRONG.matcher(allowance.over(s)).replaceAll("$2");
        s = STAR.matcher(allowance.over(s)).replaceAll("$1");
        s = UNDERSCORE.matcher(allowance.over(s)).replaceAll("$1");
        return HARD_BREAK.matcher(allowance.over(s)).replaceFirst("");
    }

    /**
     * HTML comments ({@code <!-- … -->}, across lines) removed, each from an opening to the first closing
     * after it, as a lazy pattern would, in one pass: once an opening has no closing after it, no later
     * one has either (the pattern retried every opening to the end of the text).
     */
    static String withoutComments(String markdown) {
        int open = markdown.indexOf("<!--");
        if (open < 0) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int from = 0;
        while (open >= 0) {
            int close = markdown.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            out.append(markdown, from, open);
            from = close + 3;
            open = markdown.indexOf("<!--", from);
        }
        return out.append(markdown, from, markdown.length()).toString();
    }

    private static String unpark(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= PARKED && c < PARKED + 128 ? (char) (c - PARKED) : c);
        }
        return out.toString();
    }
}
