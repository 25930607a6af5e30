package org.parallax.model;

import java.time.Instant;
import java.util.Locale;

/**
 * Where a passage the coding assistant proposed came from: the method and the Parallax version that
 * suggested it, the settings line (unit, threshold, the coder learnt from, seed), its confidence in [0, 1]
 * and when it was suggested. Stored for the assistant's own layer and for suggestions the analyst accepted.
 */
public record Provenance(long segmentId, String method, String version, String settings, double confidence,
                         Instant created) {

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
}
