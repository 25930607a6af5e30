package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DiskFullException;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HeardLog;

/**
 * A disk with room for a save in the journal but not for folding it into the file (the checkpoint must grow the file):
 * the save is kept in the journal, where SQLite reads it, and the file alone lacks it. Each failed checkpoint logged a
 * 30-line trace, every 200 ms of work in the window, and nothing told the user that the saves were only beside the
 * file (what a sync client may leave behind).
 */
class FullDiskCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void aCheckpointThatTheFullDiskStopsIsLoggedOnceInOneLineAndSaidUntilOneSucceeds() throws Exception {
        Path folder = dir.resolve("small");
        try (HeardLog log = HeardLog.of("org.parallax.store.sqlite.Database");
             SmallDisk disk = SmallDisk.mountOrSkip(folder, 16)) {
            Path project = disk.projectWithOneText("full.parallax", "foundingact.txt", "NATO and Russia met in Paris.");
            Path filler;
            List<String> codes;
            try (Workbench wb = Workbench.open(project)) {
                codes = wb.codebook().current().codes().stream().map(org.parallax.model.Code::name).toList();
                // Room for a large memo in the journal, not for the file to grow by it as well.
                filler = disk.leaveRoom("filler", 1_300_000);
                wb.memos().set(MemoTarget.project(), letters(400_000, 1));
                for (int i = 0; i < 3; i++) {
                    Thread.sleep(600);
                    try {
                        wb.memos().set(MemoTarget.document(1), "note " + i);
                    } catch (DiskFullException refused) {
                        // The checkpoint's try filled what was left: each write refused says so in its own words.
                    }
                }
                // The checkpoint runs on its own thread a moment after the last write: a loaded machine may run it
                // seconds later, so the test waits for its word rather than a fixed time.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (wb.journalNotFolded().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }

                assertThat(wb.journalNotFolded()).get().asString().contains("full.parallax-wal")
                        .contains("the disk is full");
            }
            List<LogRecord> failures = log.failures().stream()
                    .filter(r -> r.getMessage().contains("checkpoint failed")).toList();
            assertThat(failures).singleElement().satisfies(r -> {
                assertThat(r.getThrown()).isNull();
                assertThat(r.getMessage()).doesNotContain("\n").contains("the disk is full");
            });

            Files.delete(filler);
            Cli folded = Cli.parallax("memos", project);
            assertThat(folded.exit()).as(folded.err()).isZero();
            assertThat(folded.err()).isEmpty();
            assertThat(folder.resolve("full.parallax-wal")).doesNotExist();

            // The command line: room for a memo in the journal, not for folding it in when the command closes. How much
            // room that is depends on the pages SQLite touches, so the room grows until a memo is saved that way.
            Path cli = disk.projectWithOneText("cli.parallax", "speech.txt", "Russia and NATO met in Rome.");
            boolean keptBeside = false;
            for (int room = 200_000, i = 0; room <= 450_000 && !keptBeside; room += 25_000, i++) {
                filler = disk.leaveRoom("filler", room);
                // A memo of another code each time: one written over would free the pages the next one needs.
                Cli memo = Cli.parallax("memo", cli, "--code", codes.get(i), "--text", letters(96_000, room));
                keptBeside = memo.exit() == 0 && Files.exists(folder.resolve("cli.parallax-wal"));
                if (keptBeside) {
                    assertThat(memo.err().strip()).startsWith("warning: cli.parallax: the saves not yet written into "
                            + "cli.parallax itself are kept in cli.parallax-wal beside it (the disk is full)")
                            .doesNotContain("\n");
                } else if (memo.exit() == 0) {
                    assertThat(memo.err()).isEmpty();
                }
                Files.delete(filler);
            }
            assertThat(keptBeside).as("a memo saved with its journal kept beside the file").isTrue();
            assertThat(Cli.parallax("check", cli).exit()).isZero();
        }
    }

    /** {@code length} random lowercase letters in words of seven, the same for the same {@code seed}. */
    static String letters(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(i % 8 == 7 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
