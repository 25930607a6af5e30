package org.parallax.ui.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;

/** The metadata editor of the selected document; fields are strings so half-typed values survive. */
public final class MetadataViewModel {
    private final ProjectContext context;
    private final ObjectProperty<DocumentRow> document = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(DocumentType.OTHER);
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty scenario = new SimpleStringProperty("");
    private final StringProperty attributes = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ObservableList<String> scenarioNames = FXCollections.observableArrayList();

    public MetadataViewModel(ProjectContext context, ObjectProperty<DocumentRow> selection) {
        this.context = context;
        selection.addListener((o, was, now) -> show(now));
        context.workbenchProperty().addListener((o, was, now) -> loadScenarios());
        context.onEvent(e -> {
            if (e == ProjectEvent.CODEBOOK) {
                loadScenarios();
            }
        });
    }

    private void loadScenarios() {
        scenarioNames.clear();
        context.read(wb -> wb.codebook().current().scenarios().stream().map(Scenario::name).toList(), names -> {
            scenarioNames.setAll("");
            scenarioNames.addAll(names);
        });
    }

    void show(DocumentRow row) {
        document.set(row);
        editable.set(row != null);
        DocumentMeta meta = row == null ? DocumentMeta.titled("") : row.document().meta();
        title.set(nullToEmpty(meta.title()));
        date.set(meta.date() == null ? "" : meta.date().toString());
        type.set(meta.type());
        actor.set(nullToEmpty(meta.actor()));
        language.set(nullToEmpty(meta.language()));
        scenario.set(nullToEmpty(meta.scenario()));
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(meta.attributes()).forEach((k, v) -> lines.append(k).append(" = ").append(v).append('\n'));
        attributes.set(lines.toString().strip());
    }

    /** Stores the edited fields as one undoable change; a malformed date is refused with a message. */
    public void save() {
        DocumentRow row = document.get();
        if (row == null) {
            return;
        }
        DocumentMeta meta;
        try {
            meta = meta(row);
        } catch (ParallaxException e) {
            context.dialogs().showError("Document details", e.getMessage());
            return;
        }
        context.write(wb -> wb.documents().updateMeta(row.id(), meta));
    }

    DocumentMeta meta(DocumentRow row) {
        LocalDate parsed = null;
        if (!date.get().isBlank()) {
            try {
                parsed = LocalDate.parse(date.get().trim());
            } catch (DateTimeParseException e) {
                throw new ParallaxException("'" + row.title() + "': date '" + date.get()
                        + "' is not a date like 1997-05-27");
            }
        }
        Map<String, String> attrs = new TreeMap<>();
        for (String line : attributes.get().split("\n")) {
            int eq = line.indexOf('=');
            if (line.isBlank()) {
                continue;
            }
            if (eq <= 0) {
                throw new ParallaxException("'" + row.title() + "': attribute line '" + line.strip()
                        + "' should read name = value");
            }
            attrs.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return new DocumentMeta(emptyToNull(title.get()), parsed, type.get(), emptyToNull(actor.get()),
                emptyToNull(language.get()), emptyToNull(scenario.get()), attrs);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty scenarioProperty() {
        return scenario;
    }

    public StringProperty attributesProperty() {
        return attributes;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ObservableList<String> scenarioNames() {
        return scenarioNames;
    }
}
