package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.model.Counted;
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
            workbench.openingNote().ifPresent(note -> err().println("note: " + note + " (parallax restore lists it)"));
            workbench.pseudonymiseOutput(pseudonymising());
            try {
                status = run(workbench);
                if (pseudonymising() && !partsWarned) {
                    warnOfPartsLeftAlone(workbench.exchange().sensitivePartsLeftAlone());
                }
            } catch (ReadOnlyProjectException refused) {
                throw refused; // its one line already says the project is read-only and why
            } catch (RuntimeException failed) {
                warnIfReadOnly(workbench, String.valueOf(failed.getMessage()));
                throw failed;
            }
            warnIfReadOnly(workbench, "");
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

    private boolean partsWarned;

    /** One warning line for each part of a sensitive value (a surname alone) a pseudonymised export left as it is. */
    void warnOfPartsLeftAlone(List<String> parts) {
        partsWarned = true;
        parts.forEach(line -> err().println("warning: " + line));
    }

    /** Whether the project was opened for writing, so that finding it read-only is news to the user. */
    private boolean openedForWriting;

    /** How the command opens its project; a command that must never write opens it read-only. */
    Workbench open(String location) {
        openedForWriting = true;
        return Workbench.open(location, passwordPrompt(location));
    }

    /**
     * A damaged file, or one in a read-only place, opens read-only so that it can still be read; a command that
     * read it must not pass that over in silence, nor a team project whose server rules are older than this Parallax
     * (a blind coder would read "blind mode is on" while the server hands other programs what it hides). Commands that
     * open read-only on purpose, and a team reader, whose role is the reason, are not warned about.
     */
    private void warnIfReadOnly(Workbench workbench, String failure) {
        if (!openedForWriting || workbench.teamRole().filter("reader"::equals).isPresent()) {
            return;
        }
        String name = Workbench.isTeamProject(project) ? workbench.displayName()
                : workbench.file().getFileName().toString();
        // A refusal that gives the reason already is the one line.
        workbench.readOnlyReason().filter(reason -> !failure.contains(reason)).ifPresent(reason -> err().println(
                "warning: " + name + " is open read-only: " + reason + wayBack(workbench)));
    }

    /** The newest sound backup of a damaged file and the command that restores it, as the window's banner offers it. */
    private static String wayBack(Workbench workbench) {
        return workbench.soundBackupOfDamagedFile().map(found -> "; the newest sound backup is from "
                + RestoreCommand.WHEN.format(found.backup().taken()) + " (" + found.backup().reason() + ", "
                + Counted.of(found.documents(), "document") + ", " + Counted.of(found.passages(), "passage")
                + "): restore it with: parallax restore " + workbench.file() + " " + found.backup().file().getFileName())
                .orElse("");
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
