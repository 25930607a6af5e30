package org.parallax.workbench;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.parallax.cli.ParallaxCommand;
import org.parallax.testutil.KilledChild;

/**
 * A child JVM that opens a project and saves a copy of it (File → Save a copy…, {@link Backups#copyTo}, or the
 * command line's `backup PROJECT --to FILE`), stopped once the copy is written, before it is moved to its name
 * ({@link KilledChild}).
 */
public final class CopyChild {
    private static final String COMMAND_LINE = "backup --to";

    private CopyChild() {
    }

    public static void main(String[] args) throws Exception {
        Backups.copyWritten = temp -> KilledChild.signalAndWait(Path.of(args[args.length - 1]));
        if (args[2].equals(COMMAND_LINE)) {
            ParallaxCommand.run(new String[] {"backup", args[0], "--to", args[1]}, new PrintWriter(System.out, true),
                    new PrintWriter(System.err, true));
        } else {
            try (Workbench wb = Workbench.open(Path.of(args[0]))) {
                wb.backups().copyTo(Path.of(args[1]));
            }
        }
        System.err.println("the copy was not stopped");
    }

    /** Copies {@code project} to {@code target} in a child JVM and SIGKILLs it once the copy is written. */
    static void killOnceWritten(Path project, Path target, Path dir) throws Exception {
        KilledChild.killAtHook(CopyChild.class, "the copy's move", dir, project.toString(), target.toString(),
                "window");
    }

    /** As {@link #killOnceWritten}, the copy written by `parallax backup PROJECT --to FILE`. */
    static void killBackupToOnceWritten(Path project, Path target, Path dir) throws Exception {
        KilledChild.killAtHook(CopyChild.class, "the copy's move", dir, project.toString(), target.toString(),
                COMMAND_LINE);
    }
}
