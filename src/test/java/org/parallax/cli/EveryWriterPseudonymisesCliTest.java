package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NamedInterview;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.SharedLogFile;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command that writes a file, found by walking the command line's own model rather than from a list, writes
 * with {@code --pseudonymise} no trace of an interviewee's name, over a real interview whose interviewer is marked
 * sensitive: a new writer without the option, or one whose file carries a name, fails here. No file, pseudonymised or
 * not, holds the login of the researcher, and a Word or Excel file names no author and Parallax as its application.
 *
 * <p>A writer is a project command with a file argument (a {@link Path}) besides the project that, run as the
 * researcher would, writes that file. Every alternative its label names (OUT.csv|OUT.xlsx) is run.
 */
class EveryWriterPseudonymisesCliTest {
    /** A file argument's label: OUT.csv, FILE.svg, OUT.html|OUT.docx ... */
    private static final Pattern FILE_LABEL = Pattern.compile("[A-Z]+[0-9]*\\.([a-z]+)");
    /** Values for the arguments a command requires besides its files, by label or option name. */
    private static final Map<String, String> REQUIRED = Map.of("--set", NamedInterview.SET, "QUERY", "raids",
            "ID", "1", "NAME", "Balance of power", "--coders", NamedInterview.ANALYST + ",Schönenborn");

    /** The login the commands run under, which no written file may hold. */
    private static final String LOGIN = "kbauer4711";

    /** A file given to a command's other required file arguments, which does not exist. */
    private static final String MISSING = "missing-input.txt";

    @TempDir
    Path dir;

    @Test
    void everyCommandThatWritesAFileWritesNoNameWithPseudonymise() throws Exception {
        String login = System.getProperty("user.name");
        // A login no text holds, to be found wherever a writer puts it (the machine's own may be a word: "root").
        System.setProperty("user.name", LOGIN);
        try {
            everyWriterIsWalked();
        } finally {
            System.setProperty("user.name", login);
        }
    }

