package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
 * One document's text on a page of zeros (a bad disk) and the search index to be built again (its folder emptied):
 * the index takes every document that can be read, and a search answers with their lines and one line naming the
 * document it could not search. Before, indexing stopped at that document and every search was refused, so one
 * damaged document cost the researcher all search. Once the file is sound again (a backup restored), the next search
 * indexes that document too.
 */
class SearchWithAnUnindexableTextCliTest {
    @TempDir
    Path dir;

    @Test
    void theReadableDocumentsAreSearchedTheUnreadableOneNamedAndIndexedOnceRestored() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Cli.ok("backup", project);
        Cli sound = Cli.ok("search", project, "NATO", "--limit", "1000");
        Map<String, List<String>> before = linesPerDocument(sound);
        assertThat(DamagedPages.zeroMiddleLeafPage(project, "document_texts")).containsExactly(8L);
        Path index = Path.of(project + ".index");
        // The index's files removed, its folder left: the index is built there again, and kept.
        try (var files = Files.walk(index)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(f -> !f.equals(index)).forEach(f -> f.toFile()
                    .delete());
        }
        assertThat(index).isEmptyDirectory();

        Cli damaged = Cli.parallax("search", project, "NATO", "--limit", "1000");

        assertThat(damaged.exit()).as(damaged.err()).isZero();
        Map<String, List<String>> readable = new java.util.HashMap<>(before);
        readable.remove("8");
        assertThat(linesPerDocument(damaged)).as("every readable document's lines, as before the damage")
                .isEqualTo(readable);
        assertThat(damaged.out().lines().filter(l -> l.startsWith("note:")).toList()).containsExactly("note: "
                + "document 8 “Interview to Bloomberg” was not searched: its text cannot be read (the project file is "
                + "damaged there), so any hits in it are neither counted nor shown; the other documents were all "
                + "searched. See what is damaged with: parallax check " + project + "; restore a backup with: "
                + "parallax restore " + project);
        assertThat(damaged.out().strip()).endsWith("142 hits in 10 documents");

        Cli.ok("restore", project, "1");
        Cli restored = Cli.ok("search", project, "NATO", "--limit", "1000");

        assertThat(linesPerDocument(restored)).as("document 8 indexed once its text reads").isEqualTo(before);
        assertThat(restored.out()).doesNotContain("note:");
        assertThat(restored.out().strip()).isEqualTo(sound.out().strip());
    }

    /**
     * Auto-coding from a search rests on the same index: it planned passages in the readable documents and said
     * nothing of document 8, which the search could not look into, so a researcher took the count for the whole
     * project. The plan now carries the search's note.
     */
    @Test
    void autoCodingSaysWhichDocumentItCouldNotSearch() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        // no index yet: it is built after the damage
        assertThat(Path.of(project + ".index")).doesNotExist();
        assertThat(DamagedPages.zeroMiddleLeafPage(project, "document_texts")).containsExactly(8L);

        Cli autocode = Cli.parallax("autocode", project, "--query", "NATO", "--code", "Balance of power",
                "--dry-run");

        assertThat(autocode.exit()).as(autocode.err()).isZero();
        assertThat(autocode.out()).startsWith("would code ");
        assertThat(autocode.err().lines().filter(l -> l.startsWith("note:")).toList()).containsExactly("note: "
                + "document 8 “Interview to Bloomberg” was not searched: its text cannot be read (the project file is "
                + "damaged there), so any hits in it are neither counted nor shown; the other documents were all "
                + "searched. See what is damaged with: parallax check " + project + "; restore a backup with: "
                + "parallax restore " + project);
    }

    /** The KWIC lines of a table listing (its columns' widths aside), by the document id that starts each. */
    private static Map<String, List<String>> linesPerDocument(Cli search) {
        return search.out().lines().filter(l -> l.matches("\\s*\\d+ .* \\d{4}-\\d{2}-\\d{2} .*"))
                .map(l -> l.strip().replaceAll("\\s+", " "))
                .collect(Collectors.groupingBy(l -> l.split(" ")[0], Collectors.toList()));
    }
}
