package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.model.ReadOnlyProjectException;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A subcommand that works on an existing project file given as its first parameter. */
abstract class ProjectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (NAME.parallax), or a team "
            + "project's URL postgresql://[USER@]HOST[:PORT]/DATABASE?project=NAME (password from PGPASSWORD, "
            + "~/.pgpass or a prompt).")
    String project;

    @Option(names = "--user", paramLabel = "NAME", description = "For a team project: log in as NAME (when the URL "
            + "names a user it must be the same one; default PGUSER, else your system user).")
    String user;

    @Override
    public final Integer call() {
        Workbench workbench = open(Workbench.asUser(project, user));
        int status;
        try (workbench) {
            workbench.openingNote().ifPresent(note -> err().println("note: " + note
                    + (workbench.openingNoteBackupsListed() ? " (parallax restore lists it)" : "")));
            workbench.pseudonymiseOutput(pseudonymising());
            try {
                if (writesFiles()) {
                    refuseNamedFiles(workbench);
                }
                status = run(workbench);
                if (pseudonymising() && !partsWarned) {
                    warnOfPartsLeftAlone(workbench.exchange().sensitivePartsLeftAlone());
                }
                if (writesFiles() && namesAFile()) {
                    workbench.exchange().coderNamesLeft().forEach(line -> err().println("warning: " + line));
                }
            } catch (ReadOnlyProjectException refused) {
                // Its one line already says the project is read-only and why; a damaged file's also needs the way back.
                throw ReadOnlyWarning.withWayBack(refused, workbench);
            } catch (RuntimeException failed) {
                ReadOnlyWarning.print(err(), workbench, project, String.valueOf(failed.getMessage()));
                throw failed;
            }
            ReadOnlyWarning.print(err(), workbench, project, "");
            if (workbench.wroteThisSession()) {
                // The next opening then reads the passages this command changed as packs, not row by row.
                workbench.packPassagesOnClose();
            }
            workbench.dailyBackupFailure().ifPresent(failure -> err().println("warning: " + failure));
            // Passages listed, counted or exported in blind mode were only the active coder's: say so once.
            workbench.blindNotice().ifPresent(err()::println);
        }
        // Closing folds the journal into the file; on a full disk the saves stay beside it, which the user must know.
        workbench.journalNotFolded().ifPresent(kept -> err().println("warning: " + workbench.displayName() + ": "
                + kept));
        return status;
    }

    /**
     * Whether the command was asked for pseudonyms: any command with a {@code --pseudonymise} option given, so a
     * writer gains the whole engine (every file it writes, every label in it) by declaring the option.
     */
    private boolean pseudonymising() {
        CommandLine.Model.OptionSpec option = spec.findOption("--pseudonymise");
        return option != null && Boolean.TRUE.equals(option.getValue());
    }

    /** Whether the command writes files: every writer declares {@code --pseudonymise}, and no reader does. */
    private boolean writesFiles() {
        return spec.findOption("--pseudonymise") != null;
    }

    /**
     * A pseudonymised file named after someone ("Interview_Volkov.csv", or "maria-kowalski.csv" while coders are
     * pseudonymised) is refused before anything is written.
     */
    private void refuseNamedFiles(Workbench workbench) {
        for (CommandLine.Model.ArgSpec arg : spec.args()) {
            if (arg.type() == Path.class && !"PROJECT".equals(arg.paramLabel())
                    && arg.getValue() instanceof Path file) {
                workbench.exchange().refuseANamedFile(file, pseudonymising());
            }
        }
    }

    /** Whether a file to write was given (a listing printed on the terminal writes none). */
    private boolean namesAFile() {
        return spec.args().stream().anyMatch(arg -> arg.type() == Path.class && !"PROJECT".equals(arg.paramLabel())
                && arg.getValue() != null);
    }

    private boolean partsWarned;

    /** One warning line for each part of a sensitive value (a surname alone) a pseudonymised export left as it is. */
    void warnOfPartsLeftAlone(List<String> parts) {
        partsWarned = true;
        parts.forEach(line -> err().println("warning: " + line));
    }

    /** How the command opens its project; a command that must never write opens it read-only. */
    Workbench open(String location) {
        return Workbench.open(location, passwordPrompt(location));
    }

    /** Asks on the terminal for a team project's password when none is stored; a script is never asked. */
    static java.util.function.Supplier<char[]> passwordPrompt(String location) {
        return () -> System.console() == null ? null : System.console().readPassword("Password for %s: ", location);
    }

    abstract int run(Workbench workbench);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
