package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.parallax.testutil.ChildProcesses;
import org.parallax.workbench.Workbench;

/**
 * A child JVM that opens an older project for writing, as the window or any command does, and stops once the upgrade's
 * step to a given schema is saved: it says so by creating the signal file and waits there to be killed.
 */
public final class UpgradeChild {
    private UpgradeChild() {
    }

    public static void main(String[] args) throws Exception {
        int stopAfter = Integer.parseInt(args[1]);
        Path signal = Path.of(args[2]);
        Migrations.stepSaved = version -> {
            if (version == stopAfter) {
                try {
                    Files.createFile(signal);
                    while (true) {
                        Thread.sleep(10);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try (Workbench ignored = Workbench.open(Path.of(args[0]))) {
            System.err.println("the upgrade did not stop after schema " + stopAfter);
        }
    }

    /** Opens {@code project} in a child JVM and SIGKILLs it once the upgrade's step to {@code schema} is saved. */
    public static void killAfterStep(int schema, Path project, Path dir) throws Exception {
        Path signal = dir.resolve("step saved");
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), UpgradeChild.class.getName(),
                project.toString(), String.valueOf(schema), signal.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(signal)) {
                if (!child.isAlive()) {
                    fail("the upgrade ended before schema " + schema + ": " + Files.readString(stderr));
                }
                if (System.nanoTime() > deadline) {
                    fail("the upgrade did not reach schema " + schema + " in time: " + Files.readString(stderr));
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
