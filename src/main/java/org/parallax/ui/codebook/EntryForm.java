package org.parallax.ui.codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.ui.common.FormField;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.CodePalette;
import org.parallax.workbench.Workbench;

/**
 * The form of one codebook entry, new or existing: a code (name, frame or parent code, colour, definition,
 * inclusion and exclusion rules, coding key, anchor examples), a frame (name, colour, core tenets) or a
 * scenario (name, description). Saving writes only the fields the user changed, as undoable workbench edits.
 */
public final class EntryForm {
    /** What the form edits. */
    public enum Kind { CODE, FRAME, SCENARIO }

    /** Where a code sits: at the top of a frame, under another code, or in no frame. */
    public record Place(String label, Long frameId, Long parentId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ProjectContext context;
    private final Codebook book;
    private final Kind kind;
    private final Long id;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty color = new SimpleStringProperty("");
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty inclusion = new SimpleStringProperty("");
    private final StringProperty exclusion = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final ObservableList<AnchorChoice> anchors = FXCollections.observableArrayList();
    private final List<FormField<?>> fields = new ArrayList<>();
    private final FormField<String> nameField = field(name);
    private final FormField<String> colorField = field(color);
    private final FormField<Place> placeField = field(place);
    private final FormField<String> descriptionField = field(description);
    private final FormField<String> inclusionField = field(inclusion);
    private final FormField<String> exclusionField = field(exclusion);
    private final FormField<String> keyField = field(key);
    private Set<Long> anchoredBefore = Set.of();
    /** The id of the entry a new form's save made (0 until it is made), for {@link #onCreated}. */
    private final AtomicLong made = new AtomicLong();
    private LongConsumer created = id -> {
    };

    private EntryForm(ProjectContext context, Codebook book, Kind kind, Long id) {
        this.context = context;
        this.book = book;
        this.kind = kind;
        this.id = id;
    }

    private <T> FormField<T> field(javafx.beans.property.Property<T> property) {
        FormField<T> field = new FormField<>(property);
        fields.add(field);
        return field;
    }

    /** A new code placed at {@code where}, with the next palette colour and the lowest free coding key. */
    public static EntryForm newCode(ProjectContext context, Codebook book, Place where) {
        EntryForm form = new EntryForm(context, book, Kind.CODE, null);
        form.places.setAll(places(book, null));
        form.place.set(form.places.stream().filter(p -> p.equals(where)).findFirst().orElse(form.places.get(0)));
        form.color.set(CodePalette.next(book));
        int key = CodingKey.nextFree(book);
        form.key.set(key == 0 ? "" : Integer.toString(key));
        return form;
    }

    /** An existing code, with its passages offered as anchor examples ({@code passages} from the workbench). */
    public static EntryForm editCode(ProjectContext context, Codebook book, Code code, List<AnchorChoice> passages) {
        EntryForm form = new EntryForm(context, book, Kind.CODE, code.id());
        form.places.setAll(places(book, code));
        Place at = form.places.stream().filter(p -> Objects.equals(p.parentId(), code.parentId())
                && (code.parentId() != null || Objects.equals(p.frameId(), code.frameId()))).findFirst()
                .orElse(form.places.get(0));
        form.show(code.name(), code.color(), at, code.definition(), code.inclusion(), code.exclusion(),
                code.shortcut() == 0 ? "" : Integer.toString(code.shortcut()));
        form.anchors.setAll(passages);
        form.anchoredBefore = anchoredOf(passages);
        return form;
    }

    public static EntryForm newFrame(ProjectContext context, Codebook book) {
        EntryForm form = new EntryForm(context, book, Kind.FRAME, null);
        form.color.set(CodePalette.next(book));
        return form;
    }

    public static EntryForm editFrame(ProjectContext context, Codebook book, Frame frame) {
        EntryForm form = new EntryForm(context, book, Kind.FRAME, frame.id());
        form.show(frame.name(), frame.color(), null, frame.description(), null, null, "");
        return form;
    }

    public static EntryForm newScenario(ProjectContext context, Codebook book) {
        return new EntryForm(context, book, Kind.SCENARIO, null);
    }

    public static EntryForm editScenario(ProjectContext context, Codebook book, Scenario scenario) {
        EntryForm form = new EntryForm(context, book, Kind.SCENARIO, scenario.id());
        form.show(scenario.name(), "", null, scenario.description(), null, null, "");
        return form;
    }

    private void show(String n, String c, Place p, String d, String in, String ex, String k) {
        nameField.show(n, false);
        colorField.show(c == null ? "" : c, false);
        placeField.show(p, false);
        descriptionField.show(d == null ? "" : d, false);
        inclusionField.show(in == null ? "" : in, false);
        exclusionField.show(ex == null ? "" : ex, false);
        keyField.show(k, false);
    }

    /** The places a code can go: no frame, each frame, under each code that is not the code or below it. */
    static List<Place> places(Codebook book, Code moving) {
        List<Place> out = new ArrayList<>();
        out.add(new Place("No frame", null, null));
        for (Frame f : book.frames()) {
            out.add(new Place("Frame: " + f.name(), f.id(), null));
        }
        for (Code c : book.codes()) {
            if (!c.isScenarioCode() && (moving == null || !isWithin(book, c, moving.id()))) {
                out.add(new Place("Under code: " + c.name(), c.frameId(), c.id()));
            }
        }
        return out;
    }

    private static boolean isWithin(Codebook book, Code code, long ancestor) {
        for (Code at = code; at != null; at = at.parentId() == null ? null : book.code(at.parentId()).orElse(null)) {
            if (at.id() == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Set<Long> anchoredOf(List<AnchorChoice> passages) {
        Set<Long> out = new HashSet<>();
        passages.stream().filter(a -> a.anchoredProperty().get()).forEach(a -> out.add(a.segmentId()));
        return out;
    }

    /** The dialog's title. */
    public String title() {
        String what = switch (kind) {
            case CODE -> "code";
            case FRAME -> "frame";
            case SCENARIO -> "scenario";
        };
        return id == null ? "New " + what : "Edit " + what + " " + nameField.value();
    }

    /** As {@link #save(Runnable)} with nothing to run once the project took the change. */
    public boolean save() {
        return save(() -> {
        });
    }

    /**
     * Checks the form and writes what the user changed; a problem (no name, a bad key or colour) is shown and
     * nothing is written. Returns whether the form was accepted and its change queued; {@code written} runs once the
     * project took it, so the dialog closes only then: it closed at once, and a change the project refused (open
     * read-only, a full disk, a name already taken, the code deleted meanwhile) was shown in a box over a form already
     * gone with everything typed into it. Refused, the form stays open as typed, the refusal shown.
     */
    public boolean save(Runnable written) {
        Consumer<Workbench> change;
        try {
            change = change();
        } catch (ParallaxException e) {
            refusal.set(e.getMessage());
            return false;
        }
        refusal.set("");
        saving.set(true);
        context.actShownIn(wb -> {
            change.accept(wb);
            return made.get();
        }, id -> {
            saving.set(false);
            if (id > 0) {
                created.accept(id);
            }
            written.run();
        }, why -> {
            saving.set(false);
            refusal.set(why);
        });
        return true;
    }

    /** Whether the form's change is being written: OK waits for the answer. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * Why the last OK saved nothing (no name, a key taken, a name another code has, a read-only project), in one line
     * shown in the form; empty otherwise. It was a box over the form, which took the focus from what was typed.
     */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    private Consumer<Workbench> change() {
        String newName = name.get().strip();
        if (newName.isEmpty()) {
            throw new ParallaxException("Give the " + kind.name().toLowerCase() + " a name");
        }
        String newColor = color.get().strip();
        if (kind != Kind.SCENARIO && !newColor.isEmpty() && !newColor.matches("#[0-9a-fA-F]{6}")) {
            throw new ParallaxException("Colour '" + newColor + "' should read #rrggbb, such as #1f77b4");
        }
        String text = description.get().strip();
        return switch (kind) {
            case CODE -> codeChange(newName, newColor, text);
            case FRAME -> frameChange(newName, newColor, text);
            case SCENARIO -> scenarioChange(newName, text);
        };
    }

    private Consumer<Workbench> codeChange(String newName, String newColor, String text) {
        Code current = id == null ? new Code(0, null, null, null, newName, newColor, text, 0, 0)
                : book.code(id).orElseThrow(() -> deletedMeanwhile("Code", nameField.held()));
        int shortcut = CodingKey.parse(key.get(), current, book);
        Place where = place.get() == null ? places.get(0) : place.get();
        String in = inclusion.get().strip();
        String ex = exclusion.get().strip();
        if (id == null) {
            Code draft = new Code(0, where.parentId(), where.frameId(), null, newName, newColor, emptyToNull(text),
                    shortcut, 0, emptyToNull(in), emptyToNull(ex));
            return wb -> made.set(wb.codebook().addCode(draft).id());
        }
        List<Long> anchored = anchors.stream().filter(a -> a.anchoredProperty().get()).map(AnchorChoice::segmentId)
                .toList();
        boolean anchorsEdited = !anchoredOf(anchors).equals(anchoredBefore);
        long codeId = id;
        Code shown = current;
        return wb -> {
            Code stored = wb.codebook().current().code(codeId)
                    .orElseThrow(() -> deletedMeanwhile("Code", shown.name()));
            Code changed = new Code(codeId,
                    placeField.isEdited() ? where.parentId() : stored.parentId(),
                    placeField.isEdited() ? where.frameId() : stored.frameId(),
                    stored.scenarioId(),
                    nameField.isEdited() ? newName : stored.name(),
                    colorField.isEdited() ? emptyToNull(newColor) : stored.color(),
                    descriptionField.isEdited() ? emptyToNull(text) : stored.definition(),
                    keyField.isEdited() ? shortcut : stored.shortcut(),
                    stored.position(),
                    inclusionField.isEdited() ? in : stored.inclusion(),
                    exclusionField.isEdited() ? ex : stored.exclusion(), stored.version());
            boolean clash = clash(placeField, List.of(nullable(shown.parentId()), nullable(shown.frameId())),
                    List.of(nullable(stored.parentId()), nullable(stored.frameId())),
                    List.of(nullable(changed.parentId()), nullable(changed.frameId())))
                    || clash(nameField, shown.name(), stored.name(), changed.name())
                    || clash(colorField, shown.color(), stored.color(), changed.color())
                    || clash(descriptionField, shown.definition(), stored.definition(), changed.definition())
                    || clash(keyField, shown.shortcut(), stored.shortcut(), changed.shortcut())
                    || clash(inclusionField, emptyToNull(shown.inclusion()), emptyToNull(stored.inclusion()),
                            emptyToNull(changed.inclusion()))
                    || clash(exclusionField, emptyToNull(shown.exclusion()), emptyToNull(stored.exclusion()),
                            emptyToNull(changed.exclusion()));
            if (!changed.equals(stored)) {
                wb.codebook().updateCode(clash ? changed.withVersion(shown.version()) : changed);
            }
            if (anchorsEdited) {
                wb.codebook().setAnchors(codeId, anchored);
            }
        };
    }

    /**
     * The refusal of a change to an entry that went while it was being edited (deleted or merged in another window,
     * by another program or team member): it names the entry as the form showed it, where the store can give only its
     * number, so that the researcher knows which form's edits were not saved.
     */
    static ParallaxException deletedMeanwhile(String what, String name) {
        return new ParallaxException(what + " '" + name + "' was deleted" + (what.equals("Code") ? " or merged into "
                + "another code" : "") + ", in another window or program or by another member, while its form was "
                + "open; nothing was saved");
    }

    private Consumer<Workbench> frameChange(String newName, String newColor, String text) {
        if (id == null) {
            return wb -> made.set(wb.codebook().addFrame(newName, emptyToNull(text), emptyToNull(newColor)).id());
        }
        long frameId = id;
        Frame shown = book.frame(frameId).orElseThrow(() -> deletedMeanwhile("Frame", nameField.held()));
        return wb -> {
            Frame stored = wb.codebook().current().frame(frameId)
                    .orElseThrow(() -> deletedMeanwhile("Frame", shown.name()));
            Frame changed = new Frame(frameId, nameField.isEdited() ? newName : stored.name(),
                    descriptionField.isEdited() ? emptyToNull(text) : stored.description(),
                    colorField.isEdited() ? emptyToNull(newColor) : stored.color(), stored.position(), stored.version());
            boolean clash = clash(nameField, shown.name(), stored.name(), changed.name())
                    || clash(descriptionField, shown.description(), stored.description(), changed.description())
                    || clash(colorField, shown.color(), stored.color(), changed.color());
            if (!changed.equals(stored)) {
                wb.codebook().updateFrame(clash ? changed.withVersion(shown.version()) : changed);
            }
        };
    }

    private Consumer<Workbench> scenarioChange(String newName, String text) {
        if (id == null) {
            return wb -> wb.codebook().addScenario(newName, emptyToNull(text));
        }
        long scenarioId = id;
        Scenario shown = book.scenario(scenarioId)
                .orElseThrow(() -> deletedMeanwhile("Scenario", nameField.held()));
        return wb -> {
            Scenario stored = wb.codebook().current().scenario(scenarioId)
                    .orElseThrow(() -> deletedMeanwhile("Scenario", shown.name()));
            Scenario changed = new Scenario(scenarioId, nameField.isEdited() ? newName : stored.name(),
                    descriptionField.isEdited() ? emptyToNull(text) : stored.description(), stored.position(),
                    stored.version());
            boolean clash = clash(nameField, shown.name(), stored.name(), changed.name())
                    || clash(descriptionField, shown.description(), stored.description(), changed.description());
            if (!changed.equals(stored)) {
                wb.codebook().updateScenario(clash ? changed.withVersion(shown.version()) : changed);
            }
        };
    }

    /**
     * Whether a detail the user edited was changed by someone else since the form opened, to something other than
     * what the user now sets. The change then goes against the version the form showed, which the store refuses
     * naming who changed it; details the user did not edit, or that both set alike, are merged over what is
     * stored now.
     */
    private static boolean clash(FormField<?> field, Object shown, Object stored, Object mine) {
        return field.isEdited() && !Objects.equals(shown, stored) && !Objects.equals(mine, stored);
    }

    /** A nullable id in a list ({@link List#of} refuses null). */
    private static Object nullable(Long id) {
        return id == null ? "none" : id;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Gets, on the UI thread, the id of the code or frame a new form's save made: the codebook selects it. */
    public void onCreated(LongConsumer created) {
        this.created = created;
    }

    /** Whether any field differs from what was shown. */
    public boolean isEdited() {
        return fields.stream().anyMatch(FormField::isEdited) || !anchoredOf(anchors).equals(anchoredBefore);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isNew() {
        return id == null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The colour as #rrggbb; empty for scenarios, whose codes keep the scenario grey. */
    public StringProperty colorProperty() {
        return color;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ObservableList<Place> places() {
        return places;
    }

    /** A code's definition, a frame's core tenets, a scenario's description. */
    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty inclusionProperty() {
        return inclusion;
    }

    public StringProperty exclusionProperty() {
        return exclusion;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ObservableList<AnchorChoice> anchors() {
        return anchors;
    }
}
