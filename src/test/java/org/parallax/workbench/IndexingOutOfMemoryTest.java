package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;

/**
 * A document that reads within the heap but whose words do not fit in it when indexed (five million one-letter
 * words: the table of where each word starts is three ints a word): the indexing thread's OutOfMemoryError printed a
 * stack trace, the import said nothing of it, and a search then answered "0 hits" for words the document holds.
 */
class IndexingOutOfMemoryTest {
    private static final String HEAP = "-Xmx80m";

    @TempDir
    Path dir;

    @Test
    void aDocumentTooLargeToIndexIsNamedInOneLineAndSearchesSayTheIndexIsBehind() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path words = dir.resolve("letters.txt");
        Files.writeString(words, oneLetterWords(5_000_000));

        Child imported = run("import", project, words);
        assertThat(imported.exit()).as(imported.stderr()).isZero();
        assertThat(imported.stderr().lines().toList()).singleElement().asString()
                .startsWith("warning: search index: document 1 (letters) could not be indexed: out of memory; this "
                        + "needs more than the Java heap limit of ");

        Child searched = run("search", project, "q");
        assertThat(searched.exit()).isEqualTo(1);
        assertThat(searched.stderr().lines().toList()).singleElement().asString()
                .startsWith("error: The search index could not be brought up to date (document 1 (letters) could not "
                        + "be indexed: out of memory");

        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).hasSize(1);
            assertThat(wb.search().search("q", SearchOptions.defaults()).matchingDocuments()).isEqualTo(1);
        }
    }

    private static String oneLetterWords(int count) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26))).append(' ');
        }
        return text.toString();
    }

    private record Child(int exit, String stderr) {
    }

    private Child run(String command, Path project, Object argument) throws Exception {
        Path stderr = dir.resolve(command + "-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ParallaxCommand.class.getName(),
                command, project.toString(), argument.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ChildProcesses.awaitExit(child, 300);
        List<String> lines = Files.readAllLines(stderr).stream().filter(l -> !l.contains("[warning][gc]")).toList();
        return new Child(child.exitValue(), String.join("\n", lines));
    }
}
