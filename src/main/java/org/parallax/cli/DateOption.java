package org.parallax.cli;

import java.time.LocalDate;
import org.parallax.model.Days;
import org.parallax.model.ParallaxException;
import picocli.CommandLine.TypeConversionException;

/** Reads every date option (--from, --to, --date) and says in words what a wrong one should look like. */
final class DateOption {
    private DateOption() {
    }

    static LocalDate parse(String text) {
        try {
            return Days.parse(text);
        } catch (ParallaxException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
