package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A restore keeps the file it replaces as a "before restore" backup, the way back from the restore. With an older
 * copy's journal ({@code NAME-wal}) beside the file, that copy must hold the file as it is, not the older state the
 * journal brings back: the restore deletes the journal, so the saves only the file held would be gone. (Checked with
 * real files: the snapshot is refused for the journal, and the copy of the file as it is leaves out a journal beside a
 * file SQLite reads soundly alone.)
 */
class RestoreBesideAStaleJournalCliTest {
    @TempDir
    Path dir;

    @Test
    void theCopyKeptBeforeRestoreHoldsTheFileNotTheOlderJournal() throws Exception {
        Path mine = dir.resolve("mine.parallax");
        Cli.ok("new", mine);
        Cli.ok("import", mine, TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."),
                TestProjects.textFile(dir, "b.txt", "The Council met in Rome in 2002."));
        String backupLine = Cli.ok("backup", mine).out().strip();
        Path backup = Path.of(backupLine.substring("Backup written to ".length()));
        Path olderLog = dir.resolve("state-1.parallax-wal");
        try (Workbench wb = Workbench.open(mine)) {
            retitle(wb, "State one");
            Files.copy(log(mine), olderLog);
        }
        Cli.ok("document", mine, "1", "--title", "State two");
        Files.copy(olderLog, log(mine));

        Cli restore = Cli.parallax("restore", mine, backup);

        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(log(mine)).as("the older journal, deleted by the restore").doesNotExist();
        assertThat(Cli.ok("docs", mine).out()).doesNotContain("State");

        Path kept;
        try (Stream<Path> files = Files.list(Path.of(mine + ".backups"))) {
            kept = files.filter(f -> f.getFileName().toString().endsWith("_before-restore.parallax")).findFirst()
                    .orElseThrow();
        }
        assertThat(Cli.ok("docs", kept).out()).as("the copy kept before the restore").contains("State two")
                .doesNotContain("State one");
    }

    private static void retitle(Workbench wb, String title) {
        Document first = wb.documents().require(1);
        wb.documents().updateMeta(List.of(first), m -> new DocumentMeta(title, m.date(), m.type(), m.actor(),
                m.language(), m.scenario(), m.attributes()));
    }

    private static Path log(Path project) {
        return project.resolveSibling(project.getFileName() + "-wal");
    }
}
