package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Allocation;
import org.parallax.testutil.Cli;

/**
 * Sheets and codebooks other tools wrote are held to the import limit every document and REFI-QDA file is held to
 * (64 MB): a Taguette highlights sheet, a metadata sheet, a codebook sheet and a JSON codebook were read whole into
 * memory whatever their size, so a 2 GB file failed with an out-of-memory error after minutes. Each file here is a
 * real header followed by a sparse tail past the limit.
 */
class SheetSizeLimitCliTest {
    private static final long PAST_THE_LIMIT = (64L << 20) + 1;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"highlights", "metadata", "codebook-sheet", "codebook-json"})
    void aFilePastTheImportLimitIsRefusedInOneLineWithoutBeingRead(String kind) throws Exception {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path document = java.nio.file.Files.writeString(dir.resolve("interview1.txt"), "Anna talked about the cafe.");
        Path file = switch (kind) {
            case "highlights" -> big("highlights.csv", "id,document,tag,content\r\n1,interview1,place,the cafe\r\n");
            case "metadata" -> big("meta.csv", "file,title\ninterview1.txt,First\n");
            case "codebook-sheet" -> big("codebook.csv", "tag,parent,description\nplace,,Where\n");
            default -> big("codebook.json", "{\"formatVersion\": 2, \"name\": \"Big\", \"frames\": []}\n");
        };
        List<Object> args = switch (kind) {
            case "highlights" -> List.of("import", project, document, file);
            case "metadata" -> List.of("import", project, "--metadata", file, document);
            default -> List.of("codebook", "import", project, file);
        };

        Cli[] run = new Cli[1];
        long allocated = Allocation.bytes(() -> run[0] = Cli.parallax(args.toArray()));

        assertThat(run[0].exit()).isNotZero();
        assertThat(run[0].err()).contains(file.getFileName() + ": file is 64.0 MB, larger than the import limit of "
                + "64.0 MB").doesNotContain("Exception");
        assertThat(allocated).as("bytes allocated").isLessThan(32L << 20);
    }

    /** {@code text}, then zeros up to one byte past the limit (a sparse file: nothing is written to disk). */
    private Path big(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(text.getBytes(StandardCharsets.UTF_8));
            raf.setLength(PAST_THE_LIMIT);
        }
        return file;
    }
}
