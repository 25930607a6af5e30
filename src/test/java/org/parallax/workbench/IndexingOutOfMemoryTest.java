package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HeapLimitedCli;

/**
 * A document that reads within the heap but whose words do not fit in it when indexed (five million one-letter
 * words: the table of where each word starts is three ints a word): the indexing thread's OutOfMemoryError printed a
 * stack trace, the import said nothing of it, and a search then answered "0 hits" for words the document holds.
 */
class IndexingOutOfMemoryTest {
    private static final String HEAP = "80m";
    /** Five million one-letter words ran 180 MiB out before; they now index under 140 MiB (one run each). */
    private static final String HEAP_THAT_FITS = "160m";

    @TempDir
    Path dir;

    /**
     * Five million one-letter words did not index under this heap while the table of their places took three ints a
     * word; a word's start and length now take six bytes, and its increment none while all are 1.
     */
    @Test
    void fiveMillionOneLetterWordsAreIndexedAndFound() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path words = dir.resolve("letters.txt");
        Files.writeString(words, oneLetterWords(5_000_000));

        HeapLimitedCli.Result imported = HeapLimitedCli.run(dir, HEAP_THAT_FITS, "import", project, words);
        assertThat(imported.exit()).as(imported.stderr()).isZero();
        assertThat(imported.errorLines()).isEmpty();

        HeapLimitedCli.Result searched = HeapLimitedCli.run(dir, HEAP_THAT_FITS, "search", project, "q");
        assertThat(searched.exit()).as(searched.stderr()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.search().search("q", SearchOptions.defaults()).matchingDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aDocumentTooLargeToIndexIsNamedInOneLineAndSearchesSayTheIndexIsBehind() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path words = dir.resolve("letters.txt");
        Files.writeString(words, oneLetterWords(5_000_000));

        HeapLimitedCli.Result imported = HeapLimitedCli.run(dir, HEAP, "import", project, words);
        assertThat(imported.exit()).as(imported.stderr()).isZero();
        assertThat(imported.errorLines()).singleElement().asString()
                .startsWith("warning: search index: document 1 (letters) could not be indexed: out of memory; this "
                        + "needs more than the Java heap limit of ");

        HeapLimitedCli.Result searched = HeapLimitedCli.run(dir, HEAP, "search", project, "q");
        assertThat(searched.exit()).isEqualTo(1);
        assertThat(searched.errorLines()).singleElement().asString()
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
}
