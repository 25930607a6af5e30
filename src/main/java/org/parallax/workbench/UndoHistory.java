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
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    synchronized void record(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        fire();
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
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
