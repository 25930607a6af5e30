package org.parallax.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `parallax` command line: every subcommand calls the same Workbench the window uses. */
@Command(name = "parallax", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = BuildVersion.class,
        description = "Theory-driven qualitative coding of documents. Without a command, opens the workbench window.")
public final class ParallaxCommand implements Runnable {
    /**
     * The subcommands by name, in the order the help lists them. Only the one being run is registered: building
     * every command's model loads hundreds of classes (those of all options and their types) a command never uses.
     * The names are written here rather than read from each class's {@code @Command}: reading 35 annotations cost
     * about 15 ms of every command's start (ParallaxCommandTest checks that they agree).
     */
    static final Map<String, Class<?>> COMMANDS = commands(
            "new", NewCommand.class, "import", ImportCommand.class, "docs", DocsCommand.class,
            "segments", SegmentsCommand.class, "codes", CodesCommand.class, "codebook", CodebookCommand.class,
            "code", CodeCommand.class, "uncode", UncodeCommand.class, "memo", MemoCommand.class,
            "memos", MemosCommand.class, "coders", CodersCommand.class, "tally", TallyCommand.class,
            "timeline", TimelineCommand.class, "cooccurrence", CooccurrenceCommand.class,
            "agreement", AgreementCommand.class, "export", ExportCommand.class, "search", SearchCommand.class,
            "autocode", AutocodeCommand.class, "merge", MergeCommand.class, "sensitive", SensitiveCommand.class,
            "practice", PracticeCommand.class, "assistant", AssistantCommand.class, "bench", BenchCommand.class,
            "sample", SampleCommand.class, "backup", BackupCommand.class, "restore", RestoreCommand.class,
            "check", CheckCommand.class, "team", TeamCommand.class, "hypotheses", HypothesesCommand.class,
            "hypothesis", HypothesisCommand.class, "evidence", EvidenceCommand.class, "ledger", LedgerCommand.class,
            "event", EventCommand.class, "tracing", TracingCommand.class, "report", ReportCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(arity = "0..1", paramLabel = "PROJECT",
            description = "A project file (NAME.parallax), or a team project's URL, to open in the window.")
    java.nio.file.Path file;

    @Override
    public void run() {
        if (file == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return;
        }
        // Main opens NAME.parallax in the window; any other single argument lands here and is explained.
        if (!java.nio.file.Files.exists(file)) {
            throw new IllegalArgumentException(file + ": no such command or file (see parallax --help)");
        }
        org.parallax.workbench.Workbench.requireProject(file);
        throw new IllegalArgumentException(file.getFileName() + " is a Parallax project, but the window opens only "
                + "files named NAME.parallax: rename it");
    }

    /** Runs the CLI and returns the exit code: 0 on success, 1 on a domain error, 2 on bad usage. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean expected = e instanceof org.parallax.model.ParallaxException || e instanceof IllegalArgumentException;
            // An unexpected failure is a bug: its trace goes to the log, and the user is told where it is.
            System.getLogger(ParallaxCommand.class.getName()).log(expected ? System.Logger.Level.DEBUG
                    : System.Logger.Level.WARNING, "command failed", e);
            commandLine.getErr().println("error: " + ErrorMessages.of(e) + (expected ? ""
                    : CliLog.file().map(log -> " (details are in " + log + ")").orElse("")));
            commandLine.getErr().flush();
            return 1;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Errors pass picocli's handler above, which takes exceptions only. By now the stack that held the work
            // has unwound, so there is room for one line and the log entry.
            System.getLogger(ParallaxCommand.class.getName()).log(System.Logger.Level.WARNING, "out of memory", e);
            err.println("error: " + ErrorMessages.outOfMemory(Runtime.getRuntime().maxMemory()));
            err.flush();
            return 1;
        }
    }

    /** The command line with only the subcommand {@code name}, or with all of them when {@code name} is none. */
    static CommandLine commandLine(String name) {
        CommandLine cli = new CommandLine(new ParallaxCommand());
        Class<?> chosen = name == null ? null : COMMANDS.get(name);
        if (chosen != null) {
            cli.addSubcommand(name, chosen);
        } else {
            COMMANDS.forEach(cli::addSubcommand);
        }
        // after the subcommands: picocli hands a converter to the commands registered at this moment
        cli.registerConverter(java.time.LocalDate.class, DateOption::parse);
        return cli;
    }

    private static Map<String, Class<?>> commands(Object... namesAndClasses) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) {
            byName.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** Entry point of the command line. */
    public static void main(String[] args) {
        // Diagnostics and traces belong in the log file; the terminal gets one line per problem.
        CliLog.toFile(org.parallax.workbench.AppFolders.forThisMachine().logFile());
        org.parallax.workbench.NativeLibraries.cacheForThisUser();
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }
}
