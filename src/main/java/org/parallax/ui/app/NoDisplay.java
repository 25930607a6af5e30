package org.parallax.ui.app;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the window can have a screen at all. On Linux and the other X11 systems JavaFX needs an X display; without
 * one (an SSH session, a console, a cron job) its toolkit died with a stack trace ending in "Unable to open DISPLAY".
 * Checked before the toolkit starts, so the user reads one line saying what is missing and what works instead.
 */
final class NoDisplay {
    private NoDisplay() {
    }

    /**
     * The line to print instead of starting the window, or null when it may start: always on Windows and macOS,
     * under a headless glass platform (Monocle), and wherever DISPLAY or WAYLAND_DISPLAY is set.
     */
    static String problem(String osName, Map<String, String> environment, String glassPlatform, String[] args) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "monocle".equalsIgnoreCase(glassPlatform)
                || isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        String what = args.length == 1 ? "the window for " + args[0] : "the window";
        return "parallax: cannot open " + what + ": no display (DISPLAY is not set, as in an SSH session or a console);"
                + " the commands work without one, see 'parallax --help'";
    }

    /**
     * The line to print when the toolkit failed to start although a display is set: DISPLAY left from a closed SSH
     * session, a number no X server has, a display this user may not use (after sudo), or no GTK to draw with.
     */
    static String unusable(Map<String, String> environment, String[] args, RuntimeException failure) {
        String what = args.length == 1 ? "the window for " + args[0] : "the window";
        String display = isSet(environment.get("DISPLAY")) ? "DISPLAY=" + environment.get("DISPLAY")
                : "WAYLAND_DISPLAY=" + environment.get("WAYLAND_DISPLAY");
        String reason = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage().strip().lines().findFirst().orElse("");
        return "parallax: cannot open " + what + " on the display " + display + " (" + reason + "): no X server"
                + " answers there, or this user may not use it (as after sudo or a closed SSH session);"
                + " the commands work without one, see 'parallax --help'";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
