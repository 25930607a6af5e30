package org.parallax.testutil;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.parallax.cli.ParallaxCommand;

/** Runs the command line in-process, as a script would, capturing exit code, stdout and stderr. */
public record Cli(int exit, String out, String err) {

    /** Runs the command line and fails the test, with what it said on stderr, unless it exits with 0. */
    public static Cli ok(Object... args) {
        Cli run = parallax(args);
        if (run.exit() != 0) {
            throw new AssertionError(String.join(" ", Arrays.stream(args).map(String::valueOf).toList())
                    + " exited with " + run.exit() + ": " + run.err());
        }
        return run;
    }

    public static Cli parallax(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = ParallaxCommand.run(strings, new PrintWriter(out), new PrintWriter(err));
        return new Cli(exit, out.toString(), err.toString());
    }
}
