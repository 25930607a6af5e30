package org.parallax.ui.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
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
import org.parallax.ui.common.FormField;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;

/**
 * The metadata editor of the selected document; fields are strings so half-typed values survive, and a save
 * writes only the fields the user changed. Edits are saved when the researcher moves to another document or
 * closes the project, as memos are, so pressing Save details is never the only way to keep them.
 */
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

    private final FormField<String> titleField = new FormField<>(title);
    private final FormField<String> dateField = new FormField<>(date);
    private final FormField<DocumentType> typeField = new FormField<>(type);
    private final FormField<String> actorField = new FormField<>(actor);
    private final FormField<String> languageField = new FormField<>(language);
    private final FormField<String> scenarioField = new FormField<>(scenario);
    private final FormField<String> attributesField = new FormField<>(attributes);

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

    /** Replaces the scenario choices in one step; the chosen scenario is the document's, not the list's. */
    private void loadScenarios() {
        context.read(wb -> wb.codebook().current().scenarios().stream().map(Scenario::name).toList(), names -> {
            List<String> choices = new ArrayList<>();
            choices.add("");
            choices.addAll(names);
            scenarioNames.setAll(choices);
        });
    }

    /**
     * Shows a document's details. The same document shown again (its row reloads after every change) keeps
     * the fields the user has edited and not saved; another document starts afresh, after the edits made to
     * the one left are saved.
     */
    void show(DocumentRow row) {
        DocumentRow before = document.get();
        boolean keepEdits = row != null && before != null && row.id() == before.id();
        if (!keepEdits) {
            flush();
        }
        document.set(row);
        editable.set(row != null);
        DocumentMeta meta = row == null ? DocumentMeta.titled("") : row.document().meta();
        titleField.show(nullToEmpty(meta.title()), keepEdits);
        dateField.show(meta.date() == null ? "" : meta.date().toString(), keepEdits);
        typeField.show(meta.type(), keepEdits);
        actorField.show(nullToEmpty(meta.actor()), keepEdits);
        languageField.show(nullToEmpty(meta.language()), keepEdits);
        scenarioField.show(nullToEmpty(meta.scenario()), keepEdits);
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(meta.attributes()).forEach((k, v) -> lines.append(k).append(" = ").append(v).append('\n'));
        attributesField.show(lines.toString().strip(), keepEdits);
    }

    /** Whether any field differs from what the project holds. */
    public boolean isEdited() {
        return fields().stream().anyMatch(FormField::isEdited);
    }

    private List<FormField<?>> fields() {
        return List.of(titleField, dateField, typeField, actorField, languageField, scenarioField, attributesField);
    }

    /**
     * Stores the fields the user changed as one undoable change, applied to the details as stored now, so a
     * field the user did not touch is never written. A malformed date or attribute is refused with a message.
     */
    public void save() {
        flush();
    }

    /**
     * Saves the edits of the document shown, if any: Save details, leaving the document, closing the project.
     * A document deleted meanwhile has nothing left to save to.
     */
    public void flush() {
        DocumentRow row = document.get();
        if (row == null || !isEdited()) {
            return;
        }
        UnaryOperator<DocumentMeta> change;
        try {
            change = change(row);
        } catch (ParallaxException e) {
            context.dialogs().showError("Document details", e.getMessage());
            return;
        }
        context.write(wb -> wb.documents().get(row.id()).ifPresent(document -> {
            DocumentMeta stored = document.meta();
            DocumentMeta changed = change.apply(stored);
            if (!changed.equals(stored)) {
                wb.documents().updateMeta(row.document(), changed);
            }
        }));
    }

    /** The user's edits as a change to stored details; fields not edited keep the stored value. */
    UnaryOperator<DocumentMeta> change(DocumentRow row) {
        String newTitle = emptyToNull(title.get());
        LocalDate newDate = dateField.isEdited() ? date(row) : null;
        DocumentType newType = type.get();
        String newActor = emptyToNull(actor.get());
        String newLanguage = emptyToNull(language.get());
        String newScenario = emptyToNull(scenario.get());
        Map<String, String> newAttributes = attributesField.isEdited() ? attributes(row) : null;
        return m -> new DocumentMeta(
                titleField.isEdited() ? newTitle : m.title(),
                dateField.isEdited() ? newDate : m.date(),
                typeField.isEdited() ? newType : m.type(),
                actorField.isEdited() ? newActor : m.actor(),
                languageField.isEdited() ? newLanguage : m.language(),
                scenarioField.isEdited() ? newScenario : m.scenario(),
                attributesField.isEdited() ? newAttributes : m.attributes());
    }

    private LocalDate date(DocumentRow row) {
        if (date.get().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.get().trim());
        } catch (DateTimeParseException e) {
            throw new ParallaxException("'" + row.title() + "': date '" + date.get()
                    + "' is not a date like 1997-05-27");
        }
    }

    private Map<String, String> attributes(DocumentRow row) {
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
        return attrs;
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
