package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Imports the small folders of the shared corpus, when it is present next to the repository. */
class SharedCorpusImportTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    private final DocumentReader reader = new DocumentReader();

    @Test
    void everyRussianDocumentIsReadAsRussianVerbatim() throws IOException {
        for (Path file : files("ru")) {
            ImportedText imported = reader.read(file);

            assertThat(imported.language()).as(file.toString()).isEqualTo("ru");
            assertThat(imported.text()).as(file.toString()).isEqualTo(TextNormalizer.normalize(Files.readString(file)));
        }
    }

    @Test
    void everyCoreAndInterviewDocumentIsReadAsEnglish() throws IOException {
        List<Path> files = Stream.concat(files("core").stream(), files("interviews").stream()).toList();
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            ImportedText imported = reader.read(file);

            assertThat(imported.language()).as(file.toString()).isEqualTo("en");
            assertThat(imported.title()).as(file.toString()).isNotBlank().doesNotStartWith("#").doesNotStartWith("---");
            assertThat(imported.date()).as(file.toString()).isNotNull();
            if (imported.format().equals("md")) {
                // No heading markers; an escaped \###, a press release's end mark, is literal text and stays.
                assertThat(imported.text()).as(file.toString()).doesNotStartWith("---").doesNotContain("](", "tags:")
                        .doesNotContainPattern("(?m)^#{1,6}[ \\t]");
            } else {
                assertThat(imported.text()).as(file.toString()).isEqualTo(TextNormalizer.normalize(Files.readString(file)));
            }
        }
    }

    private static List<Path> files(String folder) throws IOException {
        Path dir = CORPUS.resolve(folder);
        assumeTrue(Files.isDirectory(dir), "shared corpus not present at " + dir.toAbsolutePath());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(DocumentReader::isSupported).sorted().toList();
        }
    }
}
