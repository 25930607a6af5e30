package org.parallax.ui.lens;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The frame guide panel under the codebook tree: tenets or definition, rules, and anchors that open their passage. */
public final class GuideView extends ScrollPane {
    private final GuideViewModel viewModel;
    private final VBox content = new VBox(4);

    public GuideView(GuideViewModel viewModel) {
        this.viewModel = viewModel;
        setId("frameGuide");
        setFitToWidth(true);
        content.getStyleClass().add("frame-guide");
        setContent(content);
        viewModel.guideProperty().addListener((o, was, now) -> show(now));
        show(viewModel.guideProperty().get());
    }

    private void show(Guide guide) {
        content.getChildren().clear();
        Label heading = wrapped(guide.heading());
        heading.getStyleClass().add("pane-title");
        content.getChildren().add(heading);
        section(null, guide.description());
        section("Use when", guide.inclusion());
        section("Do not use when", guide.exclusion());
        if (!guide.anchors().isEmpty()) {
            content.getChildren().add(bold("Anchor examples"));
        }
        for (AnchorRow anchor : guide.anchors()) {
            Hyperlink link = new Hyperlink(anchor.label());
            link.setWrapText(true);
            link.setOnAction(e -> viewModel.open(anchor));
            content.getChildren().add(link);
        }
    }

    private void section(String title, String text) {
        if (text.isBlank()) {
            return;
        }
        if (title != null) {
            content.getChildren().add(bold(title));
        }
        content.getChildren().add(wrapped(text));
    }

    private static Label bold(String text) {
        Label label = wrapped(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
