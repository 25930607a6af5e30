package org.parallax.ui.app;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Whether a native file chooser is open. The system's chooser (GTK's on Linux) holds the JavaFX thread in its own
 * loop until it is answered: a quit queued for that thread meanwhile waits, so a signal must close the project
 * without it ({@link QuitOnSignal}).
 */
final class NativeChooser {
    private static final AtomicInteger OPEN = new AtomicInteger();

    private NativeChooser() {
    }

    /** The chooser's answer, the chooser counted as open while {@code show} waits for it. */
    static <T> T shown(Supplier<T> show) {
        OPEN.incrementAndGet();
        try {
            return show.get();
        } finally {
            OPEN.decrementAndGet();
        }
    }

    static boolean isOpen() {
        return OPEN.get() > 0;
    }
}
