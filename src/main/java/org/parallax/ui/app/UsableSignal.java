package org.parallax.ui.app;

import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.parallax.ui.documents.DocumentsViewModel;

/**
 * Says when a starting window is usable: the opened project's documents are listed, a frame has laid them out, and
 * the JavaFX thread has then taken the next queued event, so a click would be answered. The start-up figures of
 * .ci/startup-times and .ci/package-check stop at this moment (docs/performance.md, "When the window is usable");
 * the window's title names the project earlier, before its documents are read.
 */
final class UsableSignal {
    private UsableSignal() {
    }

    /** Calls {@code usable} once, with the number of documents listed, on the JavaFX thread. */
    static void whenUsable(DocumentsViewModel documents, Scene scene, IntConsumer usable) {
        documents.listedProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> listed, Boolean was, Boolean now) {
                if (!now) {
                    return;
                }
                documents.listedProperty().removeListener(this);
                int count = documents.rows().size();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        Platform.runLater(() -> usable.accept(count));
                    }
                });
                Platform.requestNextPulse();
            }
        });
    }
}
