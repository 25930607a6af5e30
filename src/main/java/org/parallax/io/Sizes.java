package org.parallax.io;

import java.util.Locale;

/** Formats byte counts for messages a researcher reads. */
final class Sizes {
    private Sizes() {
    }

    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
