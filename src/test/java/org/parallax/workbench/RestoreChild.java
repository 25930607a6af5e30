package org.parallax.workbench;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.ChildProcesses;

/**
 * The child JVM of {@link RestoreKillTest}: restores a backup over a project and, once the step it was told of is
 * done, says so by creating the signal file and waits there to be killed, or to be told to go on
 * ({@link RestoreWhileOpenedTest}).
 */
public final class RestoreChild {
    private RestoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path signal = Path.of(args[3]);
        Path go = args.length > 4 ? Path.of(args[4]) : null;
        Restore.stepDone = step -> {
            if (step.equals(args[2])) {
                try {
                    Files.createFile(signal);
                    while (go == null || !Files.exists(go)) {
                        Thread.sleep(10);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try {
            Restore.restore(Path.of(args[0]), new Backup(Path.of(args[1]), Instant.EPOCH, "chosen file"));
        } catch (ParallaxException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Restores {@code backup} over {@code project} in a child JVM stopped once {@code step} is done; it goes on when
     * the file {@code go} in {@code dir} appears. Its errors go to {@code restore.err} there.
     */
    public static Process pausedAfter(String step, Path project, Path backup, Path dir) throws Exception {
        Path signal = dir.resolve("step done");
        Path stderr = dir.resolve("restore.err");
        Process child = new ProcessBuilder(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RestoreChild.class.getName(), project.toString(), backup.toString(), step, signal.toString(),
                dir.resolve("go").toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!Files.exists(signal)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail("the restore did not stop after “" + step + "”: " + Files.readString(stderr));
            }
            Thread.sleep(10);
        }
        return child;
    }

    /** Restores {@code backup} over {@code project} in a child JVM and SIGKILLs it once {@code step} is done. */
    static void killAfter(String step, Path project, Path backup, Path dir) throws Exception {
        Path signal = dir.resolve("step done");
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RestoreChild.class.getName(), project.toString(), backup.toString(), step, signal.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(signal)) {
                if (!child.isAlive()) {
                    fail("the restore ended before “" + step + "”: " + Files.readString(stderr));
                }
                if (System.nanoTime() > deadline) {
                    fail("the restore did not reach “" + step + "” in time: " + Files.readString(stderr));
                }
                Thread.sleep(10);
            }
            child.destroyForcibly();
            ChildProcesses.awaitExit(child, 60);
        } finally {
            child.destroyForcibly();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
