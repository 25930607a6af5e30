package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** A subcommand that works on an existing project file given as its first parameter. */
abstract class ProjectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (NAME.parallax).")
    Path project;

    @Override
    public final Integer call() {
        try (Workbench workbench = open(project)) {
            return run(workbench);
        }
    }

    /** How the command opens its project; a command that must never write opens it read-only. */
    Workbench open(Path file) {
        return Workbench.open(file);
    }

    abstract int run(Workbench workbench);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
