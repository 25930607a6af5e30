package org.parallax.ui.app;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.model.Counted;
import org.parallax.ui.common.ProjectContext;

/** The status bar: project path, active coder, document and passage counts, and the background indexing. */
public final class StatusViewModel {
    private final ProjectContext context;
    private final StringProperty project = new SimpleStringProperty("No project open — File → New or Open");
    private final StringProperty coder = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty lastResult = new SimpleStringProperty("");
    private final StringProperty connection = new SimpleStringProperty("");
    private final StringProperty indexing = new SimpleStringProperty("");
    private final java.util.function.Consumer<org.parallax.workbench.IndexProgress> indexListener;

    public StatusViewModel(ProjectContext context) {
        this.context = context;
        this.indexListener = progress -> context.tasks().onUi(() ->
                indexing.set(progress.quiet() ? "" : progress.describe()));
        context.workbenchProperty().addListener((o, was, now) -> {
            connection.set("");
            indexing.set("");
            if (was != null) {
                was.search().removeIndexProgressListener(indexListener);
            }
            if (now != null) {
                // Said at once: until the background read below answers, the bar must not claim no project is open.
                project.set(now.location());
                now.search().onIndexProgress(indexListener);
                now.onConnectionState(state -> context.tasks().onUi(() -> {
                    if (context.workbench() == now) {
                        connection.set(state);
                    }
                }));
            }
            refresh();
        });
        context.onEvent(e -> refresh());
    }

    /** While a project opens in the background: which one, so the window does not look empty and idle. */
    public void opening(String what) {
        project.set("Opening " + what + "…");
        coder.set("");
        counts.set("");
    }

    /** While the project opening waits for a restore another program is making of it: that it waits, in one line. */
    public void waitingForRestore(String line) {
        project.set(line);
    }

    /** After an open failed: back to what is open (or that nothing is). */
    public void openFailed() {
        refresh();
    }

    private void refresh() {
        if (context.workbench() == null) {
            project.set("No project open — File → New or Open");
            coder.set("");
            counts.set("");
            return;
        }
        context.read(wb -> new String[] {wb.location() + wb.teamRole().map(r -> " — you are " + r).orElse(""), "Coder: " + wb.activeCoder().name() + (wb.blindMode() ? " (blind)" : ""),
            Counted.of(wb.documents().list().size(), "document") + " · " + Counted.of(wb.analysis().countedPassages().size(), "passage")}, s -> {
                project.set(s[0]);
                coder.set(s[1]);
                counts.set(s[2]);
            });
    }

    public StringProperty projectProperty() {
        return project;
    }

    public StringProperty coderProperty() {
        return coder;
    }

    /** The outcome of the last export, import or merge, in one line, until the user's next click or key. */
    public StringProperty lastResultProperty() {
        return lastResult;
    }

    /**
     * The user clicked or pressed a key: what was done before is no longer news. Left up, "Passages written to …"
     * still stood minutes later under unrelated coding, read as its outcome. Failures are not said here but in a
     * box that waits to be acknowledged; a lost server connection and the indexing keep their own labels.
     */
    public void userActed() {
        lastResult.set("");
    }

    /** While a team server's connection is lost: that it is, and that it is being restored; else empty. */
    public StringProperty connectionProperty() {
        return connection;
    }

    /** While the search index catches up after an import: "Indexing… n% (…)"; else empty. */
    public StringProperty indexingProperty() {
        return indexing;
    }

    public StringProperty countsProperty() {
        return counts;
    }
}
