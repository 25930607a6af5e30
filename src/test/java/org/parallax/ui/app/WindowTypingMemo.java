package org.parallax.ui.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * A child process for {@link SigtermWindowTest}: the real window on the project in {@code args[0]}, headless, with the
 * document memo of the first document typed into ({@code args[1]}) as a researcher would, then "typed" on stdout. The
 * parent signals it at once, before the pause after which the memo pane saves.
 */
public final class WindowTypingMemo {
    private WindowTypingMemo() {
    }

    public static void main(String[] args) throws Exception {
        Thread window = new Thread(() -> Application.launch(App.class, args[0]), "window");
        window.start();
        AtomicBoolean typed = new AtomicBoolean();
        while (!typed.get()) {
            Thread.sleep(200);
            try {
                Platform.runLater(() -> typed.set(tryTyping(args[1])));
            } catch (IllegalStateException notYetStarted) {
                // the toolkit is still starting
            }
        }
        System.out.println("typed");
        System.out.flush();
        window.join();
    }

    /** Types {@code text} into the memo of the shown document, the Memo tab brought forward; false until it can. */
    static boolean tryTyping(String text) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() == null) {
                continue;
            }
            for (Node node : w.getScene().getRoot().lookupAll(".tab-pane")) {
                ((TabPane) node).getTabs().stream().filter(t -> "Memo".equals(t.getText())).findFirst()
                        .ifPresent(t -> ((TabPane) node).getSelectionModel().select(t));
            }
            Node area = w.getScene().getRoot().lookup("#memoText");
            if (area instanceof TextArea memo && !memo.isDisabled() && memo.getScene() != null) {
                memo.requestFocus();
                memo.appendText(text);
                return true;
            }
        }
        return false;
    }
}
