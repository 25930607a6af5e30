package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A memo the window reports saved is in the file: the program writing it is killed (SIGKILL, as a crash or the
 * computer going down stops it) right after the save returned, before any close or checkpoint, and the project read
 * afterwards holds the memo as last saved and passes `check`.
 */
class MemoSaveKillTest {
    @TempDir
    Path dir;

    @Test
    void aMemoReportedSavedIsInTheFileAfterTheProgramIsKilled() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        String typed = MemoSaveChild.FIRST + " for H1: the speech answers the summit's communiqué";

        MemoSaveChild.killAfterSaving(project, 2, typed, dir);

        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.memos().memo(MemoTarget.document(2)).map(Memo::text)).contains(typed);
        }
        Cli check = Cli.parallax("check", project);
        assertThat(check.out()).as(check.err()).contains("no problems found (15 documents");
        assertThat(check.exit()).isZero();
    }
}
