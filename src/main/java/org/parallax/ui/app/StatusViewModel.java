package org.parallax.ui.app;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.VisiblePassages;

/** The status bar: project path, active coder, and document and passage counts. */
public final class StatusViewModel {
    private final ProjectContext context;
    private final StringProperty project = new SimpleStringProperty("No project open — File → New or Open");
    private final StringProperty coder = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty lastResult = new SimpleStringProperty("");
    private final StringProperty connection = new SimpleStringProperty("");

    public StatusViewModel(ProjectContext context) {
        this.context = context;
        context.workbenchProperty().addListener((o, was, now) -> {
            connection.set("");
            if (now != null) {
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

    private void refresh() {
        if (context.workbench() == null) {
            project.set("No project open — File → New or Open");
            coder.set("");
            counts.set("");
            return;
        }
        context.read(wb -> new String[] {wb.location() + wb.teamRole().map(r -> " — you are " + r).orElse(""), "Coder: " + wb.activeCoder().name() + (wb.blindMode() ? " (blind)" : ""),
            wb.documents().list().size() + " documents · " + VisiblePassages.of(wb).size() + " passages"}, s -> {
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

    /** The outcome of the last export, import or merge, in one line. */
    public StringProperty lastResultProperty() {
        return lastResult;
    }

    /** While a team server's connection is lost: that it is, and that it is being restored; else empty. */
    public StringProperty connectionProperty() {
        return connection;
    }

    public StringProperty countsProperty() {
        return counts;
    }
}
