package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/** A count of one reads "1 backup", "1 duplicate", "1 character", never "1 backups". */
class CountsAgreeWithTheirNounsCliTest {
    @TempDir
    Path dir;
    Path project;
    Path text;

    @BeforeEach
    void project() {
        project = TestProjects.table1WithOneText(dir, "study.parallax", "act.txt",
                "NATO and Russia build a council together.\n");
        text = dir.resolve("act.txt");
    }

    @Test
    void aBackupNumberPastTheOnlyBackupSaysOneBackup() throws Exception {
        Path backups = dir.resolve("study.parallax.backups");
        if (Files.exists(backups)) {
            try (Stream<Path> all = Files.walk(backups)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        assertThat(Cli.parallax("restore", project).out().lines().filter(l -> l.matches("\\s*1\\s.*"))).hasSize(1);

        Cli refused = Cli.parallax("restore", project, "99");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("There is no backup number 99 of study.parallax (1 backup; run parallax "
                + "restore " + project + " to list them)");
    }

    @Test
    void oneDuplicateAndAOneCharacterMemoAreSingular() {
        assertThat(Cli.parallax("import", project, text).out()).contains("0 imported, 1 duplicate, 0 failed");
        assertThat(Cli.parallax("memo", project, "--project", "--text", "x").out())
                .startsWith("Saved project memo (1 character, by ");
    }

    @Test
    void oneUndatedPassageIsNotShown() {
        assertThat(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power")
                .exit()).isZero();
        assertThat(Cli.parallax("timeline", project).out())
                .contains("1 passage in documents without a date is not shown");
    }
}
