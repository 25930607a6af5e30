package org.parallax.ui.common;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.parallax.workbench.LeadsOnly;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.ServerOutOfReach;
import org.parallax.workbench.Workbench;

/**
 * The open project as the view-models see it: the current workbench, its change events delivered on the
 * UI thread, and helpers that run every workbench call in the background and report failures in a dialog.
 */
public final class ProjectContext {
    private static final System.Logger LOG = System.getLogger(ProjectContext.class.getName());

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Workbench> workbench = new SimpleObjectProperty<>();
    private final List<Consumer<ProjectEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Throwable>> failureListeners = new CopyOnWriteArrayList<>();
    private final Consumer<ProjectEvent> bridge;

    public ProjectContext(BackgroundTasks tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.bridge = event -> tasks.onUi(() -> listeners.forEach(l -> l.accept(event)));
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public ReadOnlyObjectProperty<Workbench> workbenchProperty() {
        return workbench;
    }

    public Workbench workbench() {
        return workbench.get();
    }

    public boolean isOpen() {
        return workbench.get() != null;
    }

    /**
     * Whether the open project lets this session change {@code part}; when it does not, the line saying who may is
     * shown under {@code title} and nothing is asked: a coder was asked "Delete …?" and refused by the server only
     * after answering. No project open: false, silently.
     */
    public boolean allows(LeadsOnly part, String title) {
        Workbench current = workbench.get();
        if (current == null) {
            return false;
        }
        var refusal = current.refusal(part);
        refusal.ifPresent(line -> dialogs.showInformation(title, line));
        return refusal.isEmpty();
    }

    /** Switches to another project (or none); the caller closes the previous one. */
    public void setWorkbench(Workbench next) {
        Workbench previous = workbench.get();
        if (previous != null) {
            previous.removeListener(bridge);
        }
        if (next != null) {
            next.addListener(bridge);
            next.speakToTheWindow();
        }
        workbench.set(next);
    }

    /**
     * Hears project changes on the UI thread until the returned action is run: a window that closes while the
     * project stays open stops hearing them, and leaves nothing behind.
     */
    public Runnable onEvent(Consumer<ProjectEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many listeners hear project changes: one per open view that follows the project. */
    public int eventListenerCount() {
        return listeners.size();
    }

    /**
     * Reads what a view shows, in the background, and applies it on the UI thread. With a team server out of reach
     * the read fails within seconds and the view is left as it was, with no dialog: the status line says once for
     * every view that the server cannot be reached, and the views refresh when it answers again. An
     * {@link #act action} waits up to 30 s for the server: a view asks again, a change must not be lost.
     */
    public <T> void read(Function<Workbench, T> work, Consumer<T> apply) {
        read(work, apply, error -> {
        });
    }

    /**
     * As {@link #read(Function, Consumer)}, and {@code failed} gets the error on the FX thread before it is shown:
     * for a view that said "Evaluating…" and must not go on saying it.
     */
    public <T> void read(Function<Workbench, T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        read(work, apply, failed, false);
    }

    /**
     * As {@link #read(Function, Consumer, Consumer)}, as long work ({@link BackgroundTasks#runLong}): the assistant's
     * evaluation trains a model for each fold, and every passage coded meanwhile waited behind it.
     */
    public <T> void readLong(Function<Workbench, T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        read(work, apply, failed, true);
    }

    private <T> void read(Function<Workbench, T> work, Consumer<T> apply, Consumer<Throwable> failed, boolean isLong) {
        inBackground(wb -> wb.forView(() -> work.apply(wb)), apply, error -> {
            failed.accept(error);
            if (!ServerOutOfReach.explains(error)) {
                fail(error);
            }
        }, isLong);
    }

    /**
     * Runs an action the person asked for (a change, an export, a training run) in the background, with the reads
     * it makes, and applies its result on the UI thread. A team server lost meanwhile is waited for up to 30 s
     * (a restart is bridged); a refusal is shown in a dialog.
     */
    public <T> void act(Function<Workbench, T> work, Consumer<T> apply) {
        act(work, apply, error -> {
        });
    }

    /** As {@link #act(Function, Consumer)}, and {@code failed} gets the error on the UI thread before it is shown. */
    public <T> void act(Function<Workbench, T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        inBackground(work, apply, thenInADialog(failed), false);
    }

    /**
     * As {@link #act(Function, Consumer, Consumer)}, as long work ({@link BackgroundTasks#runLong}: the assistant's
     * training run), which the window's own work never waits behind: a passage coded meanwhile waited for it.
     */
    public <T> void actLong(Function<Workbench, T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        inBackground(work, apply, thenInADialog(failed), true);
    }

    private Consumer<Throwable> thenInADialog(Consumer<Throwable> failed) {
        return error -> {
            failed.accept(error);
            fail(error);
        };
    }

    /**
     * As {@link #act(Function, Consumer)} for a window or form of its own: a failure is logged once and its sentence
     * goes to {@code failed}, to be shown where the user is looking, not in a dialog over the main window (the
     * read-only banner hears it, as it hears every failure).
     */
    public <T> void actShownIn(Function<Workbench, T> work, Consumer<T> apply, Consumer<String> failed) {
        inBackground(work, apply, shownIn(failed), false);
    }

    /**
     * As {@link #actShownIn}, as long work ({@link BackgroundTasks#runLong}): the Report window's Save, a report of
     * thousands of passages that every passage coded meanwhile waited behind.
     */
    public <T> void actLongShownIn(Function<Workbench, T> work, Consumer<T> apply, Consumer<String> failed) {
        inBackground(work, apply, shownIn(failed), true);
    }

    /** A failure logged, heard by {@link #onFailure} listeners (the read-only banner) and said by {@code failed}. */
    private Consumer<Throwable> shownIn(Consumer<String> failed) {
        return error -> {
            LOG.log(Level.WARNING, "Action failed", error);
            failureListeners.forEach(listener -> listener.accept(error));
            failed.accept(ErrorMessages.of(error));
        };
    }

    private <T> void inBackground(Function<Workbench, T> work, Consumer<T> apply, Consumer<Throwable> failed,
                                  boolean isLong) {
        Workbench current = workbench.get();
        if (current == null) {
            return;
        }
        Callable<T> call = () -> work.apply(current);
        Consumer<T> applied = result -> {
            if (workbench.get() == current) {
                apply.accept(result);
            }
        };
        if (isLong) {
            tasks.runLong(call, applied, failed);
        } else {
            tasks.run(call, applied, failed);
        }
    }

    /**
     * A refresh that reads in the background at most once per burst: requests made while one is queued
     * and not yet started are served by it (a merge fires two events; the view needs one reload).
     */
    public <T> Runnable coalesced(Function<Workbench, T> work, Consumer<T> apply) {
        AtomicReference<Workbench> queuedFor = new AtomicReference<>();
        return () -> {
            Workbench current = workbench.get();
            if (current != null && queuedFor.getAndSet(current) != current) {
                read(wb -> {
                    queuedFor.compareAndSet(wb, null);
                    return work.apply(wb);
                }, apply);
            }
        };
    }

    /**
     * Runs a change against the open project in the background; views refresh from the events it fires. A change
     * the project refuses (read-only, a team role without the right) is shown in a dialog.
     */
    public void write(Consumer<Workbench> work) {
        write(work, refused -> {
        });
    }

    /**
     * As {@link #write(Consumer)}, and {@code refused} gets the error on the UI thread before it is shown: for a
     * control that already shows the change (a check box, a switch) and must go back to what the project kept.
     */
    public void write(Consumer<Workbench> work, Consumer<Throwable> refused) {
        act(wb -> {
            work.accept(wb);
            return Boolean.TRUE;
        }, done -> {
        }, refused);
    }

    /** Runs any background call, reporting a failure in a dialog. */
    public <T> void run(Callable<T> work, Consumer<T> apply) {
        tasks.run(work, apply, this::fail);
    }

    /** As {@link #run}, for long work ({@link BackgroundTasks#runLong}: a backup), which the window's work never waits behind. */
    public <T> void runLong(Callable<T> work, Consumer<T> apply) {
        tasks.runLong(work, apply, this::fail);
    }

    /** As {@link #run}, after all work queued before it, long work too ({@link BackgroundTasks#runAfterAll}: a close). */
    public <T> void runAfterAll(Callable<T> work, Consumer<T> apply) {
        tasks.runAfterAll(work, apply, this::fail);
    }

    /** Logs the trace once and shows the researcher the message. */
    public void fail(Throwable error) {
        LOG.log(Level.WARNING, "Action failed", error);
        failureListeners.forEach(listener -> listener.accept(error));
        dialogs.showError("Parallax", ErrorMessages.of(error));
    }

    /**
     * Hears each failure shown, on the UI thread, before its box: a write refused because the project turned
     * read-only (its file moved away while open) fires no project event, and the banner must still say so.
     */
    public void onFailure(Consumer<Throwable> listener) {
        failureListeners.add(listener);
    }
}
