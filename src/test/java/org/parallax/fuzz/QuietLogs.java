package org.parallax.fuzz;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences java.util.logging while a fuzz container runs: thousands of damaged files would otherwise fill
 * the build log with the parsers' (expected) warnings. The previous level is restored afterwards.
 */
final class QuietLogs {
    private static final Logger ROOT = Logger.getLogger("");
    private static Level saved;
    private static int depth;

    private QuietLogs() {
    }

    static synchronized void on() {
        if (depth++ == 0) {
            saved = ROOT.getLevel();
            ROOT.setLevel(Level.OFF);
        }
    }

    static synchronized void off() {
        if (--depth == 0) {
            ROOT.setLevel(saved);
        }
    }
}
