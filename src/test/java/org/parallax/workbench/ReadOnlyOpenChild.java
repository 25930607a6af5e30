package org.parallax.workbench;

import java.nio.file.Path;
import org.parallax.testutil.KilledChild;

/**
 * A child JVM that opens the project {@code args[0]} read-only, as {@code check} or a merge's source does, and either
 * closes it ({@code args[1]} is {@code close}) or signals and waits there to be killed ({@link KilledChild}).
 */
public final class ReadOnlyOpenChild {
    private ReadOnlyOpenChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workbench wb = Workbench.openReadOnly(Path.of(args[0]))) {
            if (!args[1].equals("close")) {
                KilledChild.signalAndWait(Path.of(args[1]));
            }
        }
    }
}
