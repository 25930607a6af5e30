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
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
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

    private MarkdownText() {
    }

    /** The reading text and the first heading (null if none), both without markup. */
    record Reading(String text, String firstHeading) {
    }

    static Reading read(String markdown) {
        boolean park = markdown.chars().noneMatch(c -> c >= PARKED && c < PARKED + 128);
        String source = COMMENT.matcher(markdown).replaceAll("");
        if (park) {
            source = ESCAPE.matcher(source).replaceAll(m -> Matcher.quoteReplacement(
                    String.valueOf((char) (PARKED + m.group(1).charAt(0)))));
        }
        String[] lines = source.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        String heading = null;
        String fence = null;
        String previous = "";
        for (String line : lines) {
            Matcher fenceLine = FENCE.matcher(line);
            if (fenceLine.matches() && (fence == null || fenceLine.group(1).startsWith(fence))) {
                fence = fence == null ? fenceLine.group(1).substring(0, 3) : null;
                continue;
            }
            String reading;
            if (fence != null) {
                reading = line;
            } else if (REFERENCE_DEFINITION.matcher(line).matches() || EMPTY_ATX.matcher(line).matches()) {
                continue;
            } else if (!previous.isBlank() && !LIST_ITEM.matcher(previous).find() && SETEXT.matcher(line).matches()) {
                heading = heading == null ? inline(previous).strip() : heading;
                continue;
            } else if (RULE.matcher(line).matches()) {
                reading = "";
            } else {
                Matcher atx = ATX.matcher(line);
                if (atx.matches()) {
                    reading = inline(atx.group(1)).strip();
                    heading = heading == null && !reading.isEmpty() ? reading : heading;
                } else {
                    reading = inline(QUOTE.matcher(line).replaceFirst(""));
                }
            }
            previous = fence != null ? "" : line;
            out.add(reading);
        }
        String joined = String.join("\n", out);
        String text = park ? unpark(joined) : joined;
        return new Reading(text, heading == null ? null : park ? unpark(heading) : heading);
    }

    private static String inline(String line) {
        String s = IMAGE.matcher(line).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
        s = STRONG.matcher(s).replaceAll("$2");
        s = STRONG.matcher(s).replaceAll("$2");
        s = STAR.matcher(s).replaceAll("$1");
        s = UNDERSCORE.matcher(s).replaceAll("$1");
        return HARD_BREAK.matcher(s).replaceFirst("");
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
