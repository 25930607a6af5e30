package org.parallax.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.parallax.workbench.BuildInfo;

/**
 * {@code parallax --version} without the command line around it: Main asks this first, so printing the version
 * loads no picocli, no command, no store, no Lucene and no JavaFX (the installed launcher then answers in the time a
 * JVM takes to start). {@code ParallaxCommand} still answers {@code --version} the same way through picocli.
 */
public final class VersionLine {
    private VersionLine() {
    }

    /** Prints the version line and returns true when {@code args} ask for nothing else; otherwise does nothing. */
    public static boolean printIfAsked(String[] args) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) {
            return false;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(BuildInfo.current().describe());
        return true;
    }
}
