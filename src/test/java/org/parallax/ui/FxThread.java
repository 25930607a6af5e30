package org.parallax.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import org.testfx.api.FxRobot;

/**
 * Reads the scene graph on the FX thread. A lookup or a condition evaluated on the test thread walks child lists
 * the FX thread may be rebuilding at that moment (a chart redrawing its plot, a table its rows), which fails at
 * random on a busy machine.
 */
public final class FxThread {
    private FxThread() {
    }

    /** The node the query finds, looked up on the FX thread. */
    public static <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return call(() -> robot.lookup(query).queryAs(type));
    }

    /** The work's result, computed on the FX thread (directly when already on it); its exception is rethrown. */
    public static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            return callHere(work);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("The FX thread did not answer", e);
        }
    }

    private static <T> T callHere(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
