package org.parallax.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.parallax.workbench.Workbench;

/**
 * Writes the chart a command's {@code --svg} asked for and says where it went: on standard output after a table, on
 * standard error after CSV or JSON so a pipe stays clean.
 */
final class ChartNote {
    private ChartNote() {
    }

    /** Draws and writes {@code chart} when {@code file} was given ({@code --svg}); nothing otherwise. */
    static void writeIfAsked(ProjectCommand command, Workbench workbench, OutputFormat format, Path file,
                             Supplier<String> chart) {
        if (file == null) {
            return;
        }
        workbench.charts().write(chart.get(), file);
        (format == OutputFormat.table ? command.out() : command.err()).println("Chart written to " + file);
        (format == OutputFormat.table ? command.out() : command.err()).flush();
    }
}
