package org.parallax;

import org.parallax.cli.ParallaxCommand;

/** Composition root: with arguments runs the command line, without opens the workbench window. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ParallaxCommand.main(args);
    }
}
