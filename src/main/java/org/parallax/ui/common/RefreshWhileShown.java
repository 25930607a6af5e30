package org.parallax.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Refreshes a view on a tab only while the tab is in front, and once when it comes to the front after changes missed
 * behind others: a tab behind the others read the project again on every change (every key press that codes, every
 * document chosen) for no one to see, beside the views the researcher is looking at. Shown until a window says
 * otherwise, so a view model without a window refreshes as before.
 */
public final class RefreshWhileShown {
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final Runnable refresh;
    private boolean missed;

    public RefreshWhileShown(Runnable refresh) {
        this.refresh = refresh;
        shown.addListener((o, was, now) -> {
            if (now && missed) {
                missed = false;
                refresh.run();
            }
        });
    }

    /** Refreshes now if shown, else when next shown. */
    public void request() {
        if (shown.get()) {
            refresh.run();
        } else {
            missed = true;
        }
    }

    /** Whether the view is in front; a window binds it to its tab's selection. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
