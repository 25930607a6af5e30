package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export killed midway (SIGKILL, no chance to clean up) never damages the earlier file (issue 12 item 3). */
class AtomicFilesKillTest {
    @TempDir
    Path dir;

    @Test
    void aKilledExportLeavesTheEarlierFileWholeAndTheNextWriteRemovesTheLeftover() throws Exception {
        Path csv = dir.resolve("passages.csv");
        new SegmentCsvExporter().write(List.of(AtomicFilesTest.row(1, "the good export")), csv);
        byte[] good = Files.readAllBytes(csv);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                AtomicWriteChild.class.getName(), csv.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        assertThat(Files.readAllBytes(csv)).isEqualTo(good);
        List<Path> leftovers = others(csv);
        assertThat(leftovers).singleElement().satisfies(p -> {
            assertThat(p.getFileName().toString()).startsWith(".passages.csv.").endsWith(AtomicFiles.TEMP_SUFFIX);
            assertThat(Files.size(p)).isGreaterThan(500_000);
        });

        // A leftover younger than an hour may belong to a write still running elsewhere: kept.
        new SegmentCsvExporter().write(List.of(AtomicFilesTest.row(2, "the next export")), csv);
        assertThat(others(csv)).hasSize(1);
        Files.setLastModifiedTime(leftovers.get(0), FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        new SegmentCsvExporter().write(List.of(AtomicFilesTest.row(3, "the export after")), csv);
        assertThat(others(csv)).isEmpty();
        assertThat(Files.readString(csv)).contains("the export after");
    }

    private List<Path> others(Path file) throws Exception {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> !p.equals(file)).toList();
        }
    }
}
