package org.parallax.store.jdbc;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the timestamps the stores write as text ({@link Instant#toString}, e.g. {@code 2026-12-02T13:04:05.123456Z})
 * and converts a passage's time to and from the integer its column holds since schema 14 (ADR 0033).
 * {@link Instant#parse} goes through a general formatter, which was most of loading 200,000 passages coded one by one
 * (each with a timestamp of its own; docs/performance.md, issue 18 session 10). The plain form is read here digit by
 * digit; anything else (a year past 9999, a leap second, a value written by hand) still goes to {@link Instant#parse}.
 */
final class StoredInstants {
    private StoredInstants() {
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || (length > 20 && (text.charAt(19) != '.' || length > 30))) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length > 21 ? digits(text, 20, length - 1) : length == 21 ? -1 : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || fraction < 0) {
            return Instant.parse(text);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Instant.parse(text);
        }
        int nanos = fraction;
        // ".123Z" is 123,000,000 ns: scale the fraction's digits up to nine.
        for (int digitsGiven = Math.max(0, length - 21); digitsGiven < 9 && length > 20; digitsGiven++) {
            nanos *= 10;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
    }

    /** The decimal number in {@code text[from, to)}, or -1 if a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * A passage's time as its column holds it: nanoseconds since 1970-01-01T00:00:00Z, which a 64-bit integer holds from
     * 1677-09-21 to 2262-04-11 ({@link org.parallax.model.Segment#keptTime} brings a time from a file inside that).
     */
    static long nanos(Instant at) {
        long seconds = at.getEpochSecond();
        long nanos = at.getNano();
        if (seconds < 0 && nanos > 0) {
            // The earliest times: the whole seconds alone would be below the range the nanoseconds reach into.
            seconds++;
            nanos -= 1_000_000_000L;
        }
        try {
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("A passage's time " + at + " is outside what a project keeps", e);
        }
    }

    static Instant ofNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
