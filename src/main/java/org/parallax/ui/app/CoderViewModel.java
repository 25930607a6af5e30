package org.parallax.ui.app;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.parallax.model.Coder;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;

/** Who is coding, and blind coding (each coder sees only their own passages) for a second, unprimed coder. */
public final class CoderViewModel {
    private final ProjectContext context;
    private final BooleanProperty blind = new SimpleBooleanProperty(false);
    private boolean loading;

    public CoderViewModel(ProjectContext context) {
        this.context = context;
        context.workbenchProperty().addListener((o, was, now) -> load());
        context.onEvent(e -> {
            if (e == ProjectEvent.CODERS) {
                load();
            }
        });
        blind.addListener((o, was, now) -> {
            if (!loading) {
                // Refused (a team coder: only a lead may switch it; a read-only project), the switch goes back to
                // the saved setting instead of showing one the project does not have.
                context.write(wb -> wb.setBlindMode(now), refused -> load());
            }
        });
    }

    private void load() {
        context.read(wb -> wb.blindMode(), on -> {
            loading = true;
            blind.set(on);
            loading = false;
        });
    }

    /** Asks for a coder's name (existing or new) and makes them the active coder. */
    public void switchCoder() {
        context.read(wb -> wb.coders().stream().map(Coder::name).toList(), (List<String> names) ->
                context.dialogs().askText("Switch coder", "Code as (known coders: " + String.join(", ", names)
                        + "):", "").filter(name -> !name.isBlank())
                        .ifPresent(name -> context.write(wb -> wb.setActiveCoder(name.strip()))));
    }

    public BooleanProperty blindProperty() {
        return blind;
    }
}
