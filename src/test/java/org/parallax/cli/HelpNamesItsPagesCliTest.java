package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.testutil.Cli;
import org.junit.jupiter.api.Test;

/**
 * A command's --help that points to a page (docs/offsets.md) tells an installed program's user where that page is:
 * the installed program has no docs folder, only the window's Help > Documentation, and the page must be one there.
 */
class HelpNamesItsPagesCliTest {
    /** A page's name, which the help may have wrapped after its dot (the lines are joined with a space first). */
    private static final Pattern PAGE = Pattern.compile("docs/([a-z0-9-]+)\\. ?md");

    @Test
    void everyHelpThatNamesAPageSaysItIsInTheWindowsHelpAndThePageIsThere() {
        List<String> commands = new ArrayList<>(List.of(""));
        commands.addAll(ParallaxCommand.NAMES);
        List<String> pointing = new ArrayList<>();
        for (String command : commands) {
            Cli help = command.isEmpty() ? Cli.parallax("--help") : Cli.parallax(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            String words = help.out().replaceAll("\\s*\\R\\s*", " ");
            Matcher page = PAGE.matcher(words);
            if (!page.find()) {
                continue;
            }
            pointing.add(command);
            assertThat(words).as("parallax %s --help", command)
                    .contains("docs/NAME.md: that page of Parallax's documentation, in the window's Help > Documentation");
            do {
                assertThat(HelpNamesItsPagesCliTest.class.getResource("/org/parallax/docs/" + page.group(1) + ".md"))
                        .as("parallax %s --help names %s, which Help > Documentation does not have", command, page.group())
                        .isNotNull();
            } while (page.find());
        }
        assertThat(pointing).as("commands whose --help names a page").contains("", "code", "search", "agreement");
    }
}
