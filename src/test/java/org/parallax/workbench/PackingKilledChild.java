package org.parallax.workbench;

import java.nio.file.Path;
import org.parallax.testutil.KilledChild;

/**
 * A child JVM that closes a project writing its packs of passages ({@link PassagePacksOnClose}) and is SIGKILLed
 * ({@link KilledChild}) after the second transaction of packs: "between" waits there, so the kill falls between two
 * transactions; "during" lets the writing go on while it signals, so the kill falls wherever the writing is then (a
 * transaction, its commit, a later one, or after the last). Either way the child never ends by itself.
 */
public final class PackingKilledChild {
    private PackingKilledChild() {
    }

    public static void main(String[] args) throws Exception {
        Path signal = Path.of(args[2]);
        boolean during = "during".equals(args[1]);
        PassagePacksOnClose.afterTransaction = done -> {
            if (done == 2) {
                if (during) {
                    Thread signaller = new Thread(() -> KilledChild.signalAndWait(signal));
                    signaller.setDaemon(true);
                    signaller.start();
                } else {
                    KilledChild.signalAndWait(signal);
                }
            }
        };
        try (Workbench wb = Workbench.open(Path.of(args[0]))) {
            wb.packPassagesOnClose();
        }
        KilledChild.signalAndWait(signal.resolveSibling("closed"));
    }
}
