package org.parallax.ui.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.parallax.model.Counted;
import org.parallax.model.Days;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.ui.common.FormField;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/**
 * The metadata editor of the selected document; fields are strings so half-typed values survive, and a save
 * writes only the fields the user changed. Edits are saved when the researcher moves to another document or
 * closes the project, as memos are, so pressing Save details is never the only way to keep them.
 *
 * <p>With several documents selected the form edits them together: a field shows the value they share, or stays
 * blank when they differ, and a field the researcher changes is set for all of them in one undoable change, while
 * the fields left alone keep each document's own value. Title and attributes are one document's at a time.
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
    private final BooleanProperty several = new SimpleBooleanProperty(false);
    private final StringProperty titlePrompt = new SimpleStringProperty("");
    /** True while a field shows an edit the project does not hold yet: the form marks it unsaved. */
    private final BooleanProperty edited = new SimpleBooleanProperty(false);
    /** The documents edited together, when several are selected; empty when the form shows one document. */
    private List<DocumentRow> many = List.of();
    private final ObservableList<String> scenarioNames = FXCollections.observableArrayList();

    private final FormField<String> titleField = new FormField<>(title);
    private final FormField<String> dateField = new FormField<>(date);
    private final FormField<DocumentType> typeField = new FormField<>(type);
    private final FormField<String> actorField = new FormField<>(actor);
    private final FormField<String> languageField = new FormField<>(language);
    private final FormField<String> scenarioField = new FormField<>(scenario);
    private final FormField<String> attributesField = new FormField<>(attributes);

    public MetadataViewModel(ProjectContext context, ObjectProperty<DocumentRow> selection) {
        this(context, selection, FXCollections.observableArrayList());
    }

    /**
     * A form over the open document ({@code selection}) and the rows selected in the list ({@code chosen}): when
     * several are chosen it edits them together.
     */
    public MetadataViewModel(ProjectContext context, ObjectProperty<DocumentRow> selection,
                             ObservableList<DocumentRow> chosen) {
        this.context = context;
        selection.addListener((o, was, now) -> {
            // The open document changing within a selection of several (a reload, a click on one of them) leaves
            // the form on the several; the selection's own change decides.
            if (chosen.size() < 2 || now == null || chosen.stream().noneMatch(r -> r.id() == now.id())) {
                show(now);
            }
        });
        chosen.addListener((ListChangeListener<DocumentRow>) c -> {
            if (chosen.size() > 1) {
                showMany(List.copyOf(chosen));
            } else if (!many.isEmpty()) {
                show(selection.get());
            }
        });
        for (ObservableValue<?> value : List.of(title, date, type, actor, language, scenario,
                attributes)) {
            value.addListener((o, was, now) -> edited.set(isEdited()));
        }
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
        boolean keepEdits = many.isEmpty() && row != null && before != null && row.id() == before.id();
        if (!keepEdits) {
            flush();
        }
        many = List.of();
        several.set(false);
        titlePrompt.set("");
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
        edited.set(isEdited());
    }

    /**
     * Shows what the documents have in common: a field they all share shows its value, one that differs stays
     * blank. The same documents shown again (their rows reload after every change) keep the edits not saved yet.
     */
    private void showMany(List<DocumentRow> rows) {
        boolean keepEdits = !many.isEmpty() && ids(many).equals(ids(rows));
        if (!keepEdits) {
            flush();
        }
        document.set(null);
        many = rows;
        several.set(true);
        editable.set(true);
        titlePrompt.set(Counted.of(rows.size(), "document") + " selected: what you change here is set for all of "
                + "them");
        List<DocumentMeta> metas = rows.stream().map(r -> r.document().meta()).toList();
        titleField.show("", keepEdits);
        LocalDate sharedDate = shared(metas, DocumentMeta::date);
        dateField.show(sharedDate == null ? "" : sharedDate.toString(), keepEdits);
        typeField.show(shared(metas, DocumentMeta::type), keepEdits);
        actorField.show(nullToEmpty(shared(metas, DocumentMeta::actor)), keepEdits);
        languageField.show(nullToEmpty(shared(metas, DocumentMeta::language)), keepEdits);
        // Differing scenarios show no choice (null), which the empty choice, "no scenario", is not.
        boolean sameScenario = metas.stream().map(m -> nullToEmpty(m.scenario())).distinct().count() == 1;
        scenarioField.show(sameScenario ? nullToEmpty(metas.get(0).scenario()) : null, keepEdits);
        attributesField.show("", keepEdits);
        edited.set(isEdited());
    }

    private static Set<Long> ids(List<DocumentRow> rows) {
        return rows.stream().map(DocumentRow::id).collect(Collectors.toSet());
    }

    /** The value every one of {@code metas} has, or null when they differ. */
    private static <T> T shared(List<DocumentMeta> metas, Function<DocumentMeta, T> field) {
        T first = field.apply(metas.get(0));
        return metas.stream().allMatch(m -> Objects.equals(field.apply(m), first)) ? first : null;
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
        flush(() -> {
        });
    }

    /**
     * As {@link #flush()}, then runs {@code saved} on the UI thread once the edits are stored, at once when there
     * were none; not when they are refused (the refusal is shown instead).
     */
    public void flush(Runnable saved) {
        flush(saved, false);
    }

    /**
     * As {@link #flush()} as the project closes: a refusal (the details changed elsewhere since, the disk full) quotes
     * the edits, which the form, gone with the project, no longer holds; the box named the refusal only, and what had
     * been typed was lost without a trace.
     */
    public void flushClosing() {
        flush(() -> {
        }, true);
    }

    private void flush(Runnable saved, boolean closing) {
        if (!many.isEmpty()) {
            flushMany(saved, closing);
            return;
        }
        DocumentRow row = document.get();
        if (row == null || !isEdited()) {
            saved.run();
            return;
        }
        UnaryOperator<DocumentMeta> change;
        try {
            change = change("'" + row.title() + "'");
        } catch (ParallaxException e) {
            context.dialogs().showError("Document details", e.getMessage());
            return;
        }
        write(wb -> wb.documents().get(row.id()).ifPresent(document -> {
            DocumentMeta stored = document.meta();
            DocumentMeta changed = change.apply(stored);
            if (!changed.equals(stored)) {
                wb.documents().updateMeta(row.document(), changed);
            }
        }), saved, closing);
    }

    /** The fields changed with several documents selected, set for each of them in one undoable change. */
    private void flushMany(Runnable saved, boolean closing) {
        if (!isEdited()) {
            saved.run();
            return;
        }
        List<DocumentRow> rows = many;
        UnaryOperator<DocumentMeta> change;
        try {
            change = change("The " + Counted.of(rows.size(), "document") + " selected");
        } catch (ParallaxException e) {
            context.dialogs().showError("Document details", e.getMessage());
            return;
        }
        List<org.parallax.model.Document> shown = rows.stream().map(DocumentRow::document).toList();
        write(wb -> wb.documents().updateMeta(shown, change), saved, closing);
    }

    /** Writes the edits in the background, then {@code saved}; a refusal as the project closes quotes them. */
    private void write(Consumer<Workbench> work, Runnable saved,
                       boolean closing) {
        Function<Workbench, Boolean> writing = wb -> {
            work.accept(wb);
            return Boolean.TRUE;
        };
        if (!closing) {
            context.act(writing, done -> saved.run());
            return;
        }
        String typed = typed();
        context.actShownIn(writing, done -> saved.run(), refused -> context.dialogs().showError("Parallax",
                refused.replaceAll("[.\\s]+$", "") + ". The project closed with the details as the file holds them; "
                        + "your edits, not saved: " + typed));
    }

    /** The fields edited, each named with what it holds: {@code title “…”, attributes “…”}. */
    private String typed() {
        List<String> names = List.of("title", "date", "type", "actor", "language", "scenario", "attributes");
        List<FormField<?>> all = fields();
        List<String> edited = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isEdited()) {
                Object value = all.get(i).value();
                edited.add(names.get(i) + " “" + (value instanceof DocumentType t ? t.label()
                        : value == null ? "" : value) + "”");
            }
        }
        return String.join(", ", edited);
    }

    /**
     * The user's edits as a change to stored details; fields not edited keep the stored value. {@code name} names
     * the document(s) in a refusal.
     */
    UnaryOperator<DocumentMeta> change(String name) {
        // Which fields were edited, and to what, is read now on the FX thread: the write runs in the background, by
        // when the form may already show the next document, whose fields say nothing about this one.
        boolean titleEdited = titleField.isEdited();
        boolean dateEdited = dateField.isEdited();
        boolean typeEdited = typeField.isEdited();
        boolean actorEdited = actorField.isEdited();
        boolean languageEdited = languageField.isEdited();
        boolean scenarioEdited = scenarioField.isEdited();
        boolean attributesEdited = attributesField.isEdited();
        String newTitle = emptyToNull(title.get());
        LocalDate newDate = dateEdited ? date(name) : null;
        DocumentType newType = type.get();
        String newActor = emptyToNull(actor.get());
        String newLanguage = emptyToNull(language.get());
        String newScenario = emptyToNull(scenario.get());
        Map<String, String> newAttributes = attributesEdited ? attributes(name) : null;
        return m -> new DocumentMeta(
                titleEdited ? newTitle : m.title(),
                dateEdited ? newDate : m.date(),
                typeEdited ? newType : m.type(),
                actorEdited ? newActor : m.actor(),
                languageEdited ? newLanguage : m.language(),
                scenarioEdited ? newScenario : m.scenario(),
                attributesEdited ? newAttributes : m.attributes());
    }

    private LocalDate date(String name) {
        if (date.get().isBlank()) {
            return null;
        }
        try {
            return Days.parse(date.get());
        } catch (ParallaxException e) {
            throw new ParallaxException(name + ": date " + e.getMessage(), e);
        }
    }

    private Map<String, String> attributes(String name) {
        Map<String, String> attrs = new TreeMap<>();
        for (String line : attributes.get().split("\n")) {
            int eq = line.indexOf('=');
            if (line.isBlank()) {
                continue;
            }
            if (eq <= 0) {
                throw new ParallaxException(name + ": attribute line '" + line.strip()
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

    /** True when several documents are selected and the form sets their details together. */
    public BooleanProperty severalProperty() {
        return several;
    }

    /**
     * True while the form shows an edit not yet stored: a researcher typing a title saw nothing saying that it was not
     * kept until Save details, Enter or leaving the form.
     */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited;
    }

    /** What the title field says when it is blank: with several documents, how many the form sets. */
    public StringProperty titlePromptProperty() {
        return titlePrompt;
    }

    public ObservableList<String> scenarioNames() {
        return scenarioNames;
    }
}