    private void everyWriterIsWalked() throws Exception {
        Path project = NamedInterview.project(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> writers = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        for (String name : ParallaxCommand.NAMES) {
            for (CommandLine command : leaves(new CommandLine(ParallaxCommand.commandClass(name)))) {
                if (!(command.getCommand() instanceof ProjectCommand)) {
                    continue;
                }
                for (ArgSpec file : command.getCommandSpec().args()) {
                    if (file.type() != Path.class || isProject(file)) {
                        continue;
                    }
                    for (Matcher label = FILE_LABEL.matcher(file.paramLabel()); label.find(); ) {
                        String what = path(command) + " " + file.paramLabel() + " ." + label.group(1);
                        Path written = out.resolve(writers.size() + leaks.size() + "-written." + label.group(1));
                        List<String> args = args(command, project, file, written);
                        Cli plain = Cli.parallax(args.toArray());
                        Files.deleteIfExists(written.resolveSibling(MISSING));
                        if (!Files.exists(written)) {
                            // Not a writer (its files are read): it must have been refused for a file it could not
                            // read, so that a writer refused for anything else cannot pass unseen.
                            assertThat(plain.exit()).as(what).isNotZero();
                            assertThat(plain.err()).as(what).containsAnyOf(written.getFileName().toString(),
                                    MISSING);
                            continue;
                        }
                        if (!NamedInterview.namesIn(written).isEmpty()) {
                            named.add(what);
                        }
                        properties.addAll(carried(written).stream().map(p -> what + ": " + p).toList());
                        Files.delete(written);
                        args.add("--pseudonymise");
                        Cli run = Cli.parallax(args.toArray());
                        writers.add(what);
                        List<String> names = run.exit() == 0 ? NamedInterview.namesIn(written) : List.of();
                        Path second = written.resolveSibling(MISSING);
                        if (Files.exists(second)) {
                            names = new ArrayList<>(names);
                            names.addAll(NamedInterview.namesIn(second));
                            Files.delete(second);
                        }
                        if (run.exit() == 0) {
                            properties.addAll(carried(written).stream().map(p -> what + " --pseudonymise: " + p)
                                    .toList());
                        }
                        if (run.exit() != 0) {
                            leaks.add(what + ": refused: " + run.err().lines().findFirst().orElse(""));
                        } else if (!names.isEmpty()) {
                            leaks.add(what + ": " + names.get(0));
                        }
                    }
                }
            }
        }
        assertThat(leaks).as("pseudonymised files that still name the interviewer").isEmpty();
        assertThat(properties).as("files whose properties name an author or whose parts hold the login").isEmpty();
        assertThat(writers).as("the writers found").containsAll(named);
        assertThat(named).as("the writers whose plain file names the interviewer").contains("export table OUT.csv|OUT.xlsx .xlsx",
                "export quotes OUT.csv|OUT.xlsx .csv", "codebook export FILE.json|FILE.html .html",
                "tally FILE.svg .svg", "docs FILE.xlsx .xlsx");
    }

    /** A coder's name as any file or the log may give it: whole, either word, in any case or escaping. */
    private static final Pattern CODER = Pattern.compile("(?i)(kowalsk|\\bmaria\\b)");

    /**
     * With the project's coders pseudonymised, every file a command writes — each writer the walk finds, plain and
     * with {@code --pseudonymise}, the blind copy for a second coder — and the log written meanwhile name no coder;
     * with {@code --pseudonymise} no interviewee either. A coder "Maria Kowalska" coded a passage and an analyst's memo
     * names her.
     */
    @Test
    void everyFileWrittenWhileCodersArePseudonymisedNamesNoCoder() throws Exception {
        Path project = NamedInterview.project(dir);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("Maria Kowalska");
            long doc = wb.documents().list().get(0).id();
            wb.coding().code(doc, 0, 20, wb.codebook().code("Balance of power").id(), "Kowalska: the opening");
            wb.memos().set(MemoTarget.document(doc), "Maria Kowalska checked the transcript.");
            wb.setActiveCoder(NamedInterview.ANALYST);
            wb.pseudonymiseCoders(true);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        Path log = dir.resolve("state").resolve("parallax.log");
        SharedLogFile file = SharedLogFile.open(log);
        Logger root = Logger.getLogger("");
        root.addHandler(file);
        List<String> leaks = new ArrayList<>();
        try {
            int writers = everyWriter(project, out, REQUIRED, (what, target, pseudonymise) -> {
                leaks.addAll(codersIn(target).stream().map(n -> what + ": " + n).toList());
                if (pseudonymise) {
                    leaks.addAll(NamedInterview.namesIn(target).stream().map(n -> what + ": " + n).toList());
                }
            }, leaks);
            assertThat(writers).as("files written").isGreaterThan(40);
            Path copy = out.resolve("second-coder.parallax");
            Cli.ok("blind-copy", project, copy);
            leaks.addAll(codersIn(copy).stream().map(n -> "blind-copy: " + n).toList());
        } finally {
            root.removeHandler(file);
            file.close();
        }
        if (Files.exists(log)) {
            leaks.addAll(codersIn(log).stream().map(n -> "the log: " + n).toList());
            leaks.addAll(NamedInterview.namesIn(log).stream().map(n -> "the log: " + n).toList());
        }
        Path backups = project.resolveSibling(project.getFileName() + ".backups");
        assertThat(backups).as("the merges and imports took backups").isDirectory();
        try (var taken = Files.list(backups)) {
            for (Path backup : taken.toList()) {
                String backupName = backup.getFileName().toString();
                if (CODER.matcher(backupName).find() || !NamedInterview.namesIn(backupName).isEmpty()) {
                    leaks.add("a backup's name: " + backupName);
                }
            }
        }
        assertThat(leaks).as("files written while coders are pseudonymised that still name one").isEmpty();
    }

    /** The logins of {@link #everyFileNamesCodersWhoseLoginsAreOrdinaryWordsByTheirPseudonyms}, as words. */
    private static final Pattern WORD_LOGIN = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(may|mark|will)(?![\\p{L}\\p{N}])");
    /** A text the coders' logins stand in as ordinary words, written small, each beside words of its own. */
    private static final String ORDINARY = "Delegates may agree on a plan before winter. Observers will mark the "
            + "anniversary quietly. Ministers may ask for time, and envoys will write the summary.\n";

    /**
     * With the project's coders pseudonymised, coders whose logins are ordinary words the documents write small
     * ("may", "mark", "will") go out of no file by login: every file each writer writes, plain and with
     * {@code --pseudonymise} (the parts of a workbook, a Word report and a .qdpx, their XML attributes included), and
     * what {@code agreement} prints, hold none of the logins as a word but where they quote the documents' own
     * words; the files name each coder by pseudonym instead. Memo authors in a memo report, the coders compared in
     * agreement's lines and the coder the assistant learnt from went out by login: a text replacement read the login
     * as the ordinary word.
     */
    @Test
    void everyFileNamesCodersWhoseLoginsAreOrdinaryWordsByTheirPseudonyms() throws Exception {
        Path project = org.parallax.testutil.AssistantFixture.create(dir, 6, 0, "may");
        Path statement = org.parallax.testutil.TestProjects.textFile(dir, "statement.txt", ORDINARY);
        try (Workbench wb = Workbench.open(project)) {
            long doc = TestProjects.importOne(wb, statement);
            var d = wb.documents().get(doc).orElseThrow();
            wb.documents().updateMeta(doc, new org.parallax.model.DocumentMeta(d.title(), null, d.meta().type(),
                    null, "en", null, Map.of("speaker", "Ivan Petrov")));
            wb.exchange().markSensitive("speaker");
            long power = wb.codebook().code(org.parallax.testutil.AssistantFixture.POWER).id();
            long code = wb.codebook().code(org.parallax.testutil.AssistantFixture.DIALOGUE).id();
            int second = ORDINARY.indexOf("Observers");
            for (String coder : List.of("mark", "will")) {
                wb.setActiveCoder(coder);
                wb.coding().code(doc, 0, second - 1, power, "Read twice.");
                wb.coding().code(doc, second, ORDINARY.indexOf("Ministers") - 1, power, null);
            }
            wb.setActiveCoder("mark");
            wb.memos().set(MemoTarget.project(), "The plan is settled.");
            wb.memos().set(MemoTarget.code(code), "Talks only.");
            wb.setActiveCoder("will");
            wb.memos().set(MemoTarget.document(doc), "Transcribed in full.");
            wb.setActiveCoder("may");
        }
        Cli.ok("assistant", "run", project, "--coder", "may");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        String listing = Cli.ok("coders", project, "--format", "csv").out();
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> leaks = new ArrayList<>();
        List<String> named = new ArrayList<>();
        int writers = everyWriter(project, out, Map.of("--set", "none", "QUERY", "plan", "ID", "1",
                "NAME", org.parallax.testutil.AssistantFixture.POWER, "--coders", "may,mark"),
                (what, target, pseudonymise) -> {
                    String text = NamedInterview.readable(target);
                    leaks.addAll(loginsIn(text).stream().map(n -> what + ": " + n).toList());
                    if (text.contains("Coder ")) {
                        named.add(what);
                    }
                }, leaks);
        for (String memos : List.of("memos.html", "memos.docx")) {
            // The memo report is the report command's option, which the walk does not give.
            Path report = out.resolve(memos);
            Cli.ok("report", project, report, "--memos");
            leaks.addAll(loginsIn(NamedInterview.readable(report)).stream().map(n -> memos + ": " + n).toList());
            assertThat(NamedInterview.readable(report)).as(memos).contains("Coder ");
        }
        for (String unit : List.of("char", "sentence")) {
            Cli agreement = Cli.ok("agreement", project, "--coders", "may,mark,will", "--unit", unit,
                    "--pseudonymise");
            leaks.addAll(loginsIn(agreement.out() + agreement.err()).stream().map(n -> "agreement: " + n).toList());
            Cli chosen = Cli.ok("agreement", project, "--pseudonymise");
            leaks.addAll(loginsIn(chosen.out() + chosen.err()).stream().map(n -> "agreement: " + n).toList());
        }
        assertThat(writers).as("files written").isGreaterThan(40);
        assertThat(leaks).as("the logins left in files as words").isEmpty();
        assertThat(named).as("files naming a coder by pseudonym").isNotEmpty();
        for (String coder : List.of("may", "mark", "will")) {
            assertThat(listing).as("the coders listing").containsPattern("," + coder + ",.*,Coder [0-9]+");
        }
    }

    /** Where a login stands as a word in {@code text}, but in words quoted from {@link #ORDINARY}. */
    private static List<String> loginsIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD_LOGIN.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 10), m.end());
            String after = text.substring(m.start(), Math.min(text.length(), m.end() + 10));
            if (!ORDINARY.contains(before) && !ORDINARY.contains(after)) {
                found.add(text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
                        .replace('\n', ' '));
            }
        }
        return found;
    }

    /** What the walk of every writer is shown of each file written: the command, the file, whether pseudonymised. */
    private interface Written {
        void check(String what, Path target, boolean pseudonymise);
    }

    /**
     * Runs every command that writes a file, plain and with {@code --pseudonymise}, on {@code project}, shows
     * {@code written} each file written and adds to {@code leaks} each pseudonymised run refused; returns how many
     * files were written.
     */
    private static int everyWriter(Path project, Path out, Map<String, String> required, Written written,
                                   List<String> leaks) {
        int runs = 0;
        int writers = 0;
        for (String name : ParallaxCommand.NAMES) {
            for (CommandLine command : leaves(new CommandLine(ParallaxCommand.commandClass(name)))) {
                if (!(command.getCommand() instanceof ProjectCommand)) {
                    continue;
                }
                for (ArgSpec arg : command.getCommandSpec().args()) {
                    if (arg.type() != Path.class || isProject(arg)) {
                        continue;
                    }
                    for (Matcher label = FILE_LABEL.matcher(arg.paramLabel()); label.find(); ) {
                        for (boolean pseudonymise : new boolean[] {false, true}) {
                            String what = path(command) + " " + arg.paramLabel() + " ." + label.group(1)
                                    + (pseudonymise ? " --pseudonymise" : "");
                            Path target = out.resolve(runs++ + "-written." + label.group(1));
                            List<String> args = args(command, project, arg, target, required);
                            if (pseudonymise) {
                                args.add("--pseudonymise");
                            }
                            Cli run = Cli.parallax(args.toArray());
                            try {
                                Files.deleteIfExists(target.resolveSibling(MISSING));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            if (!Files.exists(target)) {
                                if (pseudonymise) {
                                    leaks.add(what + ": refused: " + run.err().lines().findFirst().orElse(""));
                                }
                                // Not a writer: the first test holds readers to being refused for their file.
                                break;
                            }
                            writers++;
                            written.check(what, target, pseudonymise);
                        }
                    }
                }
            }
        }
        return writers;
    }

    private static List<String> codersIn(Path file) {
        String text = NamedInterview.readable(file);
        return CODER.matcher(text).results().map(m -> text.substring(Math.max(0, m.start() - 40),
                Math.min(text.length(), m.end() + 40)).replace('\n', ' ')).toList();
    }

    /**
     * What a file carries that it should not, besides the names: the login anywhere (a part's name or text), and in a
     * Word or Excel file an author, a last editor, or an application other than Parallax. Word reports and workbooks
     * said "Apache POI" wrote them.
     */
    private static List<String> carried(Path file) {
        List<String> found = new ArrayList<>();
        if (NamedInterview.readable(file).contains(LOGIN)) {
            found.add("holds the login");
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
            Map<String, byte[]> parts = QdpxFiles.entries(file);
            String core = new String(parts.getOrDefault("docProps/core.xml", new byte[0]), StandardCharsets.UTF_8);
            String app = new String(parts.getOrDefault("docProps/app.xml", new byte[0]), StandardCharsets.UTF_8);
            if (core.contains("creator") || core.contains("lastModifiedBy")) {
                found.add("names an author: " + core);
            }
            if (!app.contains("<Application>Parallax</Application>")) {
                found.add("names another application: " + app);
            }
        }
        return found;
    }

    /** A listing printed with the option, in each format, names no one either: it is piped into files as often. */
    @Test
    void aListingPrintedWithPseudonymiseNamesNoOne() {
        Path project = NamedInterview.project(dir);
        for (String format : List.of("table", "csv", "json")) {
            for (String listing : List.of("docs", "segments", "memos")) {
                Cli run = Cli.ok(listing, project, "--format", format, "--pseudonymise");
                assertThat(run.out()).as(listing + " " + format).doesNotContainIgnoringCase("nenborn").contains("P01");
            }
        }
        assertThat(Cli.ok("memos", project, "--format", "csv").out()).as("without the option").contains("Schönenborn");
    }

    /**
     * `memos --pseudonymise` prints the plain `memos` layout with the names swapped, in every format: it printed the
     * generic listing (other columns, another order) so a script reading one broke on the other.
     */
    @Test
    void memosPrintedWithPseudonymiseKeepThePlainLayout() {
        Path project = NamedInterview.project(dir);
        for (String format : List.of("table", "csv", "json")) {
            String plain = Cli.ok("memos", project, "--format", format).out();
            String pseudonymised = Cli.ok("memos", project, "--format", format, "--pseudonymise").out();
            if (format.equals("table")) {
                // Columns are as wide as their longest cell, and a pseudonym is shorter than the name.
                assertThat(cells(pseudonymised)).as(format).isEqualTo(cells(swapped(plain)));
            } else {
                assertThat(pseudonymised).as(format).isEqualTo(swapped(plain));
            }
        }
    }

    private static String swapped(String plain) {
        return plain.replace(NamedInterview.INTERVIEWER, "P01").replace("Schönenborn", "P01");
    }

    private static List<List<String>> cells(String table) {
        return table.lines().map(line -> List.of(line.strip().split(" {2,}"))).toList();
    }

    /** The command line a researcher would type: the project, the file, required values, xlsx for a workbook. */
    private static List<String> args(CommandLine command, Path project, ArgSpec file, Path written) {
        return args(command, project, file, written, REQUIRED);
    }

    private static List<String> args(CommandLine command, Path project, ArgSpec file, Path written,
                                     Map<String, String> values) {
        List<String> args = new ArrayList<>(List.of(path(command).split(" ")));
        CommandSpec spec = command.getCommandSpec();
        for (var positional : spec.positionalParameters()) {
            if (isProject(positional)) {
                args.add(project.toString());
            } else if (positional == file) {
                args.add(written.toString());
            } else if (positional.required() && (positional.type() == Path.class
                    || positional.type() == List.class)) {
                // A file read that is not there, or a second file written (read with the first, below).
                args.add(written.resolveSibling(MISSING).toString());
            } else if (positional.required() || values.containsKey(positional.paramLabel())) {
                args.add(required(positional.paramLabel(), command, values));
            }
        }
        if (file instanceof OptionSpec option) {
            args.add(option.longestName());
            args.add(written.toString());
            if (written.toString().endsWith(".xlsx") && spec.findOption("--format") != null) {
                args.addAll(List.of("--format", "xlsx"));
            }
        }
        for (OptionSpec option : spec.options()) {
            if (option.required()) {
                args.add(option.longestName());
                args.add(required(option.longestName(), command, values));
            }
        }
        return args;
    }

    private static String required(String label, CommandLine command, Map<String, String> values) {
        String value = values.get(label);
        assertThat(value).as("a value for " + label + " of " + path(command) + " (add one to REQUIRED)").isNotNull();
        return value;
    }

    private static boolean isProject(ArgSpec arg) {
        return "PROJECT".equals(arg.paramLabel());
    }

    private static List<CommandLine> leaves(CommandLine command) {
        if (command.getSubcommands().isEmpty()) {
            return List.of(command);
        }
        return command.getSubcommands().values().stream().flatMap(sub -> leaves(sub).stream()).toList();
    }

    private static String path(CommandLine command) {
        return command.getParent() == null ? command.getCommandName()
                : path(command.getParent()) + " " + command.getCommandName();
    }
}
