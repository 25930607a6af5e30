package org.parallax.cli;

import java.nio.file.Path;

/** Says where a chart went: on standard output after a table, on standard error after CSV or JSON so a pipe stays clean. */
final class ChartNote {
    private ChartNote() {
    }

    static void print(ProjectCommand command, OutputFormat format, Path file) {
        (format == OutputFormat.table ? command.out() : command.err()).println("Chart written to " + file);
        (format == OutputFormat.table ? command.out() : command.err()).flush();
    }
}
