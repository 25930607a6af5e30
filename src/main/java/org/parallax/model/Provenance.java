package org.parallax.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a passage the coding assistant proposed came from: the method and the Parallax version that
 * suggested it, the settings line (unit, threshold, the coder learnt from, seed), its confidence in [0, 1]
 * and when it was suggested. Stored for the assistant's own layer and for suggestions the analyst accepted.
 */
public record Provenance(long segmentId, String method, String version, String settings, double confidence,
                         Instant created) {
    /** The line {@link #describe} writes, at the end of a text or alone: how {@link #endOf} reads it back. */
    private static final Pattern DESCRIBED = Pattern.compile("(?:^|\\n\\n)Suggested by the Parallax assistant "
            + "(?<version>\\S+)(?: using (?<method>\\S+))? \\((?<settings>[^\\n]*)\\), confidence "
            + "(?<confidence>[0-9.]+), (?<created>\\S+)\\s*$");

    public Provenance withSegment(long id) {
        return new Provenance(id, method, version, settings, confidence, created);
    }

    /**
     * One line for exports and the passage's details. When the method that coded the passage is not the one the
     * settings chose (the semantic method leaves documents not in English to knn), the line names it.
     */
    public String describe() {
        String by = settings == null || settings.startsWith("method=" + method + " ") ? "" : " using " + method;
        return "Suggested by the Parallax assistant " + version + by + " (" + settings + "), confidence "
                + String.format(Locale.ROOT, "%.3f", confidence) + ", " + created;
    }

    /**
     * The provenance whose {@link #describe} line ends {@code text} (a passage's Description in a REFI-QDA file,
     * after its memo and a blank line), for segment 0; empty when the text does not end with such a line.
     */
    public static Optional<Provenance> endOf(String text) {
        Matcher m = text == null ? null : DESCRIBED.matcher(text);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        String settings = m.group("settings");
        String method = m.group("method") != null ? m.group("method")
                : settings.startsWith("method=") ? settings.substring(7).split(" ", 2)[0] : null;
        try {
            double confidence = Double.parseDouble(m.group("confidence"));
            if (method == null || method.isEmpty() || confidence < 0 || confidence > 1) {
                return Optional.empty();
            }
            return Optional.of(new Provenance(0, method, m.group("version"), settings, confidence,
                    Instant.parse(m.group("created"))));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code text} without the line {@link #endOf} reads and the blank line before it; null when nothing is left. */
    public static String before(String text) {
        Matcher m = DESCRIBED.matcher(text);
        if (!m.find()) {
            return text;
        }
        String rest = text.substring(0, m.start()).strip();
        return rest.isEmpty() ? null : rest;
    }
}
