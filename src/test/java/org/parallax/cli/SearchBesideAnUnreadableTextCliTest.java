package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.DamagedPages;
import org.parallax.testutil.TestProjects;

/**
 * One document's text on a page of zeros (a bad disk) in the middle of the texts table: a search gives the lines of
 * every document that can be read, as before the damage, and one line naming the document whose hits it counts but
 * cannot show, with what to do. Before, that document's lines went missing without a word.
 */
class SearchBesideAnUnreadableTextCliTest {
    @TempDir
    Path dir;

    @Test
    void theReadableDocumentsLinesAreAllShownAndTheUnreadableOneIsNamed() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Map<String, List<String>> before = linesPerDocument(Cli.ok("search", project, "NATO", "--limit", "1000"));
        List<Long> lost = DamagedPages.zeroMiddleLeafPage(project, "document_texts");
        assertThat(lost).as("the sample's middle page of texts holds the Bloomberg interview").containsExactly(8L);
        assertThat(before).containsKey("8");

        Cli after = Cli.parallax("search", project, "NATO", "--limit", "1000");

        assertThat(after.exit()).as(after.err()).isZero();
        Map<String, List<String>> shown = linesPerDocument(after);
        before.remove("8");
        assertThat(shown).as("every readable document's lines, as before the damage").isEqualTo(before);
        assertThat(after.out().lines().filter(l -> l.startsWith("note:")).toList()).containsExactly("note: the text "
                + "of document 8 “Interview to Bloomberg” (3 hits) cannot be read: the project file is damaged there, "
                + "so its hits are counted but not shown; the other documents' lines are all shown. See what is damaged "
                + "with: parallax check " + project + "; restore a backup with: parallax restore " + project);
        assertThat(after.out().strip()).endsWith("145 hits in 11 documents (first 142 lines shown)");
    }

    /** The KWIC lines of a table listing (its columns' widths aside), by the document id that starts each. */
    private static Map<String, List<String>> linesPerDocument(Cli search) {
        return search.out().lines().filter(l -> l.matches("\\s*\\d+ .* \\d{4}-\\d{2}-\\d{2} .*"))
                .map(l -> l.strip().replaceAll("\\s+", " "))
                .collect(Collectors.groupingBy(l -> l.split(" ")[0], Collectors.toList()));
    }
}
