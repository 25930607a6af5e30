package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.testutil.Cli;

/**
 * A project whose last saves are kept in its journal ({@code NAME-wal}) because the disk filled before they could be
 * folded into the file. Opening it again on the still full disk tried to fold them in first and failed: "cannot open
 * the project: the disk holding it is full", though nothing needed writing to read it.
 */
class FullDiskKeptJournalTest {
    @TempDir
    Path dir;

    @Test
    void aProjectWithSavesKeptInItsJournalOpensOnTheFullDiskWithOneLineAndLosesNothing() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 16)) {
            Path folder = disk.folder();
            Path project = disk.projectWithOneText("kept.parallax", "speech.txt", "Russia and NATO met in Rome.");
            List<String> codes;
            try (Workbench wb = Workbench.open(project)) {
                codes = wb.codebook().current().codes().stream().map(org.parallax.model.Code::name).toList();
            }
            Path wal = folder.resolve("kept.parallax-wal");
            // Room for a memo in the journal, not for folding it in when the command closes: how much room that is
            // depends on the pages SQLite touches, so the room grows until a memo is kept that way.
            String kept = null;
            for (int room = 200_000, i = 0; room <= 450_000 && kept == null; room += 25_000, i++) {
                Path filler = disk.leaveRoom("filler" + i, room);
                String text = FullDiskCheckpointTest.letters(96_000, room);
                Cli memo = Cli.parallax("memo", project, "--code", codes.get(i), "--text", text);
                if (memo.exit() == 0 && Files.exists(wal)) {
                    kept = text;
                } else {
                    Files.delete(filler);
                }
            }
            assertThat(kept).as("a memo saved with its journal kept beside the file").isNotNull();
            Path rest = SmallDisk.fill(folder.resolve("rest"));

            Cli docs = Cli.parallax("docs", project);

            assertThat(docs.exit()).as(docs.err()).isZero();
            assertThat(docs.out()).contains("speech");
            assertThat(docs.err().lines().toList()).singleElement().asString()
                    .startsWith("warning: kept.parallax: the saves not yet written into kept.parallax itself are kept "
                            + "in kept.parallax-wal beside it (the disk is full)");
            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.journalNotFolded()).isPresent();
                assertThat(wb.memos().all()).extracting(Memo::text).contains(kept);
            }
            assertThat(wal).exists();

            Files.delete(rest);
            try (var fillers = Files.list(folder)) {
                for (Path filler : fillers.filter(f -> f.getFileName().toString().startsWith("filler")).toList()) {
                    Files.delete(filler);
                }
            }
            Cli again = Cli.parallax("memos", project);
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.err()).isEmpty();
            assertThat(wal).doesNotExist();
            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.memos().all()).extracting(Memo::text).contains(kept);
            }
            assertThat(Cli.parallax("check", project).exit()).isZero();
        }
    }
}
