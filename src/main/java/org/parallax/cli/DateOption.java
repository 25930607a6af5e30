package org.parallax.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.TypeConversionException;

/** Reads every date option (--from, --to, --date) and says in words what a wrong one should look like. */
final class DateOption {
    private DateOption() {
    }

    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2022-02-24"
                    + (text.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? " (that day does not exist)" : ""));
        }
    }
}
