package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A project whose header (the file's first 100 bytes, which tell SQLite how to read the rest) took a damaged byte: it
 * is called damaged and pointed at its backups, never "not a Parallax project" nor a refusing disk, and stays as it is.
 */
class DamagedHeaderCliTest {
    @TempDir
    Path dir;

    @Test
    void aHeaderSqliteCannotReadIsCalledDamagedAndPointsToTheBackups() throws Exception {
        Path sound = project();
        // read version 3, page size 768, payload fraction 65, schema format 9: each one byte from what SQLite wrote
        Map<String, byte[]> damage = Map.of("read-version", at(19, 3), "page-size", at(16, 3, 0),
                "payload-fraction", at(21, 0x41), "schema-format", at(47, 9));
        for (var each : damage.entrySet()) {
            Path project = damaged(sound, each.getKey(), each.getValue());
            byte[] before = Files.readAllBytes(project);

            for (String command : new String[] {"docs", "check"}) {
                Cli run = Cli.parallax(command, project);
                assertThat(run.exit()).as(each.getKey()).isEqualTo(1);
                assertThat(run.err().lines()).as(each.getKey()).containsExactly("error: " + project.getFileName()
                        + " is too damaged to open (SQLite cannot read its header, the start of the file that says how "
                        + "to read the rest); restore a backup: parallax restore " + project.toAbsolutePath());
            }
            assertThat(Files.readAllBytes(project)).as(each.getKey()).isEqualTo(before);
        }
    }

    @Test
    void aWriteVersionSqliteNeverWritesOpensReadOnlyAsDamagedNotAsARefusingDisk() throws Exception {
        Path project = damaged(project(), "write-version", at(18, 3));
        byte[] before = Files.readAllBytes(project);

        Cli docs = Cli.parallax("docs", project);
        assertThat(docs.exit()).isZero();
        assertThat(docs.out()).contains("readout");
        assertThat(docs.err().strip()).startsWith("warning: write-version.parallax is open read-only: the file is "
                + "damaged (its header").doesNotContain("\n");

        Cli code = Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power");
        assertThat(code.exit()).isEqualTo(1);
        assertThat(code.err()).contains("the file is damaged (its header").doesNotContain("disk");

        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("write version 3", "1 problem found; restore a backup with: parallax restore");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    private Path project() {
        return TestProjects.table1WithOneText(dir, "sound.parallax", "readout.txt",
                "NATO and Russia met in the Council.");
    }

    private Path damaged(Path sound, String name, byte[] change) throws IOException {
        Path copy = Files.copy(sound, dir.resolve(name + ".parallax"));
        try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
            int offset = change[0];
            file.seek(offset);
            file.write(change, 1, change.length - 1);
        }
        return copy;
    }

    /** The offset followed by the bytes to write there. */
    private static byte[] at(int offset, int... bytes) {
        byte[] change = new byte[bytes.length + 1];
        change[0] = (byte) offset;
        for (int i = 0; i < bytes.length; i++) {
            change[i + 1] = (byte) bytes[i];
        }
        return change;
    }
}
