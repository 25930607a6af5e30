package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testutil.KilledWriterLog.FRAME;
import static org.parallax.testutil.KilledWriterLog.flip;
import static org.parallax.testutil.KilledWriterLog.frameStart;
import static org.parallax.testutil.KilledWriterLog.frames;
import static org.parallax.testutil.KilledWriterLog.killedAfterSaves;
import static org.parallax.testutil.KilledWriterLog.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.KilledWriterLog;

/**
 * A writer killed before folding its log into the project leaves its saves in {@code study.parallax-wal}; a bit
 * flipped there afterwards made SQLite read the log only up to the flip and drop the saves after it without a word
 * (`check`: "no problems found"). Now the damage is named, a copy of the log is kept, and the project opens read-only
 * so nothing folds the readable part into the file and writes over the rest.
 */
class DamagedJournalCliTest {
    @TempDir
    Path dir;

    @Test
    void aFlipInAnEarlyFrameIsNamedTheLogKeptAndTheProjectReadOnly() throws Exception {
        Path original = KilledWriterLog.project(dir);
        Path before = Files.copy(original, dir.resolve("before.parallax"));
        Path project = killedAfterSaves(original, dir.resolve("left"), false);
        int saves = KilledWriterLog.commits(project);
        assertThat(saves).as("the memos and what opening wrote").isGreaterThanOrEqualTo(KilledWriterLog.SAVES);
        flip(project, frameStart(0) + 24 + 2000, 3);
        byte[] damagedLog = Files.readAllBytes(log(project));
        byte[] file = Files.readAllBytes(project);

        Cli memos = Cli.parallax("memos", project);
        Cli check = Cli.parallax("check", project);
        Cli write = Cli.parallax("memo", project, "--project", "--text", "after the damage");

        String named = "its journal (study.parallax-wal, changes not yet written into the file) is damaged at byte 32: "
                + "the " + saves + " saves written after that point cannot be read and are not shown; "
                + "a copy of the journal is kept at " + project.resolveSibling("study.parallax.backups");
        assertThat(memos.err()).startsWith("warning: study.parallax is open read-only: " + named);
        assertThat(memos.err().lines()).hasSize(1);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("study.parallax: " + named)
                .contains("1 problem found; restore a backup with: parallax restore");
        assertThat(write.exit()).isEqualTo(1);
        assertThat(write.err()).contains("study.parallax is open read-only: " + named);
        List<Path> kept = kept(project);
        assertThat(kept).singleElement().satisfies(copy -> {
            assertThat(copy.getFileName().toString()).matches("study\\.parallax-wal\\.[0-9a-f]{8}\\.damaged");
            assertThat(Files.readAllBytes(copy)).isEqualTo(damagedLog);
        });
        assertThat(Files.readAllBytes(log(project))).as("the log, never folded in nor written over")
                .isEqualTo(damagedLog);
        assertThat(Files.readAllBytes(project)).as("the project file").isEqualTo(file);

        Cli restore = Cli.parallax("restore", project, before);
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(log(project)).doesNotExist();
        assertThat(kept(project)).hasSize(1);
        Cli afterRestore = Cli.parallax("memo", project, "--project", "--text", "after the restore");
        assertThat(afterRestore.exit()).isZero();
        assertThat(afterRestore.err()).isEmpty();
    }

    /**
     * A log cut short after its saves were made (a copy that stopped, a sync client) was read up to its last whole
     * save and the saves after the cut went without a word: `check` "no problems found", the next write started the
     * log over. The shared memory the killed writer left says where its last save ended; a log ending before it, with
     * saves not folded into the file, is named as cut, kept, and the project opens read-only.
     */
    @Test
    void aLogCutShortBeforeItsLastSaveIsNamedTheLogKeptAndTheProjectReadOnly() throws Exception {
        Path original = KilledWriterLog.project(dir);
        Path whole = killedAfterSaves(original, dir.resolve("whole"), KilledWriterLog.SAVES, false, true);
        assertThat(Cli.parallax("check", whole).out()).as("the log as the writer left it").contains("no problems found");
        assertThat(Cli.parallax("memos", whole).out()).contains("entry " + KilledWriterLog.SAVES);

        Path project = killedAfterSaves(original, dir.resolve("left"), KilledWriterLog.SAVES, false, true);
        long cut = frameStart(frames(project) / 2) + 100;
        try (var log = new java.io.RandomAccessFile(log(project).toFile(), "rw")) {
            log.setLength(cut);
        }
        byte[] cutLog = Files.readAllBytes(log(project));
        byte[] file = Files.readAllBytes(project);

        Cli check = Cli.parallax("check", project);
        Cli write = Cli.parallax("memo", project, "--project", "--text", "after the cut");

        String named = "its journal (study.parallax-wal, changes not yet written into the file) is cut short at byte "
                + cut + ", before the end of the saves written into it: the saves after that point are lost from it "
                + "and not shown; a copy of the journal is kept at " + project.resolveSibling("study.parallax.backups");
        assertThat(check.exit()).as(check.out()).isEqualTo(1);
        assertThat(check.out()).contains("study.parallax: " + named);
        assertThat(write.exit()).isEqualTo(1);
        assertThat(write.err()).contains("study.parallax is open read-only: " + named);
        assertThat(kept(project)).singleElement()
                .satisfies(copy -> assertThat(Files.readAllBytes(copy)).isEqualTo(cutLog));
        assertThat(Files.readAllBytes(log(project))).as("the log, never started over").isEqualTo(cutLog);
        assertThat(Files.readAllBytes(project)).as("the project file").isEqualTo(file);
    }

