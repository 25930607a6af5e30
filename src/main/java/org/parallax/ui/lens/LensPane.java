package org.parallax.ui.lens;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.parallax.ui.coding.FrameLens;
import org.parallax.ui.coding.PassageMenu;
import org.parallax.ui.common.ChoiceBinding;

/**
 * The document view with its lens header: a lens choice with the document's per-frame counts, and a toggle
 * between the single document view and the split lens view.
 */
public final class LensPane extends BorderPane {

    /** {@code menu} is the text's context menu, which the split view's two texts open too. */
    public LensPane(LensViewModel lens, SplitLensViewModel split, Node documentView, PassageMenu menu) {
        ComboBox<FrameLens> choice = ChoiceBinding.comboBox(lens.choices(), lens.lensProperty());
        choice.setId("lensChoice");
        Label name = new Label("Lens:");
        name.setLabelFor(choice);
        Label counts = new Label();
        counts.setId("lensCounts");
        lens.counts().addListener((ListChangeListener<FrameCount>) c -> counts.setText(lens.countsText()));
        ToggleButton splitToggle = new ToggleButton("Split lens view");
        splitToggle.setId("splitLensToggle");
        splitToggle.selectedProperty().bindBidirectional(split.shownProperty());
        // In a narrow window (1024 px) with a third frame the counts give way, whole in their tooltip: the label and
        // the button were cut to "…" and "Split len…" while the counts kept their width.
        Tooltip countsWhole = new Tooltip();
        countsWhole.textProperty().bind(counts.textProperty());
        counts.setTooltip(countsWhole);
        counts.setMinWidth(0);
        name.setMinWidth(Region.USE_PREF_SIZE);
        choice.setMinWidth(Region.USE_PREF_SIZE);
        splitToggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(6, name, choice, counts, splitToggle);
        header.getStyleClass().add("lens-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(2, 4, 2, 4));
        // The split view (two more text areas) is built the first time it is asked for, not with the window:
        // most sessions never open it, and the window's start waits for everything built before it shows.
        java.util.function.Supplier<SplitLensView> splitView = new java.util.function.Supplier<>() {
            private SplitLensView built;

            @Override
            public SplitLensView get() {
                if (built == null) {
                    built = new SplitLensView(split, menu);
                }
                return built;
            }
        };
        InvalidationListener swap = o -> {
            boolean on = split.shownProperty().get();
            setCenter(on ? splitView.get() : documentView);
            choice.setDisable(on);
        };
        split.shownProperty().addListener(swap);
        swap.invalidated(null);
        setTop(header);
    }

    /** The split lens view's two texts while it is shown, left first; none while the single text is. */
    public List<Node> splitTexts() {
        return getCenter() instanceof SplitLensView view ? List.of(view.leftArea(), view.rightArea()) : List.of();
    }
}
