package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.TestProjects;

/**
 * A project in a folder whose file system refuses every lock (a network share mounted without a lock service:
 * each lock fails with "No locks available"). SQLite takes that for another program holding the file, waits ten
 * seconds and gives up, and Parallax said "cannot open project ([SQLITE_BUSY] The database file is locked (database
 * is locked))" with no program holding it. The refusal of locks is made here by a small library preloaded into a child
 * JVM that fails every lock of the process, as such a share does; the test is skipped where no C compiler builds it.
 */
class FolderWithoutLocksCliTest {
    private static final String NO_LOCKS = """
            #define _GNU_SOURCE
            #include <fcntl.h>
            #include <stdarg.h>
            #include <errno.h>
            #include <dlfcn.h>
            static int locks(int cmd) {
                return cmd == F_SETLK || cmd == F_SETLKW || cmd == F_GETLK
                        || cmd == F_OFD_SETLK || cmd == F_OFD_SETLKW || cmd == F_OFD_GETLK;
            }
            static int call(const char *name, int fd, int cmd, void *arg) {
                int (*real)(int, int, ...) = dlsym(RTLD_NEXT, name);
                return real(fd, cmd, arg);
            }
            int fcntl(int fd, int cmd, ...) {
                va_list ap; va_start(ap, cmd); void *arg = va_arg(ap, void *); va_end(ap);
                if (locks(cmd)) { errno = ENOLCK; return -1; }
                return call("fcntl", fd, cmd, arg);
            }
            int fcntl64(int fd, int cmd, ...) {
                va_list ap; va_start(ap, cmd); void *arg = va_arg(ap, void *); va_end(ap);
                if (locks(cmd)) { errno = ENOLCK; return -1; }
                return call("fcntl64", fd, cmd, arg);
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aFolderThatRefusesLocksIsNamedInsteadOfAnotherProgramHoldingTheProject() throws Exception {
        Path library = noLocksLibrary();
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("share")));
        byte[] before = Files.readAllBytes(project);

        for (List<String> command : List.of(List.of("docs", project.toString()),
                List.of("new", project.resolveSibling("new.parallax").toString()))) {
            Run run = parallax(library, command);

            assertThat(run.exit).as("%s", command).isEqualTo(1);
            assertThat(run.stderr.lines().filter(l -> !l.startsWith("SLF4J")).toList()).as("%s", command)
                    .singleElement().asString()
                    .startsWith("error: " + Path.of(command.get(1)).getFileName() + ": the folder it is in refuses file "
                            + "locks (No locks available), which SQLite needs")
                    .endsWith("(nothing was changed)");
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        try (var left = Files.list(project.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("sample.parallax");
        }
    }

    private record Run(int exit, String stderr) {
    }

    private Run parallax(Path library, List<String> arguments) throws Exception {
        Path stderr = dir.resolve("stderr.txt");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), org.parallax.Main.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        builder.environment().put("LD_PRELOAD", library.toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Process child = builder.start();
        ChildProcesses.awaitExit(child, 120);
        return new Run(child.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** The preloaded library that refuses every lock, built with the system's C compiler, or the test is skipped. */
    private Path noLocksLibrary() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "Linux only");
        Path source = Files.writeString(dir.resolve("nolocks.c"), NO_LOCKS);
        Path library = dir.resolve("nolocks.so");
        Process cc;
        try {
            cc = new ProcessBuilder("cc", "-shared", "-fPIC", "-o", library.toString(), source.toString(), "-ldl")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException noCompiler) {
            Assumptions.abort("no C compiler to build the library that refuses locks");
            throw noCompiler;
        }
        ChildProcesses.awaitExit(cc, 120);
        Assumptions.assumeTrue(cc.exitValue() == 0 && Files.exists(library), "the library did not build");
        return library;
    }
}