    /**
     * Saves folded into the file before the log was cut are all in the file: the log is not called damaged (no copy
     * kept, no backup to restore) but set aside, as a log from an older copy is, and then every save is there.
     */
    @Test
    void aLogCutShortAfterItsSavesWereFoldedInIsToBeMovedAwayAndLosesNothing() throws Exception {
        Path project = killedAfterSaves(KilledWriterLog.project(dir), dir.resolve("left"), KilledWriterLog.SAVES, true,
                true);
        try (var log = new java.io.RandomAccessFile(log(project).toFile(), "rw")) {
            log.setLength(frameStart(frames(project) / 2) + 100);
        }
        byte[] file = Files.readAllBytes(project);

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("Move study.parallax-wal and study.parallax-shm into another folder")
                .contains("the file itself holds the newest saves; there is no need to restore a backup");
        assertThat(kept(project)).isEmpty();
        assertThat(Files.readAllBytes(project)).as("the project file").isEqualTo(file);
        Path aside = Files.createDirectories(dir.resolve("aside"));
        for (String side : new String[] {"-wal", "-shm"}) {
            Files.move(project.resolveSibling("study.parallax" + side), aside.resolve("study.parallax" + side));
        }
        assertThat(Cli.parallax("check", project).exit()).isZero();
        assertThat(Cli.parallax("memos", project).out()).contains("entry " + KilledWriterLog.SAVES);
    }

    @Test
    void aFlipInTheLastFrameIsACutEndAndOpensAsBefore() throws Exception {
        Path project = killedAfterSaves(KilledWriterLog.project(dir), dir.resolve("left"), false);
        flip(project, frameStart(frames(project) - 1) + 24 + 100, 0);

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("no problems found");
        assertThat(Cli.parallax("memos", project).out()).contains("entry " + (KilledWriterLog.SAVES - 1))
                .doesNotContain("entry " + KilledWriterLog.SAVES);
        assertThat(kept(project)).isEmpty();
    }

    /**
     * A flip in the log's first 12 bytes (magic, version, page size; the magic's last bit names the checksums' byte
     * order) makes it no log SQLite reads: it opened at the file's last save without a word, and the next writable
     * open started the log over, writing over those saves.
     */
    @Test
    void aFlipInTheLogsMagicVersionOrPageSizeIsNamedAsDamageAtByteZero() throws Exception {
        Path original = KilledWriterLog.project(dir);
        for (int offset : new int[] {1, 3, 6, 10}) {
            Path project = killedAfterSaves(original, dir.resolve("left-" + offset), false);
            int saves = KilledWriterLog.commits(project);
            flip(project, offset, offset == 10 ? 4 : 0);
            byte[] damagedLog = Files.readAllBytes(log(project));

            Cli check = Cli.parallax("check", project);
            Cli write = Cli.parallax("memo", project, "--project", "--text", "after the damage");

            assertThat(check.exit()).as("flip at byte %d", offset).isEqualTo(1);
            assertThat(check.out()).contains("study.parallax: its journal (study.parallax-wal, changes not yet written "
                    + "into the file) is damaged at byte 0: the " + saves + " saves written after that point");
            assertThat(write.exit()).isEqualTo(1);
            assertThat(Files.readAllBytes(log(project))).as("the log, never started over").isEqualTo(damagedLog);
            assertThat(kept(project)).singleElement()
                    .satisfies(copy -> assertThat(Files.readAllBytes(copy)).isEqualTo(damagedLog));
        }
    }

    /** Saves already folded into the file lose nothing when the log is read only up to a flip before them. */
    @Test
    void aFlipInALogFoldedIntoTheFileChangesNothing() throws Exception {
        Path project = killedAfterSaves(KilledWriterLog.project(dir), dir.resolve("left"), true);
        flip(project, frameStart(0) + 24 + 2000, 3);

        Cli memos = Cli.parallax("memos", project);

        assertThat(memos.err()).isEmpty();
        assertThat(memos.out()).contains("entry " + KilledWriterLog.SAVES);
        assertThat(Cli.parallax("check", project).exit()).isZero();
        assertThat(kept(project)).isEmpty();
    }

    /** Frames left from before the log last started over carry other salts; SQLite never reads them. */
    @Test
    void aFlipInFramesLeftFromAnEarlierRoundChangesNothing() throws Exception {
        Path project = killedAfterSaves(KilledWriterLog.project(dir), dir.resolve("left"), true);
        Path again = killedAfterSaves(project, dir.resolve("again"), 1, false);
        int earlier = KilledWriterLog.firstOfAnEarlierRound(again);
        assertThat(earlier).as("frames of the earlier round left after the new one").isBetween(1, frames(again) - 2);
        flip(again, frameStart(earlier) + 24 + 2000, 3);

        assertThat(Cli.parallax("check", again).exit()).isZero();
        assertThat(Cli.parallax("memos", again).out()).contains("entry 1");
        assertThat(kept(again)).isEmpty();
    }

    private static List<Path> kept(Path project) throws Exception {
        Path folder = project.resolveSibling(project.getFileName() + ".backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".damaged")).toList();
        }
    }
}
