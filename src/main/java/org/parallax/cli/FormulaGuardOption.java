package org.parallax.cli;

import picocli.CommandLine.Option;

/** `--no-formula-guard` for commands that print CSV, as `export csv` has it (docs/export.md). */
final class FormulaGuardOption {
    @Option(names = "--no-formula-guard",
            description = "With --format csv, keep cells starting with = + - @ as they are (default: prefix them with ')")
    boolean off;

    boolean on() {
        return !off;
    }
}
