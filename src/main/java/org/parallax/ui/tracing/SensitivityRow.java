package org.parallax.ui.tracing;

/**
 * How firm a hypothesis' result is: prior, posterior from the range midpoints, the lowest and highest posterior the
 * ranges allow, and the posterior without the item that moved the result most.
 */
public record SensitivityRow(String hypothesis, String prior, String posterior, String low, String high,
                             String withoutTopItem) {
}
