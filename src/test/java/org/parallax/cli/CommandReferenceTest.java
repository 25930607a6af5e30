package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/**
 * README.md's table of commands is the command-line reference: each option a command's --help lists is named in
 * that command's row (or, for the options every command shares, under the table), and each option a row names is
 * one the command has. An option missing there was one a researcher could only find by reading every --help.
 */
class CommandReferenceTest {
    /** Options many commands share, explained once under the table rather than in every row. */
    private static final Set<String> SHARED = Set.of("--help", "--version", "--user", "--format", "--out",
            "--no-formula-guard", "--pseudonymise");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");

    @Test
    void everyOptionOfEveryCommandIsNamedInItsRowOfTheReadme() throws IOException {
        Map<String, String> rows = commandCells();
        List<String> missing = new ArrayList<>();
        commands(ParallaxCommand.commandLine(null).getCommandSpec(), missing, rows);
        assertThat(missing).as("options --help lists that README's table of commands does not name").isEmpty();
    }

    @Test
    void everyOptionARowNamesIsOneItsCommandHas() throws IOException {
        CommandSpec root = ParallaxCommand.commandLine(null).getCommandSpec();
        List<String> unknown = new ArrayList<>();
        commandCells().forEach((name, cell) -> {
            CommandSpec command = root;
            for (String word : name.split(" ")) {
                command = command.subcommands().get(word).getCommandSpec();
            }
            Matcher option = OPTION.matcher(cell);
            while (option.find()) {
                if (command.findOption(option.group()) == null) {
                    unknown.add(name + " " + option.group());
                }
            }
        });
        assertThat(unknown).as("options README's table of commands names that the command does not have").isEmpty();
    }

    @Test
    void theSharedOptionsAreExplainedUnderTheTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("| command | what it does |"));
        String under = table.substring(table.indexOf("\n\n"), table.indexOf("A session from scratch"));
        SHARED.stream().filter(option -> !option.equals("--help") && !option.equals("--version")).forEach(option ->
                assertThat(Pattern.compile(Pattern.quote(option) + "(?![a-z0-9-])").matcher(under).find())
                        .as(option + " under the table").isTrue());
    }

    /** Each leaf command, and each parent with options of its own, checked against the cell of its row. */
    private static void commands(CommandSpec command, List<String> missing, Map<String, String> rows) {
        String name = command.qualifiedName().replaceFirst("^parallax ?", "");
        List<String> own = command.options().stream().flatMap(o -> List.of(o.names()).stream())
                .filter(n -> n.startsWith("--") && !SHARED.contains(n)).toList();
        if (!name.isEmpty() && (command.subcommands().isEmpty() || !own.isEmpty())) {
            String cell = rows.get(name);
            if (cell == null) {
                missing.add(name + " (no row)");
            } else {
                own.stream().filter(option -> !Pattern.compile(Pattern.quote(option) + "(?![a-z0-9-])")
                        .matcher(cell).find()).forEach(option -> missing.add(name + " " + option));
            }
        }
        command.subcommands().values().forEach(sub -> commands(sub.getCommandSpec(), missing, rows));
    }

    /**
     * The command column of the table "| command | what it does |": each code span in it, under its command's name
     * ("export csv", "codebook import" and "codebook export" from `codebook import|export PROJECT FILE.json`).
     */
    private static Map<String, String> commandCells() throws IOException {
        CommandSpec root = ParallaxCommand.commandLine(null).getCommandSpec();
        Map<String, String> cells = new LinkedHashMap<>();
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("| command | what it does |"));
        table = table.substring(0, table.indexOf("\n\n"));
        for (String row : table.lines().skip(2).toList()) {
            String first = row.substring(1).split("(?<!\\\\)\\|")[0].replace("\\|", "|");
            Matcher span = CODE.matcher(first);
            while (span.find()) {
                String[] words = span.group(1).strip().split("\\s+");
                CommandSpec command = root.subcommands().containsKey(words[0])
                        ? root.subcommands().get(words[0]).getCommandSpec() : null;
                if (command == null) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                if (words.length > 1 && !command.subcommands().isEmpty()
                        && command.subcommands().containsKey(words[1].split("\\|")[0])) {
                    for (String sub : words[1].split("\\|")) {
                        names.add(words[0] + " " + sub);
                    }
                } else {
                    names.add(words[0]);
                }
                names.forEach(name -> cells.merge(name, span.group(1), (a, b) -> a + " " + b));
            }
        }
        return cells;
    }
}
