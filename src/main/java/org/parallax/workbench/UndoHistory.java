package org.parallax.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * Undo and redo over {@link Edit}s, across documents. Edits are recorded after they have been applied;
 * recording a new edit clears the redo stack. Listeners hear every change so the UI can bind
 * canUndo/canRedo.
 */
public final class UndoHistory {
    private static final int LIMIT = 500;
    /**
     * What the steps waiting to be undone may hold together ({@link Edit#heldBytes}); beyond it the oldest are let go.
     * A batch or a merge of 1,000,000 passages of several codes holds about 16 MB for its undo (each passage's id and
     * code, checked before undo takes it out), and the history kept it for the whole session beside up to 499 later
     * steps: 6 % of the 256 MiB heap the program ships with, for as long as the project stayed open. The step just done
     * is kept whatever it holds, as undoing it at once is what a mistaken merge or batch needs; the next step lets it go.
     * A step is kept rather than written out for the store to replay: what undo checks (that nobody recoded a passage
     * since) is the state the step left, which only the step itself knows. Steps waiting to be redone count too (an
     * undone merge holds its passages as the merge took them): over the limit, the steps farthest from the present go
     * first, those waiting to be redone before the oldest waiting to be undone, never the step just done or undone.
     */
    static final long HELD_LIMIT = 8L << 20;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** The latest step let go for what the steps held (null: none since the history began or was cleared). */
    private String letGo;

    synchronized void record(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        keepWithinLimit(edit);
        fire();
    }

    /** About what the steps waiting to be undone or redone hold, in bytes. */
    public synchronized long heldBytes() {
        long held = 0;
        for (Edit edit : undo) {
            held += edit.heldBytes();
        }
        for (Edit edit : redo) {
            held += edit.heldBytes();
        }
        return held;
    }

    /**
     * Lets go the steps farthest from {@code present} (the step just done, undone or redone, which stays) while all
     * hold more than {@link #HELD_LIMIT}: the last to be redone first, then the oldest to be undone.
     */
    private void keepWithinLimit(Edit present) {
        long held = heldBytes();
        while (held > HELD_LIMIT) {
            Edit gone;
            if (!redo.isEmpty() && redo.peekLast() != present) {
                gone = redo.removeLast();
            } else if (!undo.isEmpty() && undo.peekLast() != present) {
                gone = undo.removeLast();
                letGo = gone.label();
            } else {
                return;
            }
            held -= gone.heldBytes();
        }
    }

    /**
     * Why Undo offers nothing, when steps were let go for what they held ({@link #HELD_LIMIT}): the Edit menu says so
     * rather than a bare "Undo", so a researcher does not take the step for one that could never be undone.
     */
    public synchronized Optional<String> undoUnavailable() {
        return undo.isEmpty() && letGo != null ? Optional.of("Undo not available: “" + letGo + "” and the steps "
                + "before it were let go, the history keeping at most " + (HELD_LIMIT >> 20) + " MiB for undo")
                : Optional.empty();
    }

    /**
     * Runs {@code change} and keeps {@code edit} as one action when it is still the most recent edit (an editing
     * session that goes on); returns false, running nothing, when anything was recorded or undone since.
     */
    synchronized boolean amendLatest(Edit edit, Runnable change) {
        if (undo.peek() != edit) {
            return false;
        }
        change.run();
        redo.clear();
        keepWithinLimit(edit);
        fire();
        return true;
    }

    /**
     * Reverts the most recent edit; returns its label, or empty when there is nothing to undo. A refused revert
     * changes nothing and leaves the history as it was, except for a step that can never be reverted (see
     * {@link RefusedStep}).
     */
    public synchronized Optional<String> undo() {
        return undoStep().map(Step::label);
    }

    /** As {@link #undo()}, with the passages the step took out or put back, if it was of passages. */
    public synchronized Optional<Step> undoStep() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = undo.peek();
        try {
            edit.revert();
        } catch (RuntimeException refused) {
            throw RefusedStep.settle(refused, undo, "Undo", this::fire);
        }
        undo.pop();
        redo.push(edit);
        keepWithinLimit(edit);
        fire();
        return Optional.of(new Step(edit.label(), edit.passagesChanged()));
    }

    /** Re-applies the most recently undone edit; returns its label, or empty when there is nothing to redo. */
    public synchronized Optional<String> redo() {
        return redoStep().map(Step::label);
    }

    /** As {@link #redo()}, with the passages the step put back or took out, if it was of passages. */
    public synchronized Optional<Step> redoStep() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = redo.peek();
        try {
            edit.apply();
        } catch (RuntimeException refused) {
            throw RefusedStep.settle(refused, redo, "Redo", this::fire);
        }
        redo.pop();
        undo.push(edit);
        keepWithinLimit(edit);
        fire();
        return Optional.of(new Step(edit.label(), edit.passagesChanged()));
    }

    /** An undone or redone step: its label and the passages it put back or took out, if it was of passages. */
    public record Step(String label, Optional<PassagesChanged> passages) {
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    /** Forgets everything, e.g. after an action that cannot be undone such as deleting a document. */
    public synchronized void clear() {
        undo.clear();
        redo.clear();
        letGo = null;
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
