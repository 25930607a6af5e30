package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * README.md's "A session from scratch", read from the README itself and run as written (the shell's glob and
 * quotes done here): every command succeeds, the import takes every sample text, and the passage the README
 * codes is the whole-word passage its prose quotes.
 */
class ReadmeSessionCliTest {
    private static final String LAUNCH = "java -jar target/parallax.jar ";
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    @TempDir
    Path dir;

    @Test
    void theSessionFromScratchRunsAsWrittenOnEverySampleText() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> lines = sessionLines(readme);
        assertThat(lines).isNotEmpty().allMatch(line -> line.startsWith(LAUNCH));

        Path project = dir.resolve("study.parallax");
        for (String line : lines) {
            Cli run = Cli.parallax(arguments(line.substring(LAUNCH.length())).toArray());
            assertThat(run.exit()).as(line + "\n" + run.err()).isZero();
            assertThat(run.err()).as(line).isEmpty();
            if (line.contains(" import ")) {
                long texts;
                try (Stream<Path> files = Files.list(Path.of("samples/texts"))) {
                    texts = files.count();
                }
                assertThat(run.out()).as(line).contains(texts + " imported, 0 duplicates, 0 failed");
            }
        }

        try (Workbench wb = Workbench.openReadOnly(project)) {
            List<Segment> coded = wb.coding().segments();
            assertThat(coded).hasSize(1);
            Segment passage = coded.get(0);
            String text = wb.documents().text(passage.documentId());
            String quoted = text.substring(passage.start(), passage.end());
            assertThat(passage.start() == 0 || !Character.isLetterOrDigit(text.charAt(passage.start() - 1)))
                    .as("passage starts on a word: " + quoted).isTrue();
            assertThat(passage.end() == text.length() || !Character.isLetterOrDigit(text.charAt(passage.end())))
                    .as("passage ends on a word: " + quoted).isTrue();
            assertThat(readme).as("the README quotes the passage it codes").contains("\"" + quoted + "\"");
        }
        assertThat(Files.readAllLines(dir.resolve("passages.csv"))).hasSize(2);
        assertThat(dir.resolve("table1.csv")).isNotEmptyFile();
    }

    /** The command lines of the sh block after "A session from scratch:". */
    private static List<String> sessionLines(String readme) {
        String after = readme.substring(readme.indexOf("A session from scratch:"));
        String block = after.substring(after.indexOf("```sh") + 5, after.indexOf("```", after.indexOf("```sh") + 5));
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Words as the shell gives them: quotes removed, a glob expanded in sorted order, files written in {@link #dir}. */
    private List<Object> arguments(String line) throws IOException {
        List<Object> out = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            if (m.group(2) != null && word.contains("*")) {
                Path folder = Path.of(word).getParent();
                PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + word);
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(glob::matches).sorted().forEach(out::add);
                }
            } else if (!word.startsWith("-") && !word.startsWith("samples/") && word.matches(".+\\.(parallax|csv)")) {
                out.add(dir.resolve(word));
            } else {
                out.add(word);
            }
        }
        return out;
    }
}
