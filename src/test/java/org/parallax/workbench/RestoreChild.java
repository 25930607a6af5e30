package org.parallax.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child JVM of {@link RestoreKillTest}: restores a backup over a project and, once the step it was told of is
 * done, says so by creating the signal file and waits there to be killed.
 */
final class RestoreChild {
    private RestoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path signal = Path.of(args[3]);
        Restore.stepDone = step -> {
            if (step.equals(args[2])) {
                try {
                    Files.createFile(signal);
                    Thread.sleep(Long.MAX_VALUE);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        Restore.restore(Path.of(args[0]), new Backup(Path.of(args[1]), Instant.EPOCH, "chosen file"));
    }
}
