package org.parallax.workbench;

import java.nio.file.Path;
import org.parallax.testutil.KilledChild;

/**
 * A child JVM that opens a project and saves a copy of it (File → Save a copy…, {@link Backups#copyTo}), stopped once
 * the copy is written, before it is moved to its name ({@link KilledChild}).
 */
public final class CopyChild {
    private CopyChild() {
    }

    public static void main(String[] args) throws Exception {
        Backups.copyWritten = temp -> KilledChild.signalAndWait(Path.of(args[2]));
        try (Workbench wb = Workbench.open(Path.of(args[0]))) {
            wb.backups().copyTo(Path.of(args[1]));
        }
        System.err.println("the copy was not stopped");
    }

    /** Copies {@code project} to {@code target} in a child JVM and SIGKILLs it once the copy is written. */
    static void killOnceWritten(Path project, Path target, Path dir) throws Exception {
        KilledChild.killAtHook(CopyChild.class, "the copy's move", dir, project.toString(), target.toString());
    }
}
