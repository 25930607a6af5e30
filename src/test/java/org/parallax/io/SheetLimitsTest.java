package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON codebook, a metadata sheet, a codebook sheet and a highlights sheet are held to the limits of the import that
 * reads them, as its documents are: each was held to the default 64 MB whatever limits the import was given.
 */
class SheetLimitsTest {
    private static final ImportLimits ONE_KB = new ImportLimits(1024, 10, 1 << 20, 100);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"codebook-json", "metadata", "codebook-sheet", "highlights"})
    void aFilePastTheLimitsOfItsImportIsRefusedWhileTheDefaultsAcceptIt(String kind) throws Exception {
        String padding = "x".repeat(2000);
        Path file = switch (kind) {
            case "codebook-json" -> Files.writeString(dir.resolve("book.json"),
                    "{\"formatVersion\": 2, \"name\": \"Book\", \"frames\": [{\"name\": \"Realism\", \"description\": \""
                            + padding + "\"}]}");
            case "metadata" -> Files.writeString(dir.resolve("meta.csv"), "file,title\na.txt," + padding + "\n");
            case "codebook-sheet" -> Files.writeString(dir.resolve("codes.csv"), "tag,description\nplace," + padding
                    + "\n");
            default -> Files.writeString(dir.resolve("highlights.csv"), "id,document,tag,content\n1,a,place,"
                    + padding + "\n");
        };
        Function<ImportLimits, Object> read = switch (kind) {
            case "codebook-json" -> limits -> CodebookJson.read(file, limits);
            case "metadata" -> limits -> MetadataCsv.read(file, limits);
            case "codebook-sheet" -> limits -> CodebookCsv.read(file, limits);
            default -> limits -> TaguetteHighlights.read(file, limits);
        };

        assertThat(read.apply(ImportLimits.defaults())).isNotNull();
        assertThatThrownBy(() -> read.apply(ONE_KB)).isInstanceOf(ImportException.class)
                .hasMessageContaining(file.getFileName() + ": file is").hasMessageContaining("larger than the import "
                        + "limit of 1.0 KB");
    }
}
