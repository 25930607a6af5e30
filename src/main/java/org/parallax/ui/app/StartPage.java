package org.parallax.ui.app;

import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the window shows with no project open: start a new project, open one, a recent one, or the sample. */
final class StartPage extends VBox {
    private final MainViewModel viewModel;
    private final VBox recent = new VBox(4);
    private final Button open;

    StartPage(MainViewModel viewModel, ProjectActions projects) {
        super(18);
        this.viewModel = viewModel;
        setId("startPage");
        getStyleClass().add("start-page");
        setAlignment(Pos.TOP_CENTER);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        Label title = new Label("Parallax");
        title.getStyleClass().add("start-title");
        Label lead = new Label("Theory-driven qualitative coding of documents. Start a project, or explore the "
                + "sample: 15 documents on NATO–Russia relations coded with the Table 1 codebook.");
        lead.setWrapText(true);
        lead.setMaxWidth(560);
        Button create = button("New project…", "startNew", projects::newProject);
        open = button("Open project…", "startOpen", projects::openProject);
        Button sample = button("Open the sample", "startSample", projects::openSample);
        sample.disableProperty().bind(viewModel.sampleUnavailableProperty().isNotEmpty());
        HBox buttons = new HBox(10, create, open, sample);
        buttons.setAlignment(Pos.CENTER);
        // a greyed-out button says nothing by itself: the reason is written beneath it
        Label sampleWhy = new Label();
        sampleWhy.setId("startSampleWhy");
        sampleWhy.setWrapText(true);
        sampleWhy.setMaxWidth(560);
        sampleWhy.textProperty().bind(viewModel.sampleUnavailableProperty());
        sampleWhy.visibleProperty().bind(viewModel.sampleUnavailableProperty().isNotEmpty());
        sampleWhy.managedProperty().bind(sampleWhy.visibleProperty());
        Label notice = new Label();
        notice.setId("startLastMissing");
        notice.getStyleClass().add("start-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(560);
        notice.textProperty().bind(viewModel.startPageNoticeProperty());
        notice.visibleProperty().bind(viewModel.startPageNoticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label recentTitle = new Label("Recent projects");
        recentTitle.getStyleClass().add("start-heading");
        recent.setId("startRecent");
        recent.setMaxWidth(560);
        viewModel.recentProjects().addListener((ListChangeListener<String>) c -> fillRecent());
        viewModel.recentGone().addListener((SetChangeListener<String>) c -> fillRecent());
        fillRecent();
        getChildren().addAll(title, notice, lead, buttons, sampleWhy, recentTitle, recent);
    }

    /**
     * Puts the keyboard on the most recent project, the one just closed when a project closes (Enter opens it again, Tab
     * goes on to the others); with none to open, on Open project….
     */
    void takeKeyboard() {
        recent.getChildren().stream().filter(link -> link instanceof Hyperlink && !link.isDisabled()).findFirst()
                .orElse(open).requestFocus();
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void fillRecent() {
        // The list read again after a close replaces the link that has the keyboard: the new one takes it.
        boolean hadKeyboard = recent.getChildren().stream().anyMatch(javafx.scene.Node::isFocused);
        recent.getChildren().clear();
        for (String path : viewModel.recentProjects()) {
            Hyperlink link = new Hyperlink(path);
            link.setMnemonicParsing(false);
            link.setDisable(viewModel.recentGone().contains(path));
            link.setOnAction(e -> viewModel.openRecent(path));
            recent.getChildren().add(link);
        }
        if (recent.getChildren().isEmpty()) {
            recent.getChildren().add(new Label("None yet."));
        }
        if (hadKeyboard) {
            takeKeyboard();
        }
    }
}
