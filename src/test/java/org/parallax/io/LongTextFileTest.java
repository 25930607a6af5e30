package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text or Markdown file within the 64 MB file limit but of more characters than any other format may extract: a
 * 52 MB one-paragraph text was imported, then ran the search index's thread out of the launchers' 256 MiB heap and
 * printed a stack trace. Its characters are held to the same limit as a document's of any other format.
 */
class LongTextFileTest {
    private static final long LIMIT = ExtractionLimits.defaults().maxTextChars();

    @TempDir
    Path dir;

    private Path words(String name, long chars) throws Exception {
        StringBuilder text = new StringBuilder((int) chars);
        while (text.length() < chars) {
            text.append("threat alliance border ");
        }
        text.setLength((int) chars);
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aTextOfMoreCharactersThanTheLimitIsRefusedInOneLine() throws Exception {
        Path file = words("one paragraph.txt", LIMIT + 1);

        assertThatThrownBy(() -> new DocumentReader().read(file)).isInstanceOf(ImportException.class)
                .hasMessage("one paragraph.txt: exceeds the extraction limit (20,000,000 characters of text)");
    }

    @Test
    void aMarkdownFileOfMoreCharactersThanTheLimitIsRefusedInOneLine() throws Exception {
        Path file = words("notes.md", LIMIT + 1);

        assertThatThrownBy(() -> new DocumentReader().read(file)).isInstanceOf(ImportException.class)
                .hasMessage("notes.md: exceeds the extraction limit (20,000,000 characters of text)");
    }

    @Test
    void aTextOfTheLimitImports() throws Exception {
        Path file = words("long.txt", LIMIT);

        assertThat(new DocumentReader().read(file).text()).hasSize((int) LIMIT);
    }
}
