package org.parallax;

import org.parallax.cli.ParallaxCommand;
import org.parallax.cli.VersionLine;
import org.parallax.ui.app.Launcher;

/**
 * Composition root. Without arguments, or with just a project file, it opens the workbench window;
 * with a command it runs the command line. {@code --version} alone is answered before either is loaded.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (VersionLine.printIfAsked(args)) {
            return;
        }
        if (args.length == 0 || (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".parallax"))) {
            Launcher.main(args);
        } else {
            ParallaxCommand.main(args);
        }
    }
}
