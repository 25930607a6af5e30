package org.parallax.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.parallax.workbench.Workbench;

/**
 * The chart a command's {@code --svg} asked for, written before the command prints anything, and the line saying
 * where it went: on standard output after a table, on standard error after CSV or JSON so a pipe stays clean. A
 * chart that cannot be written (a read-only folder) fails the command before its table is printed, so a script
 * never reads a whole table from a command that then failed.
 */
final class ChartNote {
    private final Path file;

    private ChartNote(Path file) {
        this.file = file;
    }

    /** Draws and writes {@code chart} when {@code file} was given ({@code --svg}); nothing otherwise. */
    static ChartNote writeIfAsked(Workbench workbench, Path file, Supplier<String> chart) {
        if (file != null) {
            workbench.charts().write(chart.get(), file);
        }
        return new ChartNote(file);
    }

    /** Says where the chart went, once the command has printed what it prints; nothing when none was asked for. */
    void say(ProjectCommand command, OutputFormat format) {
        if (file == null) {
            return;
        }
        (format == OutputFormat.table ? command.out() : command.err()).println("Chart written to " + file);
        (format == OutputFormat.table ? command.out() : command.err()).flush();
    }
}
