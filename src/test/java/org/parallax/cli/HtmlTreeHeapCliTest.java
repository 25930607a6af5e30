package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.DocumentReader;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HeapLimitedCli;
import org.parallax.workbench.Workbench;

/**
 * A page of a million tags never closed, 8.6 MB and so inside the 24 MB limit of pages, ran the launchers' 256 MiB
 * heap out while jsoup built its tree ("out of memory while reading it", after some 40 s on a busy computer, the heap
 * taken from whatever else the program was doing); it is refused while it is read, in one line naming the page and
 * its count of elements, and nothing of it is imported. A page whose tree would not fit but whose tags close is read
 * a part at a time.
 */
class HtmlTreeHeapCliTest {
    @TempDir
    Path dir;

    @Test
    void aPageOfMoreOpenTagsThanTheHeapHoldsIsRefusedWhileItIsRead() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path page = unclosedTags(dir.resolve("tags.html"), 1_000_000);

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, "256m", "import", project, page);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errorLines()).filteredOn(l -> l.startsWith("failed: ")).singleElement().asString()
                .startsWith("failed: tags.html: exceeds the extraction limit (2,000,002 HTML elements in 8.6 MB, "
                        + "more than ")
                .contains(" of them open at once, which are held in memory until they close: more than a Java heap "
                        + "of ")
                .endsWith(" MiB holds; run it again with a larger heap, e.g. PARALLAX_JAVA_OPTIONS=-Xmx1g)");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).isEmpty();
        }
    }

    /**
     * A page of a million {@code <b>} never closed, 2.9 MB, whose tree takes some 190 MB, was refused once its tags
     * were weighed at 256 bytes each and four more a byte of the page; it fits the launchers' heap and is imported.
     */
    @Test
    void aPageOfAMillionBoldTagsIsImportedUnderTheLaunchersHeap() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path page = tags(dir.resolve("bold.html"), "<b>", 1_000_000, "the end of the transcript");

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, "256m", "import", project, page);

        assertThat(result.exit()).as(result.stderr()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).singleElement().satisfies(d -> assertThat(wb.documents().text(d.id())
                    .strip()).isEqualTo("the end of the transcript"));
        }
    }

    /**
     * Pages of tags that each fit the heap alone were weighed at three times their size when an import reads several
     * files at once, so two of them were read together and ran the heap out; each is now weighed by its tree.
     */
    @Test
    void pagesOfTagsThatEachFitTheHeapAloneAreNotReadTogether() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path folder = Files.createDirectories(dir.resolve("pages"));
        for (int i = 1; i <= 4; i++) {
            tags(folder.resolve("page" + i + ".html"), "<span><i>", 400_000, "page number " + i);
        }

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, "256m", "import", project, folder);

        assertThat(result.exit()).as(result.stderr()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).hasSize(4);
        }
    }

    /**
     * A transcript marked up word by word, a million {@code <b>word</b>} in 10.6 MB, was refused for its tree ("exceeds
     * the extraction limit (1,000,007 HTML elements in 10.6 MB, which are read into memory whole as a tree: more than
     * a Java heap of 247 MiB holds …)"): it is read a part at a time under the launchers' heap, to the text its tree
     * gives under a heap that holds it (this test's own).
     */
    @Test
    void aTranscriptMarkedUpWordByWordIsImportedUnderTheLaunchersHeap() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path page = dir.resolve("interview.html");
        List<String> words = List.of("we", "do", "not", "see", "NATO", "as", "a", "threat", "to", "Russia");
        try (Writer out = Files.newBufferedWriter(page)) {
            out.write("<html><head><title>Interview 7</title></head><body><h1>Interview 7</h1><p>");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("<b>" + words.get(i % words.size()) + "</b> ");
            }
            out.write("</p><p>The end.</p></body></html>");
        }
        String fromTree = new DocumentReader().read(page).text();

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, "256m", "import", project, page);

        assertThat(result.exit()).as(result.stderr()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).singleElement().satisfies(d -> {
                assertThat(d.title()).isEqualTo("Interview 7");
                assertThat(wb.documents().text(d.id())).isEqualTo(fromTree).startsWith("Interview 7\n\nwe do not see")
                        .endsWith("threat to Russia\n\nThe end.");
            });
        }
    }

    /** {@code pairs} times a span and an italic, none of them closed. */
    private static Path unclosedTags(Path file, int pairs) throws IOException {
        return tags(file, "<span><i>", pairs, "the end");
    }

    /** {@code times} times {@code tags}, none of them closed, then {@code text}. */
    private static Path tags(Path file, String tags, int times, String text) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("<html><body>");
            for (int i = 0; i < times; i++) {
                out.write(tags);
            }
            out.write(text + "</body></html>");
        }
        return file;
    }
}
