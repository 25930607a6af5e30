package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HeapLimitedCli;
import org.parallax.workbench.Workbench;

/**
 * A page of a million tags never closed, 8.6 MB and so inside the 24 MB limit of pages, ran the launchers' 256 MiB
 * heap out while jsoup built its tree ("out of memory while reading it", after some 40 s on a busy computer, the heap
 * taken from whatever else the program was doing); it is refused before the tree is built, in one line naming the
 * page and its count of elements, and nothing of it is imported.
 */
class HtmlTreeHeapCliTest {
    @TempDir
    Path dir;

    @Test
    void aPageOfMoreTagsThanTheHeapHoldsIsRefusedBeforeItsTreeIsBuilt() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path page = unclosedTags(dir.resolve("tags.html"), 1_000_000);

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, "256m", "import", project, page);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errorLines()).filteredOn(l -> l.startsWith("failed: ")).singleElement().asString()
                .startsWith("failed: tags.html: exceeds the extraction limit (2,000,002 HTML elements in 8.6 MB, "
                        + "which are read into memory whole as a tree: more than a Java heap of ")
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
