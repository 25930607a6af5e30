package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.Cli;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command given without a word or option it needs said picocli's line and then its whole usage, forty lines under
 * which the line naming what was missing scrolled away: every command now says that line alone, with the command's
 * help named after it.
 */
class MissingArgumentCliTest {
    @Test
    void everyCommandWithoutWhatItNeedsSaysOneLineNamingItAndItsHelp() {
        List<CommandSpec> needy = new ArrayList<>();
        collect(ParallaxCommand.commandLine(null).getCommandSpec(), needy);
        assertThat(needy).hasSizeGreaterThan(30);
        for (CommandSpec spec : needy) {
            String name = spec.qualifiedName(" ");
            Object[] words = name.substring("parallax ".length()).split(" ");
            Cli run = Cli.parallax(words);
            assertThat(run.exit()).as(name + ": " + run.err()).isEqualTo(2);
            assertThat(run.out()).as(name).isEmpty();
            assertThat(run.err().strip().lines()).as(name).singleElement().asString()
                    .endsWith("; see " + name + " --help").doesNotContain("Usage:");
        }
    }

    @Test
    void aMissingOptionIsNamedInTheLine() {
        Cli run = Cli.parallax("uncode", "study.parallax");
        assertThat(run.err().strip()).isEqualTo("Missing required option: '--segment=ID'; see parallax uncode --help");
    }

    @Test
    void aWordTooManyIsNamedWithWhatTheCommandTakes() {
        Cli run = Cli.parallax("docs", "study.parallax", "extra");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("Too many words: 'extra'; parallax docs takes only PROJECT; "
                + "see parallax docs --help");
    }

    /** The commands (and subcommands) that need a word or an option, or that only lead to their subcommands. */
    private static void collect(CommandSpec spec, List<CommandSpec> needy) {
        boolean hasParent = spec.parent() != null;
        boolean needsSomething = !spec.requiredArgs().isEmpty() || !spec.argGroups().stream()
                .filter(g -> g.multiplicity().min() > 0).toList().isEmpty();
        if (hasParent && (needsSomething || !spec.subcommands().isEmpty())) {
            needy.add(spec);
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collect(sub.getCommandSpec(), needy);
        }
    }
}
