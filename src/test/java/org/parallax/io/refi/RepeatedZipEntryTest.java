package org.parallax.io.refi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .qdpx that holds one entry name twice: zip readers disagree on which copy is the entry (the central directory's
 * first, its last, or the first local header), so a file could show one project in a reviewer's tool and import
 * another. It is refused, naming the entry, instead of being read from one of the copies.
 */
class RepeatedZipEntryTest {
    private static final String SOURCE = "bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb";

    @TempDir
    Path dir;

    private static byte[] project(String sourceName) {
        return QdpxFiles.utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"p\"><Sources><TextSource guid=\"" + SOURCE + "\" name=\"" + sourceName
                + "\"><PlainTextContent>Text.</PlainTextContent></TextSource></Sources></Project>");
    }

    @Test
    void aProjectWithTwoProjectQdeEntriesIsRefusedNamingTheEntry() {
        Path file = QdpxFiles.zipWithRepeatedName(dir.resolve("twice.qdpx"), Map.of("project.qde", project("shown")),
                "project.qde", project("hidden"));

        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessage("twice.qdpx: zip entry 'project.qde' is in the archive twice; zip readers disagree on "
                        + "which copy counts, so the file is not imported");
    }

    @Test
    void aSourceStoredTwiceIsRefusedNamingTheEntry() {
        String text = "sources/" + SOURCE + ".txt";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", QdpxFiles.utf8(QdpxFiles.projectWithSource(SOURCE, "internal://" + SOURCE + ".txt",
                "")));
        entries.put(text, QdpxFiles.utf8("The text a reviewer reads."));
        Path file = QdpxFiles.zipWithRepeatedName(dir.resolve("source-twice.qdpx"), entries, text,
                QdpxFiles.utf8("The text that is imported."));

        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessage("source-twice.qdpx: zip entry '" + text + "' is in the archive twice; zip readers disagree "
                        + "on which copy counts, so the file is not imported");
    }

    /** Entries are found by name regardless of case and slash direction, so these two are one entry as well. */
    @Test
    void twoNamesThatDifferOnlyInCaseAreOneEntryTwice() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", project("shown"));
        entries.put("Project.QDE", project("hidden"));
        Path file = QdpxFiles.zip(dir.resolve("case.qdpx"), entries);

        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessage("case.qdpx: zip entries 'project.qde' and 'Project.QDE' name the same entry (names are "
                        + "read regardless of case); the file is not imported");
    }
}
