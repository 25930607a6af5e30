package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown lines that make the markup patterns backtrack (an opening mark tried against the rest of the
 * line, once per mark) are kept as written within a bounded number of character reads, while ordinary
 * lines around them lose their marks as before. Before the bound, one such 300 KB line took minutes.
 */
class HostileMarkdownTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void linesOfOpeningMarksWithoutClosingOnesAreKeptAsWrittenWithAWarning() throws IOException {
        String stars = "*a ".repeat(20_000).strip();
        String underscores = "_a ".repeat(20_000).strip();
        String brackets = "[".repeat(40_000);
        String heading = "# a" + " ".repeat(40_000) + "b";
        Path file = Files.writeString(dir.resolve("hostile notes.md"), String.join("\n",
                "Before, **strong** and [a link](https://example.org).", stars, underscores, brackets, heading,
                "After, _soft_ and `code`."));

        ImportedText imported = reader.read(file);

        assertThat(imported.text().split("\n")).containsExactly(
                "Before, strong and a link.", stars, underscores, brackets, heading, "After, soft and code.");
        assertThat(imported.warnings()).containsExactly("hostile notes.md: 4 lines kept with the Markdown marks as "
                + "written, as removing them would take too long (59,999 characters, the longest)");
    }

    @Test
    void ordinaryMarkdownOfTheCorpusIsReadWithoutKeepingAnyLine() {
        for (String name : new String[] {CorpusFiles.WHITEHOUSE_MD, CorpusFiles.TREATY_MD}) {
            assertThat(reader.read(CorpusFiles.path(name)).warnings()).as(name).isEmpty();
        }
    }

    @Test
    void aHostileLineStopsAtTheFilesTimeLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("slow.md"), "x* " + "*a ".repeat(400_000));
        DocumentReader noTime = new DocumentReader(ImportLimits.defaults(),
                ExtractionLimits.defaults().withMaxTime(Duration.ofNanos(1)));

        assertThatThrownBy(() -> noTime.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("slow.md: exceeds the extraction limit (0 ms of processor time)");
    }

    @Test
    void commentsAreRemovedAsTheLazyPatternRemovedThem() {
        Pattern lazy = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
        Random random = new Random(17);
        String[] pieces = {"<!--", "-->", "<!-->", "-", ">", "<", "!", "a", "\n", " "};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(MarkdownText.withoutComments(s)).as(s).isEqualTo(lazy.matcher(s).replaceAll(""));
        }
    }

    @Test
    void manyUnclosedCommentsAreReadInOnePass() throws IOException {
        Path file = Files.writeString(dir.resolve("comments.md"), "<!-- ".repeat(100_000) + "\nText.");

        assertThat(reader.read(file).text()).startsWith("<!-- <!--").endsWith("\nText.");
    }
}
