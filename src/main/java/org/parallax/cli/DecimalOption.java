package org.parallax.cli;

import org.parallax.model.DecimalNumber;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every number option (--prior, --certainty, --threshold…) as a researcher types it, 0.8 or 0,8, as the window
 * and `evidence add --likelihood` do; a wrong one is named in words, not as a Java exception.
 */
final class DecimalOption {
    private DecimalOption() {
    }

    static Double parse(String text) {
        try {
            return DecimalNumber.parse(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number (write it as 0.8 or 0,8)");
        }
    }
}
