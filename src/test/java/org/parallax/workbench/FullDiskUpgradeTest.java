package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A project of an older Parallax opened for writing on a disk with room to open it but not to upgrade it: the error
 * said SQLite needed "a little room beside the file even to read it" and "nothing was changed", while the upgrade had
 * run part of the way (schema 3 to 4 in the trial). It now says the upgrade filled the disk and that the work in the
 * file is whole; once space is freed the next open completes the upgrade and `check` finds nothing.
 */
class FullDiskUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void anUpgradeThatFillsTheDiskSaysSoAndTheNextOpenCompletesIt() throws Exception {
        Path folder = dir.resolve("small");
        try (SmallDisk ignored = SmallDisk.mountOrSkip(folder, 16)) {
            Path project = Files.copy(Path.of("src/test/resources/older/sample-schema-3.parallax"),
                    folder.resolve("older.parallax"));
            long room = Files.getFileStore(folder).getUsableSpace();
            // room for the copy kept before the upgrade (a compacted copy, no larger than the file), not for the upgrade
            Path filler = SmallDisk.fill(folder.resolve("filler"), room - 100 * 1024 - Files.size(project));

            Cli memo = Cli.parallax("memo", project, "--project", "--text", "after the upgrade");

            assertThat(memo.exit()).isEqualTo(1);
            assertThat(memo.err().lines().toList()).singleElement().asString().isEqualTo("error: older.parallax: "
                    + "cannot upgrade the project, written by an older Parallax, to this version's format: the disk "
                    + "holding it is full; free some space and open it again (what it holds is unchanged: each step "
                    + "of the upgrade is saved whole or not at all, and the next open carries on)");

            Files.delete(filler);
            assertThat(Cli.parallax("memo", project, "--project", "--text", "after the upgrade").exit()).isZero();
            Cli check = Cli.parallax("check", project);
            assertThat(check.out()).as(check.err()).contains("no problems found (15 documents, 71 passages)");
            assertThat(Cli.parallax("memos", project).out()).contains("after the upgrade");
        }
    }

    /** Without room for the copy kept before the upgrade, the file is not upgraded: it opens read-only, saying why. */
    @Test
    void anOlderProjectWithoutRoomForItsCopyOpensReadOnlyAndIsUpgradedOnceThereIsRoom() throws Exception {
        Path folder = dir.resolve("small");
        try (SmallDisk ignored = SmallDisk.mountOrSkip(folder, 16)) {
            Path project = Files.copy(Path.of("src/test/resources/older/sample-schema-3.parallax"),
                    folder.resolve("older.parallax"));
            byte[] before = Files.readAllBytes(project);
            long room = Files.getFileStore(folder).getUsableSpace();
            Path filler = SmallDisk.fill(folder.resolve("filler"), room - 100 * 1024);

            Cli memo = Cli.parallax("memo", project, "--project", "--text", "after the upgrade");

            assertThat(memo.exit()).isEqualTo(1);
            assertThat(memo.err().lines().toList()).singleElement().asString().startsWith("error: older.parallax is "
                    + "open read-only: it was written by an older Parallax and is upgraded only once a copy of it as it "
                    + "was is kept, which failed: ").contains("the disk is full");
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
            Cli docs = Cli.parallax("docs", project);
            assertThat(docs.out()).contains("North Atlantic Treaty");

            Files.delete(filler);
            Cli again = Cli.parallax("memo", project, "--project", "--text", "after the upgrade");
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.err()).startsWith("note: older.parallax was written by an older Parallax (schema 3)");
            assertThat(Cli.parallax("check", project).out()).contains("no problems found (15 documents, 71 passages)");
        }
    }
}
