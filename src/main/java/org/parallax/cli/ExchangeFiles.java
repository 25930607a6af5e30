package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.workbench.Outcome;

/** Prints what an exchange action did: its summary to standard output, skipped items to standard error. */
final class ExchangeFiles {
    private ExchangeFiles() {
    }

    static void print(Outcome outcome, PrintWriter out, PrintWriter err) {
        outcome.lines().forEach(out::println);
        outcome.problems().forEach(err::println);
        out.flush();
        err.flush();
    }
}
