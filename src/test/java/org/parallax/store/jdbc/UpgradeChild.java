package org.parallax.store.jdbc;

import java.nio.file.Path;
import org.parallax.testutil.KilledChild;
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
        Migrations.stepSaved = version -> {
            if (version == stopAfter) {
                KilledChild.signalAndWait(Path.of(args[2]));
            }
        };
        try (Workbench ignored = Workbench.open(Path.of(args[0]))) {
            System.err.println("the upgrade did not stop after schema " + stopAfter);
        }
    }

    /** Opens {@code project} in a child JVM and SIGKILLs it once the upgrade's step to {@code schema} is saved. */
    public static void killAfterStep(int schema, Path project, Path dir) throws Exception {
        KilledChild.killAtHook(UpgradeChild.class, "the upgrade's step to schema " + schema, dir, project.toString(),
                String.valueOf(schema));
    }
}
