package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * Two programs on one project file: a window (or a long command) and a command started beside it. Opening read the
 * file's header through a handle of its own after SQLite had taken its shared lock, and closing that handle dropped
 * all of the process's locks on the file (POSIX); the next program to close the project then took SQLite's exclusive
 * lock and deleted the -wal the first still wrote into. Three `parallax code` runs at once: 10 of 30 refused with
 * "…-wal (the project's journal of recent changes) was deleted or replaced by another program (a sync client?)".
 */
class TwoProgramsOnOneProjectCliTest {
    @TempDir
    Path dir;

    @Test
    void aProjectOpenedHereKeepsWritingAfterAnotherProgramOpenedAndClosedIt() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench window = Workbench.open(project)) {
            long doc = window.documents().list().get(0).id();
            long code = window.codebook().current().codes().get(0).id();
            int before = window.coding().segments().size();
            window.coding().code(doc, 0, 10, code, null);

            Process other = RestoreWhileOpenCliTest.HoldProjectOpen.start(project, dir);
            other.getOutputStream().close();
            ChildProcesses.awaitExit(other, 120);

            window.coding().code(doc, 20, 30, code, null);
            assertThat(window.readOnlyReason()).isEmpty();
            assertThat(window.coding().segments()).hasSize(before + 2);
        }
        try (Workbench reopened = Workbench.open(project)) {
            assertThat(reopened.integrityCheck()).isEqualTo("ok");
        }
    }
}
