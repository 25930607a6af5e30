package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;
import org.parallax.testutil.DamagedPages;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A project file with a page SQLite cannot read (a bad disk, a half-copied file): `check` reports it instead of
 * failing on it, a command that only lists warns that the file is damaged, a command that needs the damaged
 * table says so in one line that points to `check` and `restore`, and the terminal never shows a stack trace
 * (it goes to the log file).
 */
class DamagedProjectCliTest {
    @TempDir
    Path dir;

    @Test
    void checkReportsAnUnreadablePageInsteadOfFailingOnIt() throws Exception {
        Path project = projectWithUnreadableCodes();

        Cli check = Cli.parallax("check", project);

        assertThat(check.err().lines().toList()).as("the warning of every command opening a damaged file")
                .singleElement().asString().startsWith("warning: test.parallax is open read-only: the file is damaged");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("test.parallax (SQLite integrity check): ")
                .contains("found; restore a backup with: parallax restore " + project.toAbsolutePath());
    }

    @Test
    void checkReportsAnUnreadableSettingsPageInsteadOfSendingTheResearcherBackToCheck() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        flipInFirstRowOfRootPage(project, "settings");

        Cli check = Cli.parallax("check", project);

        assertThat(check.err().lines().toList()).as("the warning of every command opening a damaged file")
                .singleElement().asString().startsWith("warning: sample.parallax is open read-only: the file is damaged");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("sample.parallax (SQLite integrity check): ")
                .contains("the project's settings: cannot be read")
                .contains("found; restore a backup with: parallax restore " + project.toAbsolutePath());
    }

    @Test
    void listingADamagedProjectWarnsAndReadingTheDamagedTableSaysSoInOneLine() throws Exception {
        Path project = projectWithUnreadableCodes();

        Cli docs = Cli.parallax("docs", project);
        assertThat(docs.exit()).isZero();
        assertThat(docs.out()).contains("foundingact");
        assertThat(docs.err().strip()).startsWith("warning: test.parallax is open read-only: the file is damaged")
                .doesNotContain("\n");

        Cli codes = Cli.parallax("codes", project);
        assertThat(codes.exit()).isEqualTo(1);
        assertThat(codes.err().lines().filter(l -> l.startsWith("error: ")).toList()).containsExactly(
                "error: test.parallax is damaged: SQLite cannot read part of it; nothing was changed. See what is "
                        + "damaged with: parallax check " + project.toAbsolutePath() + "; restore a backup with: "
                        + "parallax restore " + project.toAbsolutePath());
    }

    @Test
    void aWriteRefusedBecauseTheProjectIsReadOnlySaysSoOnceInOneLine() throws Exception {
        Path project = projectWithUnreadable("memos");

        Cli code = Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power");

        assertThat(code.exit()).isEqualTo(1);
        assertThat(code.err().lines().toList()).singleElement().asString()
                .startsWith("error: test.parallax is open read-only: the file is damaged");
        assertThat(Cli.parallax("segments", project).out()).doesNotContain("Balance of power");
    }

    @Test
    void theTerminalShowsNoStackTraceWhichGoesToTheLogFile() throws Exception {
        Path project = projectWithUnreadableCodes();
        Path state = dir.resolve("state");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder command = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), org.parallax.Main.class.getName(), "codes", project.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("stderr.txt").toFile());
        command.environment().put("XDG_STATE_HOME", state.toString());
        command.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Process child = command.start();
        ChildProcesses.awaitExit(child, 120);

        String stderr = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).isEqualTo(1);
        assertThat(stderr.lines().filter(l -> !l.startsWith("SLF4J")).toList()).hasSize(2)
                .allMatch(l -> l.startsWith("warning: test.parallax") || l.startsWith("error: test.parallax"));
        Path log = state.resolve("parallax").resolve("parallax.log");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("SQLITE_CORRUPT").contains("\tat ");
    }

    /**
     * With the window open (its log handler holding parallax.log), a command's trace went to parallax.log.1 while
     * every message names parallax.log: the researcher found nothing there. The window and the commands now share it.
     */
    @Test
    void aCommandRunWhileTheWindowHoldsTheLogWritesIntoTheLogItNames() throws Exception {
        Path project = projectWithUnreadableCodes();
        Path state = dir.resolve("state");
        Path log = state.resolve("parallax").resolve("parallax.log");
        Files.createDirectories(log.getParent());
        // as the window's log handler held it until now, from another process
        java.util.logging.FileHandler window = new java.util.logging.FileHandler(log.toString(), 2_000_000, 1, true);
        try {
            ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    org.parallax.Main.class.getName(), "codes", project.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            command.environment().put("XDG_STATE_HOME", state.toString());
            command.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
            Process child = command.start();
            ChildProcesses.awaitExit(child, 120);
            assertThat(child.exitValue()).isEqualTo(1);
        } finally {
            window.close();
        }

        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("SQLITE_CORRUPT").contains("\tat ");
        assertThat(log.resolveSibling("parallax.log.1")).doesNotExist();
    }

    @Test
    void aStaleSearchIndexAloneIsNoReasonToRestoreABackup() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            TestProjects.importOne(wb, TestProjects.textFile(dir, "a.txt", "NATO and Russia signed the Founding Act."));
            TestProjects.importOne(wb, TestProjects.textFile(dir, "b.txt", "The Council met in Rome in 2002."));
            wb.search().awaitIndex();
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            // With its text and everything else that points at it, as Parallax removes one: only the index is stale.
            st.execute("PRAGMA foreign_keys = ON");
            st.executeUpdate("DELETE FROM documents WHERE title = 'b'");
        }

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("search index: disagrees with the documents")
                .contains("1 problem found; the project itself is sound and the next search rebuilds the index")
                .doesNotContain("parallax restore");
    }

    @Test
    void aCopiedProjectWhoseIndexWasOpenedButNeverFilledChecksSound() throws Exception {
        Path original;
        try (Workbench wb = TestProjects.table1(dir)) {
            original = wb.file();
            TestProjects.importOne(wb, TestProjects.textFile(dir, "a.txt", "NATO and Russia signed the Founding Act."));
        }
        Path copy = java.nio.file.Files.copy(original, dir.resolve("copy.parallax"));
        Cli failed = Cli.parallax("import", copy,
                TestProjects.textFile(dir, "notes.pages", "not a format Parallax reads"));
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(dir.resolve("copy.parallax.index")).as("the failed import opened an index").isDirectory();

        Cli check = Cli.parallax("check", copy);

        assertThat(check.out()).contains("copy.parallax: no problems found (1 document, 0 passages)");
        assertThat(check.exit()).isZero();
    }

    @Test
    void mergingFromADamagedProjectIsRefusedBeforeAnythingIsMerged() throws Exception {
        Path mine;
        try (Workbench wb = TestProjects.table1(dir)) {
            mine = wb.file();
            TestProjects.importOne(wb, TestProjects.textFile(dir, "foundingact.txt", "NATO and Russia met in Paris."));
        }
        Path theirs = Files.copy(mine, dir.resolve("theirs.parallax"));
        assertThat(Cli.parallax("code", theirs, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power",
                "--coder", "bob").exit()).isZero();
        // A page the merge never reads: SQLite reads the passages as if the file were sound.
        DamagedPages.zeroRootPage(theirs, "saved_searches");
        assertThat(Cli.parallax("segments", theirs).out()).contains("bob");

        Cli merge = Cli.parallax("merge", mine, theirs);

        assertThat(merge.exit()).isEqualTo(1);
        assertThat(merge.err().lines().toList()).singleElement().asString()
                .startsWith("error: theirs.parallax: the file is damaged (SQLite's check found: ")
                .contains("nothing was merged").contains("parallax check " + theirs.toAbsolutePath());
        assertThat(Cli.parallax("segments", mine).out()).doesNotContain("bob");
        assertThat(Cli.parallax("restore", mine).out()).doesNotContain("before merge");
    }

    @Test
    void aStoredValueChangedIntoOneNoParallaxWritesIsNamedAsDamageNotAsTheParsersException() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            TestProjects.importOne(wb, TestProjects.textFile(dir, "foundingact.txt", "NATO and Russia met in Paris."));
        }
        assertThat(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power")
                .exit()).isZero();
        // A passage's time (an integer) kept as a text no Parallax writes, as a damaged record can hold: SQLite's own
        // checks pass the row, and it reads the text's leading digits as the number.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            st.executeUpdate("UPDATE segments SET created = '2026-12-03T04:43:\"0Z'");
        }

        Cli check = Cli.parallax("check", project);
        Cli export = Cli.parallax("export", "csv", project, dir.resolve("out.csv"));

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).contains("the coded passages: cannot be read (the value in column created of row 1 "
                + "of table segments cannot be read)").doesNotContain("could not be parsed")
                .contains("passage 1 in document “foundingact”").contains("its value in segments.created is stored as text")
                .contains("3 problems found");
        assertThat(export.exit()).isEqualTo(1);
        assertThat(export.err().lines().toList()).singleElement().asString()
                .startsWith("error: test.parallax is damaged: the value in column created of row 1 of table segments "
                        + "cannot be read; nothing was changed.")
                .doesNotContain("could not be parsed")
                .contains("See what is damaged with: parallax check " + project.toAbsolutePath())
                .doesNotContain("Exception");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    /**
     * The file cut off inside the last page of memos (SQLite reads what is missing as zeros): each row there reads as
     * id 0 without a value. `check` named each "null memo 0" and `memos` ended in a NullPointerException.
     */
    @Test
    void memosOfAPageCutOffAreCountedAsRowsThatReadAsNothingAndListingThemSaysTheFileIsDamaged() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Workbench.open(project).close();
        int rows = DamagedPages.zeroRowsOfLastPage(project, "memos");

        Cli check = Cli.parallax("check", project);
        Cli memos = Cli.parallax("memos", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).doesNotContain("null").contains("the memos: " + rows + " rows read as nothing (id 0, "
                + "no values): the part of the file holding them was cut off or overwritten with zeros, so what they "
                + "held is not in this file").contains("the memos: cannot be read (the value in column kind of row 0 "
                + "of table memos cannot be read)");
        assertThat(memos.exit()).isEqualTo(1);
        assertThat(memos.err().lines().filter(l -> l.startsWith("error: ")).toList()).singleElement().asString()
                .startsWith("error: sample.parallax is damaged: the value in column kind of row 0 of table memos "
                        + "cannot be read; nothing was changed.").doesNotContain("Exception");
    }

    /**
     * A zeroed page (a failing disk, a copy cut short): `check` repeated SQLite's words on every line it could not read
     * ("[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)"), the warning too,
     * and ended on "restore a backup" without naming which. It says what is damaged and the backup to restore.
     */
    @Test
    void checkOfAZeroedPageSaysWhatIsDamagedInTheProjectsWordsAndNamesTheBackupToRestore() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        String backup;
        try (var backups = Files.list(dir.resolve("sample.parallax.backups"))) {
            backup = backups.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parallax"))
                    .max(String::compareTo).orElseThrow();
        }
        DamagedPages.zeroRootPage(project, "segments");

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out() + check.err()).doesNotContain("SQLITE_", "malformed", "disk image");
        assertThat(check.out()).contains("sample.parallax (SQLite integrity check): a page of the file is damaged "
                        + "(zeroed or overwritten, as a failing disk or a copy cut short leaves it)")
                .contains("the coded passages: cannot be read (stored on the damaged part of the file)")
                .contains("found; restore a backup with: parallax restore " + project.toAbsolutePath() + " " + backup
                        + " (the newest sound one: ");
    }

    /** Flips a bit in the record header of the row written first on the table's root page: a type SQLite refuses. */
    private static void flipInFirstRowOfRootPage(Path project, String table) throws Exception {
        int page;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
                var rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
            page = rs.getInt(1);
        }
        int size = DamagedPages.pageSize(project);
        try (var file = new java.io.RandomAccessFile(project.toFile(), "rw")) {
            long start = (long) (page - 1) * size;
            file.seek(start + 5);
            long at = start + file.readUnsignedShort() + 3;
            file.seek(at);
            int b = file.read();
            file.seek(at);
            file.write(b ^ 4);
        }
    }

    private Path projectWithUnreadableCodes() throws Exception {
        return projectWithUnreadable("codes");
    }

    private Path projectWithUnreadable(String table) throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            TestProjects.importOne(wb, TestProjects.textFile(dir, "foundingact.txt", "NATO and Russia met in Paris."));
        }
        assertThat(Cli.parallax("check", project).exit()).isZero();
        DamagedPages.zeroRootPage(project, table);
        return project;
    }
}
