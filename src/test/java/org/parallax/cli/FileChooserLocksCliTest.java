package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A window saved a report through the native file chooser, whose listing of the project's folder opened and closed
 * the project file and its -shm (GTK reads each file's first bytes to tell its type): POSIX dropped the window's
 * SQLite locks with those handles. The next program to close the project (here a second JVM, as `parallax segments`
 * from a terminal) then deleted the -wal the window still wrote into, and the window stopped writing with "…-wal was
 * deleted or replaced by another program (a sync client?)". After a chooser the window takes its locks again.
 */
class FileChooserLocksCliTest {
    @TempDir
    Path dir;

    @Test
    void aWindowKeepsWritingAfterAFileChooserReadItsFolderAndAnotherProgramClosedTheProject() throws Exception {
        try (Workbench window = TestProjects.table1(dir)) {
            TestProjects.importSamples(window);
            Path project = window.file();
            long doc = window.documents().list().get(0).id();
            long code = window.codebook().current().codes().get(0).id();
            window.coding().code(doc, 0, 10, code, null);

            // what the chooser does to the files it lists
            for (String suffix : new String[] {"", "-shm"}) {
                try (InputStream in = Files.newInputStream(project.resolveSibling(project.getFileName() + suffix))) {
                    in.read(new byte[4096]);
                }
            }
            window.retakeFileLocks();

            Process other = RestoreWhileOpenCliTest.HoldProjectOpen.start(project, dir);
            other.getOutputStream().close();
            ChildProcesses.awaitExit(other, 120);

            window.coding().code(doc, 20, 30, code, null);
            assertThat(window.readOnlyReason()).isEmpty();
            assertThat(window.coding().segments()).hasSize(2);
        }
    }
}
