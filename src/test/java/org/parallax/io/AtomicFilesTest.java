package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;

/** Every file Parallax writes appears whole or not at all (issue 12 item 3). */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void removeGuard() {
        AtomicFiles.guardWrites(null);
    }

    @Test
    void anExportAbortedMidwayLeavesTheEarlierFileWholeAndNoTemporaryFile() throws IOException {
        Path csv = dir.resolve("passages.csv");
        new SegmentCsvExporter().write(List.of(row(1, "the good export")), csv);
        byte[] good = Files.readAllBytes(csv);

        // Thousands of rows are written (more than the buffer holds), then the row source fails.
        Iterable<SegmentRow> failing = () -> new Iterator<>() {
            int served;

            public boolean hasNext() {
                return true;
            }

            public SegmentRow next() {
                if (++served > 5_000) {
                    throw new IllegalStateException("the database went away");
                }
                return row(served, "x".repeat(200));
            }
        };
        assertThatThrownBy(() -> new SegmentCsvExporter().write(failing, csv))
                .hasMessageContaining("the database went away");

        assertThat(Files.readAllBytes(csv)).isEqualTo(good);
        assertThat(files()).containsExactly("passages.csv");
    }

    @Test
    void aWriteReplacesTheWholeFile() throws IOException {
        Path file = dir.resolve("out.txt");
        AtomicFiles.writeString(file, "a much longer first version");
        AtomicFiles.writeString(file, "short");
        assertThat(Files.readString(file)).isEqualTo("short");
        assertThat(files()).containsExactly("out.txt");
    }

    @Test
    void aBodyThatClosesItsStreamStillWritesTheWholeFile() throws IOException {
        Path file = dir.resolve("closed.txt");
        AtomicFiles.writeText(file, out -> {
            out.write("written, then closed by the writer");
            out.close();
        });
        assertThat(Files.readString(file)).isEqualTo("written, then closed by the writer");
    }

    @Test
    void aMissingFolderIsNamedAsTheReason() {
        Path file = dir.resolve("no-such-folder").resolve("passages.csv");
        assertThatThrownBy(() -> new SegmentCsvExporter().write(List.of(row(1, "text")), file))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("passages.csv")
                .hasMessageContaining("the folder " + dir.resolve("no-such-folder") + " does not exist");
    }

    @Test
    void aFileInPlaceOfTheFolderIsNamedAsTheReason() throws IOException {
        Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> AtomicFiles.writeString(dir.resolve("plain").resolve("out.csv"), "y"))
                .hasMessageContaining("is not a folder");
    }

    @Test
    void theInstalledGuardRunsBeforeEveryWriteAndCanRefuseIt() {
        AtomicFiles.guardWrites(() -> {
            throw new IllegalStateException("refused by the guard");
        });
        Path file = dir.resolve("guarded.json");
        assertThatThrownBy(() -> AtomicFiles.writeString(file, "{}")).hasMessage("refused by the guard");
        assertThat(file).doesNotExist();
    }

    @Test
    void exportedFilesGetTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path file = dir.resolve("shared.html");
        AtomicFiles.writeString(file, "<p>");
        Path plain = Files.writeString(dir.resolve("plain.html"), "<p>");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static SegmentRow row(long id, String text) {
        return new SegmentRow(id, 1, "Title", null, null, null, null, 1, "Code", "Frame", "coder", 0,
                text.length(), text, null, null);
    }
}
