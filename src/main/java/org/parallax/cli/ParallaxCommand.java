package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parallax.model.NotInProject;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.AppFolders;
import org.parallax.workbench.NativeLibraries;
import org.parallax.workbench.RestoreWaitNotice;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `parallax` command line: every subcommand calls the same Workbench the window uses. */
@Command(name = "parallax", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = BuildVersion.class,
        description = "Theory-driven qualitative coding of documents. Without a command, opens the workbench window.",
        // inherited by every command (scope): an installed program has no docs folder, only the window's help
        footer = {"", "docs/NAME.md: that page of Parallax's documentation, in the window's Help > Documentation, "
                + "where each page's file name is under its title."})
public final class ParallaxCommand implements Runnable {
    /**
     * The subcommands' names, in the order the help lists them. Only the one being run is registered: building
     * every command's model loads hundreds of classes (those of all options and their types) a command never uses.
     * The names are written here rather than read from each class's {@code @Command}: reading 35 annotations cost
     * about 15 ms of every command's start, and so did loading the 35 classes, which {@link #commandClass} leaves to
     * the one named (CliHelpTest checks that names and classes agree).
     */
    static final List<String> NAMES = List.of(
            "open", "new", "import", "docs", "document", "remove", "segments", "codes", "codebook", "code", "uncode", "memo", "memos", "coders",
            "tally", "timeline", "cooccurrence", "agreement", "export", "search", "autocode", "blind-copy", "merge", "sensitive",
            "practice", "assistant", "bench", "sample", "backup", "restore", "check", "team", "hypotheses",
            "hypothesis", "evidence", "ledger", "event", "tracing", "report");

