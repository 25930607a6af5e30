package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;

/**
 * `parallax restore` while another program (a window) has the project open would leave that window writing on with
 * its view of the old file: the restore is refused in one line and nothing changes; once the other program has
 * closed the project (or was killed, leaving its -shm behind), the restore goes through.
 */
class RestoreWhileOpenCliTest {
    @TempDir
    Path dir;

    @Test
    void restoreIsRefusedWhileAnotherProgramHasTheProjectOpen() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Мои проекты"));
        Path project;
        try (Workbench wb = Workbench.create(folder.resolve("исследование НАТО.parallax"),
                org.parallax.io.CodebookTemplates.named("table1"))) {
            TestProjects.importSamples(wb);
            project = wb.file();
        }
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        assertThat(Backups.list(project)).isNotEmpty();
        byte[] before = Files.readAllBytes(project);

        Process holder = HoldProjectOpen.start(project, dir);
        try {
            Cli refused = Cli.parallax("restore", project, "1");
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err().lines()).singleElement().asString()
                    .contains("исследование НАТО.parallax is open in another program").contains("nothing was changed");
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
            assertThat(Backups.list(project)).noneMatch(b -> b.reason().equals("before restore"));
        } finally {
            holder.getOutputStream().close();
            ChildProcesses.awaitExit(holder, 120);
        }
        Cli restored = Cli.parallax("restore", project, "1");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored");
    }

    @Test
    void aProgramKilledWithTheProjectOpenDoesNotBlockTheRestore() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importSamples(wb);
            project = wb.file();
        }
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        Process holder = HoldProjectOpen.start(project, dir);
        holder.destroyForcibly();
        ChildProcesses.awaitExit(holder, 60);
        assertThat(project.resolveSibling(project.getFileName() + "-shm")).as("left behind by the killed program")
                .exists();
        Cli restored = Cli.parallax("restore", project, "1");
        assertThat(restored.exit()).as(restored.err()).isZero();
    }

    /** A second JVM that opens the project as the window does and keeps it open until its standard input closes. */
    public static final class HoldProjectOpen {
        public static void main(String[] args) throws Exception {
            try (Workbench wb = Workbench.open(Path.of(args[0]))) {
                System.out.println("open " + wb.documents().list().size());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // Holds the project open until the test closes this process's input.
                }
            }
        }

        static Process start(Path project, Path dir) throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-Djava.awt.headless=true",
                    "-Duser.home=" + dir.resolve("child-home"),
                    "-cp", System.getProperty("java.class.path"), HoldProjectOpen.class.getName(), project.toString())
                    .redirectError(dir.resolve("holder-stderr.txt").toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("open ")) {
                child.destroyForcibly();
                throw new AssertionError("the child did not open the project: " + line + " "
                        + Files.readString(dir.resolve("holder-stderr.txt")));
            }
            return child;
        }
    }
}
