package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * The search index beside a project has one writer at a time. While a window holds it, a second window or the
 * command line on the same project searches a private index built from the project (not "in use, close it
 * first"), sees what the window saved, and leaves nothing behind in the temp folder.
 */
class IndexInUseCliTest {
    @TempDir
    Path dir;

    @Test
    void searchAndCheckWorkWhileAnotherWorkbenchHoldsTheIndex() throws Exception {
        List<Path> privateBefore = privateIndexes();
        try (Workbench window = windowHoldingTheIndex()) {
            Path project = window.file();
            assertThat(window.search().kwic("Rome", false, 5).totalHits()).isEqualTo(1);
            TestProjects.importOne(window, TestProjects.textFile(dir, "paris.txt", "NATO and Russia met in Paris."));

            Cli search = Cli.parallax("search", project, "Paris OR Rome");
            assertThat(search.err()).isEmpty();
            assertThat(search.exit()).isZero();
            assertThat(search.out()).contains("2 hits in 2 documents");

            try (Workbench second = Workbench.open(project)) {
                second.search().ensureIndex(org.parallax.workbench.TaskProgress.NONE);
                second.search().awaitIndex();
                assertThat(second.search().kwic("Paris", false, 5).totalHits()).isEqualTo(1);
            }
            Cli check = Cli.parallax("check", project);
            assertThat(check.out()).contains("no problems found (2 documents");
            assertThat(check.exit()).isZero();
            assertThat(window.search().kwic("Paris", false, 5).totalHits()).isEqualTo(1);
        }
        assertThat(privateIndexes()).containsExactlyInAnyOrderElementsOf(privateBefore);
    }

    @Test
    void aPrivateIndexLeftByASecondWindowThatWasKilledIsRemovedByTheNextOne() throws Exception {
        List<Path> privateBefore = privateIndexes();
        try (Workbench window = windowHoldingTheIndex()) {
            Path project = window.file();

            Process second = SecondWindow.start(project, dir);
            List<Path> left = privateIndexes().stream().filter(p -> !privateBefore.contains(p)).toList();
            second.destroyForcibly();
            ChildProcesses.awaitExit(second, 60);
            assertThat(left).as("the killed window's private index").singleElement().satisfies(p ->
                    assertThat(p).isDirectoryContaining(f -> true));

            try (Workbench third = Workbench.open(project)) {
                third.search().ensureIndex(org.parallax.workbench.TaskProgress.NONE);
                third.search().awaitIndex();
                assertThat(third.search().kwic("Rome", false, 5).totalHits()).isEqualTo(1);
                assertThat(left.get(0)).as("removed by the next private index").doesNotExist();
            }
        }
        assertThat(privateIndexes()).containsExactlyInAnyOrderElementsOf(privateBefore);
    }

    /** A project open as a window has it, one document in it and indexed, so this process holds the index. */
    private Workbench windowHoldingTheIndex() {
        Workbench window = TestProjects.table1(dir);
        TestProjects.importOne(window, TestProjects.textFile(dir, "rome.txt", "The Council met in Rome in 2002."));
        // The window's search answers for what is indexed; the index catches up in the background (ADR 0015).
        window.search().awaitIndex();
        return window;
    }

    /** A second window in its own JVM: opens the project, searches its private index, waits to be killed. */
    public static final class SecondWindow {
        public static void main(String[] args) throws Exception {
            try (Workbench wb = Workbench.open(Path.of(args[0]))) {
                wb.search().ensureIndex(org.parallax.workbench.TaskProgress.NONE);
                wb.search().awaitIndex();
                System.out.println("searching " + wb.search().kwic("Rome", false, 5).totalHits());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // Holds the project and its private index until killed.
                }
            }
        }

        static Process start(Path project, Path dir) throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-Djava.awt.headless=true",
                    "-Duser.home=" + dir.resolve("child-home"), "-cp", System.getProperty("java.class.path"),
                    SecondWindow.class.getName(), project.toString())
                    .redirectError(dir.resolve("second-stderr.txt").toFile()).start();
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (!"searching 1".equals(line)) {
                child.destroyForcibly();
                throw new AssertionError("the second window did not search: " + line + " "
                        + Files.readString(dir.resolve("second-stderr.txt")));
            }
            return child;
        }
    }

    private static List<Path> privateIndexes() throws Exception {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("parallax-index-private-")).toList();
        }
    }
}
