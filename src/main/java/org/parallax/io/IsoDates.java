package org.parallax.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A leading ISO date, YYYY-MM-DD, YYYY-MM or YYYY (a month or a year stands for its first day). */
final class IsoDates {
    private static final Pattern LEADING = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?!\\d)");

    private IsoDates() {
    }

    /** The date {@code s} starts with, or null. */
    static LocalDate leading(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = LEADING.matcher(s.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "year" or "month" when the date {@code s} starts with has no day (it stands for its first day), else null. */
    static String leadingPrecision(String s) {
        if (leading(s) == null) {
            return null;
        }
        Matcher m = LEADING.matcher(s.strip());
        m.find();
        return m.group(3) != null ? null : m.group(2) == null ? "year" : "month";
    }

    /** {@code s} without its leading date and the separators after it; {@code s} itself if nothing would be left. */
    static String withoutLeading(String s) {
        Matcher m = LEADING.matcher(s);
        if (!m.find() || leading(s) == null) {
            return s;
        }
        String rest = s.substring(m.end()).replaceFirst("^[\\s_.\\-]+", "");
        return rest.isEmpty() ? s : rest;
    }
}
