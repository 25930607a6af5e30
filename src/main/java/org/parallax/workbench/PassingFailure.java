package org.parallax.workbench;

import org.parallax.model.DiskFullException;
import org.parallax.store.ProjectBusyException;
import org.parallax.store.ServerFullException;
import org.parallax.store.ServerLostException;

/**
 * Tells a failed write whose cause passes (the disk full until space is made, another program's long write, the
 * team server out of reach or out of room) from a refusal that trying again cannot change (an edit made elsewhere
 * since, a project open read-only): what the researcher typed is worth keeping to try again only after the first.
 */
public final class PassingFailure {
    private PassingFailure() {
    }

    /** Whether {@code error} is a write that nothing refused but a condition that passes; nothing of it was saved. */
    public static boolean explains(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DiskFullException || t instanceof ProjectBusyException || t instanceof ServerFullException) {
                return true;
            }
            if (t instanceof ServerLostException lost) {
                return !lost.mayHaveBeenSaved();
            }
        }
        return false;
    }
}
