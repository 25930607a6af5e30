package org.parallax.ui.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * A child process for {@link SigtermWithTheChooserOpenTest}: the real window on the project in {@code args[0]}, on a
 * display (GTK, under Xvfb), a passage of the shown document coded by key 1 as a researcher does, then {@code args[1]}
 * typed into the document's memo and at once, before the pane's pause in typing has passed, File → Open project…,
 * whose native chooser holds the JavaFX thread; its process id on stdout once the chooser is open.
 */
public final class WindowCodingThenChoosing {
    private WindowCodingThenChoosing() {
    }

    public static void main(String[] args) throws Exception {
        Thread window = new Thread(() -> Application.launch(App.class, args[0]), "window");
        window.start();
        AtomicBoolean coded = new AtomicBoolean();
        while (!coded.get()) {
            Thread.sleep(200);
            try {
                Platform.runLater(() -> coded.set(coded.get() || tryCoding()));
            } catch (IllegalStateException notYetStarted) {
                // the toolkit is still starting
            }
        }
        AtomicBoolean typed = new AtomicBoolean();
        while (!typed.get()) {
            Thread.sleep(200);
            // In one turn of the JavaFX thread: the chooser opens before the memo pane's pause can pass.
            Platform.runLater(() -> {
                if (!typed.get() && WindowTypingMemo.tryTyping(args[1])) {
                    typed.set(true);
                    openProjectChooser();
                }
            });
        }
        while (!NativeChooser.isOpen()) {
            Thread.sleep(50);
        }
        System.out.println("chooser open " + ProcessHandle.current().pid());
        System.out.flush();
        window.join();
    }

    private static boolean tryCoding() {
        for (Window w : Window.getWindows()) {
            Node node = w.getScene() == null ? null : w.getScene().getRoot().lookup("#documentText");
            if (node instanceof InlineCssTextArea area && area.getText().length() > 40 && !area.isDisabled()) {
                int start = area.getText().indexOf(' ') + 1;
                int end = area.getText().indexOf(' ', start + 12);
                area.requestFocus();
                area.selectRange(start, end);
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "1", "1", KeyCode.DIGIT1, false, false,
                        false, false));
                System.out.println("coded " + area.getSelectedText());
                System.out.flush();
                return true;
            }
        }
        return false;
    }

    private static void openProjectChooser() {
        for (Window w : Window.getWindows()) {
            Node bar = w.getScene() == null ? null : w.getScene().getRoot().lookup(".menu-bar");
            if (bar instanceof MenuBar menus) {
                for (Menu menu : menus.getMenus()) {
                    for (MenuItem item : menu.getItems()) {
                        if ("Open project…".equals(item.getText()) || "_Open project…".equals(item.getText())) {
                            item.fire();
                            return;
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no Open project… in the menus");
    }
}
