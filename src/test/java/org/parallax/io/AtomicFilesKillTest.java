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
    void aKilledExportLeavesTheEarlierFileWholeAndTheNextExportIntoTheFolderRemovesItsPart() throws Exception {
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
        // Parts of writes still running (this process's, another running process's) are theirs: kept.
        Path running = Files.writeString(dir.resolve(".memos.csv." + ProcessHandle.current().parent().orElseThrow()
                .pid() + "-0123456789ab" + AtomicFiles.TEMP_SUFFIX), "being written");
        Path ours = Files.writeString(dir.resolve(".memos.csv." + ProcessHandle.current().pid() + "-0123456789ab"
                + AtomicFiles.TEMP_SUFFIX), "being written here");
        // A part without a process id, as written before ids were, counts as left behind once it is an hour old.
        Path unnamedYoung = Files.writeString(dir.resolve(".a.csv.0123456789ab" + AtomicFiles.TEMP_SUFFIX), "?");
        Path unnamedOld = Files.writeString(dir.resolve(".b.csv.0123456789ab" + AtomicFiles.TEMP_SUFFIX), "?");
        Files.setLastModifiedTime(unnamedOld, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path researchers = Files.writeString(dir.resolve(".notes.part"), "not ours");

        // The next export into the folder, of any file, removes the part of the killed export at once.
        Path other = dir.resolve("codes.csv");
        new SegmentCsvExporter().write(List.of(AtomicFilesTest.row(2, "another export")), other);

        assertThat(leftovers.get(0)).doesNotExist();
        assertThat(unnamedOld).doesNotExist();
        assertThat(List.of(running, ours, unnamedYoung, researchers)).allMatch(Files::exists);
        assertThat(Files.readAllBytes(csv)).isEqualTo(good);
    }

    private List<Path> others(Path file) throws Exception {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> !p.equals(file)).toList();
        }
    }
}
