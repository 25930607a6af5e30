package org.parallax.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.cli.ParallaxCommand;

/** Runs one command line in a child JVM with a small heap, as the launchers' -Xmx256m does with larger files. */
public final class HeapLimitedCli {
    /** The child's exit code, its standard error without the JVM's own GC warnings, and its standard output. */
    public record Result(int exit, String stderr, String stdout) {
        public List<String> errorLines() {
            return stderr.lines().toList();
        }
    }

    private HeapLimitedCli() {
    }

    /** Runs {@code parallax args...} with {@code -Xmx<heap>}; {@code dir} keeps the child's standard error. */
    public static Result run(Path dir, String heap, Object... args) throws Exception {
        Path stderr = Files.createTempFile(dir, "child-stderr", ".txt");
        Path stdout = Files.createTempFile(dir, "child-stdout", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ParallaxCommand.class.getName()));
        for (Object arg : args) {
            command.add(arg.toString());
        }
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(stdout.toFile()).start();
        ChildProcesses.awaitExit(child, 300);
        List<String> lines = Files.readAllLines(stderr).stream().filter(l -> !l.contains("[warning][gc]")).toList();
        return new Result(child.exitValue(), String.join("\n", lines), Files.readString(stdout));
    }
}
