package org.parallax.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.QuerySyntaxException;

/** Reads the dates of {@code date:} queries: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}, as epoch days. */
final class QueryDates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private QueryDates() {
    }

    /** First day the value covers (the day after it if the bound is exclusive). */
    static int firstDay(String value, int position, boolean inclusive) {
        LocalDate[] span = span(value, position);
        return (int) (inclusive ? span[0].toEpochDay() : span[1].toEpochDay() + 1);
    }

    /** Last day the value covers (the day before it if the bound is exclusive). */
    static int lastDay(String value, int position, boolean inclusive) {
        LocalDate[] span = span(value, position);
        return (int) (inclusive ? span[1].toEpochDay() : span[0].toEpochDay() - 1);
    }

    private static LocalDate[] span(String value, int position) {
        Matcher m = DATE.matcher(value.trim());
        try {
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
                }
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                }
                LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
                return new LocalDate[] {day, day};
            }
        } catch (DateTimeException e) {
            // falls through to the message below: the numbers are out of range
        }
        throw new QuerySyntaxException("'" + value + "' in date: is not a date; use a year (1997), a month (1997-05)"
                + " or a day (1997-05-27), e.g. date:[1997 TO 2002]", position);
    }
}
