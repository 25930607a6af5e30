package org.parallax.ui.documents;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parallax.model.DocumentType;
import org.parallax.ui.common.ChoiceBinding;
import org.parallax.ui.common.ChoiceLabels;
import org.parallax.ui.common.TabLeavesTheTextArea;

/** The editor of the selected document's details: title, date, type, actor, language, scenario, attributes. */
public final class MetadataView extends GridPane {
    /** The label of the scenario list's empty choice. */
    static final String NO_SCENARIO = "No scenario";

    private int row;
    private final Button save;
    private final Label unsaved;

    public MetadataView(MetadataViewModel viewModel) {
        getStyleClass().add("metadata-pane");
        setHgap(6);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        // No heading: the form is the Details tab, which says so; at 1280×800 a heading pushed Save details off it.
        TextField title = text(viewModel.titleProperty());
        title.setId("metadataTitle");
        title.promptTextProperty().bind(viewModel.titlePromptProperty());
        // With several documents selected the form sets what they share; a title is one document's own.
        title.disableProperty().bind(viewModel.severalProperty());
        field("_Title", title);
        TextField date = text(viewModel.dateProperty());
        date.setId("metadataDate");
        date.setPromptText("yyyy-mm-dd");
        field("D_ate", date);
        ComboBox<DocumentType> type = new ComboBox<>();
        type.getItems().setAll(DocumentType.values());
        type.setId("metadataType");
        ChoiceLabels.show(type, DocumentType::label);
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        field("T_ype", type);
        TextField actor = text(viewModel.actorProperty());
        actor.setId("metadataActor");
        field("Acto_r", actor);
        TextField language = text(viewModel.languageProperty());
        field("_Language", language);
        ComboBox<String> scenario = ChoiceBinding.comboBox(viewModel.scenarioNames(), viewModel.scenarioProperty());
        scenario.setId("metadataScenario");
        // The empty choice clears the scenario; as a blank row it read as a gap in the list.
        scenario.setCellFactory(list -> new ScenarioCell());
        scenario.setButtonCell(new ScenarioCell());
        scenario.setMaxWidth(Double.MAX_VALUE);
        field("_Scenario", scenario);
        TextArea attributes = new TextArea();
        attributes.setId("metadataAttributes");
        attributes.textProperty().bindBidirectional(viewModel.attributesProperty());
        attributes.promptTextProperty().bind(Bindings.when(viewModel.severalProperty())
                .then("one document at a time").otherwise("name = value, one per line"));
        attributes.disableProperty().bind(viewModel.severalProperty());
        attributes.setPrefRowCount(2);
        attributes.setWrapText(true);
        TabLeavesTheTextArea.install(attributes);
        field("Attrib_utes", attributes);
        save = new Button("Sa_ve details");
        save.setId("saveDetails");
        save.setOnAction(e -> viewModel.save());
        save.setDefaultButton(false);
        disableProperty().bind(viewModel.editableProperty().not());
        save.disableProperty().bind(viewModel.editableProperty().not());
        // Enter in a field saves, as OK does in a form; the attributes keep Enter for their next line.
        for (TextField field : new TextField[] {title, date, actor, language}) {
            field.setOnAction(e -> viewModel.save());
        }
        unsaved = new Label("Not saved yet: kept when you leave the form, press Enter or Save details");
        unsaved.setId("detailsUnsaved");
        unsaved.getStyleClass().add("unsaved-mark");
        unsaved.setWrapText(true);
        unsaved.visibleProperty().bind(viewModel.editedProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        savedOnLeaving(viewModel);
    }

    /**
     * Focus leaving the form (a click in the text or the list, another tab, Tab past the last field) saves what was
     * typed, all fields at once as one undoable step: a title typed without Enter was kept only until the computer
     * went down, and nothing said it was not saved.
     */
    private void savedOnLeaving(MetadataViewModel viewModel) {
        ChangeListener<Node> leaving = (o, was, now) -> {
            if (was != null && inside(was) && (now == null || !inside(now))) {
                viewModel.flush();
            }
        };
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(leaving);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(leaving);
            }
        });
    }

    private boolean inside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** The line saying the form holds edits not saved yet, placed by the window beside Save details. */
    public Label unsavedMark() {
        return unsaved;
    }

    /**
     * Save details, placed by the window outside the fields' scrolling: at 800×560 the form scrolled and the button
     * went out of sight below the attributes.
     */
    public Button saveButton() {
        return save;
    }

    private static TextField text(StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private void field(String name, Control control) {
        Label label = new Label(name);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        add(label, 0, row);
        add(control, 1, row++);
    }

    /** A scenario as the choice list shows it: the empty choice named, since choosing it clears the scenario. */
    private static final class ScenarioCell extends javafx.scene.control.ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isEmpty() ? NO_SCENARIO : item);
        }
    }
}
