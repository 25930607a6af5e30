package org.parallax.ui.codebook;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.parallax.ui.common.ChoiceBinding;
import org.parallax.ui.common.TabLeavesTheTextArea;

/** The controls of an entry form; {@link #showDialog} puts them in a dialog whose OK saves the form. */
public final class EntryFormView extends GridPane {
    private final TextField name = new TextField();
    private int row;

    public EntryFormView(EntryForm form) {
        setHgap(8);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        name.setId("entryName");
        name.textProperty().bindBidirectional(form.nameProperty());
        add("_Name", name);
        add(refusal(form), 1, row++);
        boolean code = form.kind() == EntryForm.Kind.CODE;
        if (code) {
            ComboBox<EntryForm.Place> place = ChoiceBinding.comboBox(form.places(), form.placeProperty());
            place.setId("entryPlace");
            add("_Place", place);
        }
        if (form.kind() != EntryForm.Kind.SCENARIO) {
            add("_Colour", colour(form.colorProperty()));
        }
        String described = switch (form.kind()) {
            case CODE -> "_Definition";
            case FRAME -> "Core _tenets";
            case SCENARIO -> "_Description";
        };
        add(described, area("entryDescription", form.descriptionProperty(), 3));
        if (code) {
            add("_Use when", area("entryInclusion", form.inclusionProperty(), 2));
            add("Do _not use when", area("entryExclusion", form.exclusionProperty(), 2));
            TextField key = new TextField();
            key.setId("entryKey");
            key.setPromptText("1-9, empty for none");
            key.setPrefColumnCount(4);
            key.textProperty().bindBidirectional(form.keyProperty());
            add("Coding _key", key);
            if (!form.isNew()) {
                ListView<AnchorChoice> anchors = new ListView<>(form.anchors());
                anchors.setId("entryAnchors");
                anchors.setPrefHeight(120);
                anchors.setPlaceholder(new Label("No passages coded with this code yet"));
                anchors.setCellFactory(CheckBoxListCell.forListView(AnchorChoice::anchoredProperty,
                        new javafx.util.StringConverter<>() {
                            @Override
                            public String toString(AnchorChoice choice) {
                                return choice == null ? "" : choice.label();
                            }

                            @Override
                            public AnchorChoice fromString(String string) {
                                throw new UnsupportedOperationException("passages are ticked, not typed");
                            }
                        }));
                add("_Anchor examples", anchors);
            }
        }
    }

    private static ColorPicker colour(StringProperty hex) {
        ColorPicker picker = new ColorPicker(parse(hex.get()));
        picker.setId("entryColour");
        picker.valueProperty().addListener((o, was, now) -> {
            String text = now == null ? "" : toHex(now);
            if (!text.equalsIgnoreCase(hex.get())) {
                hex.set(text);
            }
        });
        hex.addListener((o, was, now) -> {
            if (picker.getValue() == null || !toHex(picker.getValue()).equalsIgnoreCase(now)) {
                picker.setValue(parse(now));
            }
        });
        return picker;
    }

    private static Color parse(String hex) {
        return hex != null && hex.matches("#[0-9a-fA-F]{6}") ? Color.web(hex) : Color.WHITE;
    }

    static String toHex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /**
     * The line under the name saying why OK saved nothing; the keyboard goes back to the name, as typed. The refusal
     * was a box over the form: it took the focus, and its OK had to be pressed before the name could be corrected.
     */
    private Label refusal(EntryForm form) {
        Label line = new Label();
        line.setId("entryRefusal");
        line.setWrapText(true);
        line.setStyle("-fx-text-fill: #b00020;");
        line.textProperty().bind(form.refusalProperty());
        line.visibleProperty().bind(form.refusalProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        form.refusalProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                name.requestFocus();
            }
        });
        return line;
    }

    private static TextArea area(String id, StringProperty text, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(text);
        TabLeavesTheTextArea.install(area);
        return area;
    }

    private void add(String name, Node control) {
        Label label = new Label(name);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setMinWidth(USE_PREF_SIZE);
        if (control instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        add(label, 0, row);
        add(control, 1, row++);
    }

    /**
     * Shows the form in a dialog; OK saves it and closes once the project took the change: a change refused (a
     * read-only project, a full disk, a name taken) leaves the form open as typed, the refusal in a line under the name.
     */
    public static void showDialog(EntryForm form, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(form.title());
        dialog.setHeaderText(form.title());
        dialog.setResizable(true);
        EntryFormView view = new EntryFormView(form);
        dialog.getDialogPane().setContent(view);
        // The dialog gives the focus to OK; a researcher opening the form by its shortcut types the name first.
        dialog.setOnShown(e -> Platform.runLater(view.name::requestFocus));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(560);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(form.savingProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.save(() -> dialog.setResult(ButtonType.OK));
        });
        dialog.showAndWait();
    }
}
