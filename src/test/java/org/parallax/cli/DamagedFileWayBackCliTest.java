package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A project file cut short, or its header overwritten with zeros (a bad disk, a crash mid-copy), its backups beside
 * it: `check` and every command said "not a Parallax project" for the zeroed header, as for a CSV opened by mistake,
 * and named only the folder of backups for a cut file. Each now says in one line that the file is damaged and names
 * the newest sound backup with the command that restores it.
 */
class DamagedFileWayBackCliTest {
    @TempDir
    Path dir;

    @Test
    void aFileCutShortOrWithItsHeaderZeroedIsCalledDamagedAndNamesTheNewestSoundBackup() throws Exception {
        Path sound = dir.resolve("sound.parallax");
        assertThat(Cli.parallax("new", sound, "--codebook", "table1").exit()).isZero();
        Path texts = Files.createDirectories(dir.resolve("readouts"));
        for (int i = 0; i < 40; i++) {
            TestProjects.textFile(texts, "readout" + i + ".txt", ("NATO and Russia met in the Council, meeting " + i
                    + ". ").repeat(400));
        }
        assertThat(Cli.parallax("import", sound, texts).exit()).isZero();
        assertThat(Cli.parallax("backup", sound).exit()).isZero();
        long size = Files.size(sound);

        for (String damage : new String[] {"cut", "zeroed", "toc"}) {
            Path project = dir.resolve(damage + ".parallax");
            Files.copy(sound, project);
            copyFolder(dir.resolve("sound.parallax.backups"), dir.resolve(damage + ".parallax.backups"));
            try (RandomAccessFile file = new RandomAccessFile(project.toFile(), "rw")) {
                switch (damage) {
                    case "cut" -> file.setLength(size / 2);
                    case "zeroed" -> file.write(new byte[100]);
                    default -> file.setLength(4096);
                }
            }
            String backup;
            try (Stream<Path> backups = Files.list(dir.resolve(damage + ".parallax.backups"))) {
                backup = backups.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_manual.parallax"))
                        .findFirst().orElseThrow();
            }

            for (String command : new String[] {"check", "docs"}) {
                Cli run = Cli.parallax(command, project);
                assertThat(run.exit()).as(damage + " " + command).isEqualTo(1);
                assertThat(run.err().lines()).as(damage + " " + command).singleElement().asString()
                        .startsWith("error: " + damage + ".parallax ").contains("damaged")
                        .doesNotContain("not a Parallax project")
                        .contains("(manual, 40 documents, 0 passages)")
                        .endsWith("restore it with: parallax restore " + project.toAbsolutePath() + " " + backup);
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
