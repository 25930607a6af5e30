package org.parallax.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day as a researcher types it, YYYY-MM-DD; one that cannot be read is said in words, with what to write. */
public final class Days {
    private Days() {
    }

    /** The day {@code text} names; refused in one line when it is no YYYY-MM-DD or no day of the calendar. */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParallaxException("'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2022-02-24"
                    + (text.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? " (that day does not exist)" : ""));
        }
    }
}
