package org.parallax.ui.analysis;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.Workbench;

/**
 * Computes in the background for the latest request only: requests made while one waits replace it (a
 * burst of events or a quick change of choices costs one computation), and a result overtaken by a later
 * request is not shown.
 */
final class LatestRequest<R, T> {
    private record Pending<R>(Workbench workbench, R request) {
    }

    private record Tagged<R, T>(R request, T value) {
    }

    private final ProjectContext context;
    private final BiFunction<Workbench, R, T> work;
    private final Consumer<T> apply;
    private final AtomicReference<Pending<R>> waiting = new AtomicReference<>();
    private R latest;

    LatestRequest(ProjectContext context, BiFunction<Workbench, R, T> work, Consumer<T> apply) {
        this.context = context;
        this.work = work;
        this.apply = apply;
    }

    /** Called on the UI thread. */
    void submit(R request) {
        Workbench current = context.workbench();
        if (current == null) {
            return;
        }
        latest = request;
        Pending<R> previous = waiting.getAndSet(new Pending<>(current, request));
        if (previous != null && previous.workbench() == current) {
            return;
        }
        context.read(wb -> {
            Pending<R> pending = waiting.getAndSet(null);
            if (pending == null) {
                return null;
            }
            if (pending.workbench() != wb) {
                // It belongs to the project opened since; that project's own task serves it.
                waiting.compareAndSet(null, pending);
                return null;
            }
            return new Tagged<>(pending.request(), work.apply(wb, pending.request()));
        }, tagged -> {
            if (tagged != null && tagged.request() == latest) {
                apply.accept(tagged.value());
            }
        });
    }
}
