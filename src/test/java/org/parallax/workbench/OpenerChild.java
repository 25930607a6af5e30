package org.parallax.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM of {@link RestoreFinishedOnceTest}: opens a project, codes passages and stays open until told. The
 * "second" opener stops once it has found a killed restore's copy and goes on only when the "first" has finished that
 * restore and saved into the restored file; the first stays open, its saves still in its journal
 * only, until the second saved. The "killed" opener ({@link StaleRestoreLockTest}) finishes the restore and stops
 * while letting go of the lock, to be killed there.
 */
final class OpenerChild {
    private OpenerChild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        String role = args[1];
        Path signals = Path.of(args[2]);
        if (role.equals("second")) {
            Restore.stepDone = step -> {
                if (step.equals("killed restore found")) {
                    signal(signals, "second found");
                    await(signals, "first saved");
                }
            };
        } else if (role.equals("killed")) {
            // Waits there to be killed, holding the lock on finishing the restore.
            Restore.stepDone = step -> {
                if (step.equals("restore lock releasing")) {
                    signal(signals, "killed holding");
                    await(signals, "never");
                }
            };
        }
        try (Workbench wb = Workbench.open(project);
                Connection reader = DriverManager.getConnection("jdbc:sqlite:" + project)) {
            if (role.equals("first")) {
                // A reader's open transaction keeps the checkpoint from folding the saves into the file meanwhile.
                reader.setAutoCommit(false);
                try (var st = reader.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM segments")) {
                    rs.next();
                }
            }
            code(wb, role.equals("first") ? 5 : 3, role.equals("first") ? 1000 : 2000);
            signal(signals, role + " saved");
            if (role.equals("first")) {
                await(signals, "second saved");
            }
        }
    }

    /** Starts an opener of {@code project} in the role {@code role}; its errors go to {@code ROLE.err} in {@code dir}. */
    static Process start(Path project, String role, Path signals, Path dir) throws java.io.IOException {
        return new ProcessBuilder(RestoreChild.java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                OpenerChild.class.getName(), project.toString(), role, signals.toString())
                .redirectError(dir.resolve(role + ".err").toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void code(Workbench wb, int passages, int from) {
        long doc = wb.documents().list().get(0).id();
        long code = wb.codebook().current().codes().get(0).id();
        for (int i = 0; i < passages; i++) {
            wb.coding().code(doc, from + i * 10, from + 5 + i * 10, code, null);
        }
    }

    private static void signal(Path signals, String name) {
        try {
            Files.createFile(signals.resolve(name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(Path signals, String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (!Files.exists(signals.resolve(name))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no “" + name + "” in time");
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
