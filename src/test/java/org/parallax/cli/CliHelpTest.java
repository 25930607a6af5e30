package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every option and parameter of every command explains itself in `--help`. */
class CliHelpTest {

    @Test
    void everyOptionAndParameterOfEveryCommandHasADescription() {
        List<String> undescribed = new ArrayList<>();
        walk(ParallaxCommand.commandLine(null).getCommandSpec(), undescribed);
        assertThat(undescribed).as("options and parameters without a description in --help").isEmpty();
    }

    @Test
    void theCommandsBeingWalkedIncludeNestedOnes() {
        CommandSpec root = ParallaxCommand.commandLine(null).getCommandSpec();
        assertThat(root.subcommands()).containsKeys("code", "tally", "export");
        assertThat(root.subcommands().get("export").getSubcommands()).containsKeys("csv", "qdpx", "qdc");
    }

    @Test
    void runningOneCommandBuildsOnlyThatCommandYetKeepsTheSharedHelpAndVersionOptions() {
        CommandSpec docs = ParallaxCommand.commandLine("docs").getCommandSpec();
        assertThat(docs.subcommands()).containsOnlyKeys("docs");
        assertThat(docs.subcommands().get("docs").getCommandSpec().findOption("--help")).isNotNull();
        assertThat(ParallaxCommand.commandLine("--help").getCommandSpec().subcommands()).hasSizeGreaterThan(20);
        org.parallax.testutil.Cli help = org.parallax.testutil.Cli.parallax("docs", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("List the project's documents");
    }

    @Test
    void theNamesTheCommandsAreRegisteredUnderAreTheirOwn() {
        ParallaxCommand.NAMES.forEach(name -> assertThat(ParallaxCommand.commandClass(name)).as(name).isNotNull()
                .satisfies(command -> assertThat(command.getAnnotation(picocli.CommandLine.Command.class).name())
                        .as(command.getName()).isEqualTo(name)));
        assertThat(ParallaxCommand.NAMES).hasSize(39).doesNotHaveDuplicates().contains("docs", "document", "remove",
                "tally", "search", "report");
        assertThat(ParallaxCommand.commandClass("tallies")).isNull();
    }

    @Test
    void helpListsEveryCommandThoughRunningOneRegistersOnlyThatOne() {
        for (String asked : List.of("--help", "-h")) {
            org.parallax.testutil.Cli help = org.parallax.testutil.Cli.parallax(asked);
            assertThat(help.exit()).isZero();
            List<String> listed = help.out().lines().map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> line.split("\\s+")[0]).toList();
            assertThat(listed).as(asked).containsAll(ParallaxCommand.NAMES);
        }
        org.parallax.testutil.Cli none = org.parallax.testutil.Cli.parallax();
        assertThat(none.out()).contains("Commands:").contains("  tally ").contains("  report ");
    }

    @Test
    void everyHelpThatOffersPeriodsSaysTheyAreBetweenTheProjectsEvents() {
        List<String> periods = new ArrayList<>();
        eachOption(ParallaxCommand.commandLine(null).getCommandSpec(), (command, option) -> {
            String description = String.join(" ", option.description());
            if (description.contains("period (")) {
                periods.add(command.qualifiedName() + " " + option.longestName() + ": " + description);
            }
        });
        // tally said "between the default events", though its periods start at the project's own events
        assertThat(periods).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(line -> line.contains("period (between the project's events"));
    }

    @Test
    void everyOptionShowsANamedValueAndItsDefault() {
        List<String> unclear = new ArrayList<>();
        eachOption(ParallaxCommand.commandLine(null).getCommandSpec(), (command, option) -> {
            String name = command.qualifiedName() + " " + option.longestName();
            // picocli's own label is the Java field's name, "--document-bytes=<documentBytes>"
            if (option.arity().max() > 0 && option.paramLabel().matches("<[A-Za-z]+>")) {
                unclear.add(name + " shows " + option.paramLabel());
            }
            String shown = String.join(" ", option.description()).replace("${DEFAULT-VALUE}",
                    String.valueOf(option.defaultValue()));
            if (option.defaultValue() != null && !option.defaultValue().isEmpty()
                    && !shown.toLowerCase(java.util.Locale.ROOT).contains("default")) {
                unclear.add(name + " does not say its default " + option.defaultValue());
            }
        });
        assertThat(unclear).isEmpty();
    }

    @Test
    void aDefaultIsShownAsItsValue() {
        org.parallax.testutil.Cli help = org.parallax.testutil.Cli.parallax("search", "--help");
        // the help wraps its lines, so "(default:" and "100)" may stand on two
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--limit=N").contains("(default: 100)")
                .contains("(default: 60)")
                .doesNotContain("${DEFAULT-VALUE}").doesNotContain("<limit>");
    }

    private static void eachOption(CommandSpec command,
                                   java.util.function.BiConsumer<CommandSpec, OptionSpec> action) {
        command.options().forEach(option -> action.accept(command, option));
        command.subcommands().values().forEach(sub -> eachOption(sub.getCommandSpec(), action));
    }

    private static void walk(CommandSpec command, List<String> undescribed) {
        for (OptionSpec option : command.options()) {
            check(command, option.longestName(), option, undescribed);
        }
        for (ArgSpec parameter : command.positionalParameters()) {
            check(command, parameter.paramLabel(), parameter, undescribed);
        }
        command.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), undescribed));
    }

    private static void check(CommandSpec command, String name, ArgSpec arg, List<String> undescribed) {
        String[] description = arg.description();
        boolean described = description.length > 0 && !String.join("", description).isBlank();
        if (!described) {
            undescribed.add(command.qualifiedName() + " " + name);
        }
    }
}
