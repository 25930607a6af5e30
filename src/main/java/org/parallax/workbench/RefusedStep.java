package org.parallax.workbench;

import java.util.Deque;
import java.util.Locale;
import org.parallax.model.DiskFullException;
import org.parallax.model.ParallaxException;
import org.parallax.store.ProjectBusyException;
import org.parallax.store.ReaderNowException;
import org.parallax.store.ServerFullException;
import org.parallax.store.ServerLostException;

/**
 * What becomes of an undo or redo step whose revert or apply was refused (each runs as one transaction, so the
 * refusal changed nothing). A step refused for a passing reason (another program held the project's lock, the team
 * server was out of reach before anything was sent, the disk was full, the team server ran short of its own disk,
 * memory or connections, a lead made this login a reader of the team project until they give the coder role back)
 * stays where it was, to be tried again. A step refused because of what the project holds
 * now (a later import took a removed document's id, another window changed the memo) would be refused at every try
 * and hide every step before it: it is taken off the history, and the message says so and names the step Undo (or
 * Redo) offers now.
 */
final class RefusedStep extends ParallaxException {
    private RefusedStep(String message, RuntimeException refused) {
        super(message, refused);
    }

    /** Keeps or drops the refused step at the top of {@code steps}; returns the exception to throw. */
    static RefusedStep settle(RuntimeException refused, Deque<Edit> steps, String action, Runnable changed) {
        String why = refused.getMessage() == null ? refused.getClass().getSimpleName()
                : refused.getMessage().replaceAll("[.\\s]+$", "");
        String verb = action.equals("Undo") ? "undone" : "redone";
        if (passing(refused)) {
            return new RefusedStep(why + ". Nothing was " + verb + "; the step stays in the history: try " + action
                    + " again.", refused);
        }
        steps.pop();
        changed.run();
        String next = steps.isEmpty() ? "there is nothing more to " + action.toLowerCase(Locale.ROOT)
                : action + " now offers “" + steps.peek().label() + "”";
        return new RefusedStep(why + ". This step cannot be " + verb + " any more and is taken off the history; "
                + next + ".", refused);
    }

    private static boolean passing(RuntimeException refused) {
        return refused instanceof ProjectBusyException || refused instanceof ReaderNowException
                || DiskFullException.causedBy(refused)
                || ServerFullException.in(refused).isPresent()
                || refused instanceof ServerLostException lost && !lost.mayHaveBeenSaved();
    }
}
