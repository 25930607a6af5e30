package org.parallax.testutil;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM SIGKILLed at a test hook, as a crash or a power cut stops a program in the middle of a write: the child
 * reaches the hook, says so by creating a signal file and waits there; the test kills it.
 */
public final class KilledChild {
    private KilledChild() {
    }

    /** In the child, at the hook: creates {@code signal} and waits to be killed. */
    public static void signalAndWait(Path signal) {
        try {
            Files.createFile(signal);
            while (true) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code main} in a child JVM with {@code args} followed by a signal file's path, and SIGKILLs it once it
     * signals; fails, naming {@code hook} and the child's error output, if it ends or takes three minutes first.
     */
    public static void killAtHook(Class<?> main, String hook, Path dir, String... args) throws Exception {
        killAtHook(List.of(), main, hook, dir, args);
    }

    /** As {@link #killAtHook(Class, String, Path, String...)}, the child JVM started with {@code options}. */
    public static void killAtHook(List<String> options, Class<?> main, String hook, Path dir, String... args)
            throws Exception {
        Path signal = dir.resolve("hook reached");
        Path stderr = dir.resolve("child-stderr.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        command.add(signal.toString());
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(signal)) {
                if (!child.isAlive()) {
                    fail("the child ended before " + hook + ": " + Files.readString(stderr));
                }
                if (System.nanoTime() > deadline) {
                    fail("the child did not reach " + hook + " in time: " + Files.readString(stderr));
                }
                Thread.sleep(10);
            }
            child.destroyForcibly();
            ChildProcesses.awaitExit(child, 60);
        } finally {
            child.destroyForcibly();
        }
        Files.delete(signal);
        Files.delete(stderr);
    }
}