    /** The class of the subcommand {@code name}, loaded only now; null for a name that is no command. */
    static Class<?> commandClass(String name) {
        return switch (name) {
            case "open" -> OpenCommand.class;
            case "new" -> NewCommand.class;
            case "import" -> ImportCommand.class;
            case "docs" -> DocsCommand.class;
            case "document" -> DocumentCommand.class;
            case "remove" -> RemoveCommand.class;
            case "segments" -> SegmentsCommand.class;
            case "codes" -> CodesCommand.class;
            case "codebook" -> CodebookCommand.class;
            case "code" -> CodeCommand.class;
            case "uncode" -> UncodeCommand.class;
            case "memo" -> MemoCommand.class;
            case "memos" -> MemosCommand.class;
            case "coders" -> CodersCommand.class;
            case "tally" -> TallyCommand.class;
            case "timeline" -> TimelineCommand.class;
            case "cooccurrence" -> CooccurrenceCommand.class;
            case "agreement" -> AgreementCommand.class;
            case "export" -> ExportCommand.class;
            case "search" -> SearchCommand.class;
            case "autocode" -> AutocodeCommand.class;
            case "blind-copy" -> BlindCopyCommand.class;
            case "merge" -> MergeCommand.class;
            case "sensitive" -> SensitiveCommand.class;
            case "practice" -> PracticeCommand.class;
            case "assistant" -> AssistantCommand.class;
            case "bench" -> BenchCommand.class;
            case "sample" -> SampleCommand.class;
            case "backup" -> BackupCommand.class;
            case "restore" -> RestoreCommand.class;
            case "check" -> CheckCommand.class;
            case "team" -> TeamCommand.class;
            case "hypotheses" -> HypothesesCommand.class;
            case "hypothesis" -> HypothesisCommand.class;
            case "evidence" -> EvidenceCommand.class;
            case "ledger" -> LedgerCommand.class;
            case "event" -> EventCommand.class;
            case "tracing" -> TracingCommand.class;
            case "report" -> ReportCommand.class;
            default -> null;
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(arity = "0..1", paramLabel = "PROJECT",
            description = "A project file (NAME.parallax) or a team project's URL to open in the window; "
                    + "a REFI-QDA project (NAME.qdpx) opens as a new project NAME.parallax beside it.")
    java.nio.file.Path file;

    @Override
    public void run() {
        if (file == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return;
        }
        explainWhyTheWindowDidNotOpen(file);
    }

    /** Main opens NAME.parallax in the window; any other single argument lands here and is explained. */
    static void explainWhyTheWindowDidNotOpen(java.nio.file.Path file) {
        if (!java.nio.file.Files.exists(file)) {
            throw new IllegalArgumentException(file + ": no such command or file (see parallax --help)");
        }
        Workbench.requireProject(file);
        throw new IllegalArgumentException(file.getFileName() + " is a Parallax project, but the window opens only "
                + "files named NAME.parallax: rename it");
    }

    /** Runs the CLI and returns the exit code: 0 on success, 1 on a domain error, 2 on bad usage. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new UsageMistakes());
        cli.setExecutionStrategy(parsed -> {
            // an option's name taken as the value of the option before it: only when joined to it (--text=--help)
            CommandLine.Model.CommandSpec command = parsed.asCommandLineList().get(parsed.asCommandLineList().size()
                    - 1).getCommandSpec();
            UsageMistakes.optionGivenAsValue(command, parsed.originalArgs()).ifPresent(line -> {
                throw new CommandLine.ParameterException(command.commandLine(), line);
            });
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean expected = e instanceof ParallaxException || e instanceof IllegalArgumentException;
            // An unexpected failure is a bug: its trace goes to the log, and the user is told where it is.
            System.getLogger(ParallaxCommand.class.getName()).log(expected ? System.Logger.Level.DEBUG
                    : System.Logger.Level.WARNING, "command failed", e);
            commandLine.getErr().println("error: " + message(e, commandLine) + SoundBackupLine.after(e)
                    + (expected ? "" : CliLog.file().map(log -> " (details are in " + log + ")").orElse("")));
            commandLine.getErr().flush();
            return 1;
        });
        try {
            // Opening a project while another program restores it waits a few seconds: said once, not in silence.
            return RestoreWaitNotice.telling(line -> {
                err.println("note: " + line);
                err.flush();
            }, () -> cli.execute(args));
        } catch (OutOfMemoryError e) {
            // Errors pass picocli's handler above, which takes exceptions only. By now the stack that held the work
            // has unwound, so there is room for one line and the log entry.
            System.getLogger(ParallaxCommand.class.getName()).log(System.Logger.Level.WARNING, "out of memory", e);
            err.println("error: " + ErrorMessages.outOfMemory(Runtime.getRuntime().maxMemory()));
            err.flush();
            return 1;
        }
    }

    /** The line for a failure; an item the project lacks names the command that lists them, to run as it stands. */
    private static String message(Exception e, CommandLine commandLine) {
        if (e instanceof NotInProject missing && commandLine.getCommand() instanceof ProjectCommand command) {
            return missing.withListing(ShellWord.of(command.project));
        }
        return ErrorMessages.of(e);
    }

    /** The command line with only the subcommand {@code name}, or with all of them when {@code name} is none. */
    static CommandLine commandLine(String name) {
        CommandLine cli = new CommandLine(new ParallaxCommand());
        Class<?> chosen = name == null ? null : commandClass(name);
        if (chosen != null) {
            cli.addSubcommand(name, chosen);
        } else {
            NAMES.forEach(each -> cli.addSubcommand(each, commandClass(each)));
        }
        // after the subcommands, which picocli hands these settings to: any text is an option's value when joined
        // to it (--text=--help); UsageMistakes refuses one given as a word of its own, which may be a forgotten value
        cli.setAllowOptionsAsOptionParameters(true);
        // after the subcommands: picocli hands a converter to the commands registered at this moment
        cli.registerConverter(java.time.LocalDate.class, DateOption::parse);
        cli.registerConverter(Double.class, DecimalOption::parse);
        cli.registerConverter(Double.TYPE, DecimalOption::parse);
        return cli;
    }

    /** Entry point of the command line. */
    public static void main(String[] args) {
        // Diagnostics and traces belong in the log file; the terminal gets one line per problem.
        CliLog.toFile(AppFolders.forThisMachine().logFile());
        NativeLibraries.cacheForThisUser();
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }
}
