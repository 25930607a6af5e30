package org.parallax.ui.lens;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.ui.coding.DocumentViewModel;
import org.parallax.ui.coding.FrameLens;
import org.parallax.ui.coding.OpenDocument;
import org.parallax.model.Coder;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;

/**
 * The split lens view: the open document twice, frame A on the left and frame B on the right with the
 * passages coded under both frames marked, or in coder mode coder A and coder B with their disagreements
 * marked. Loads only while the view is shown.
 */
public final class SplitLensViewModel {
    private final ProjectContext context;
    private final DocumentViewModel document;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ObservableList<FrameLens> frames = FXCollections.observableArrayList();
    private final ObjectProperty<FrameLens> leftLens = new SimpleObjectProperty<>();
    private final ObjectProperty<FrameLens> rightLens = new SimpleObjectProperty<>();
    private final BooleanProperty byCoder = new SimpleBooleanProperty(false);
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObjectProperty<String> leftCoder = new SimpleObjectProperty<>();
    private final ObjectProperty<String> rightCoder = new SimpleObjectProperty<>();
    private final ObjectProperty<LensSide> left = new SimpleObjectProperty<>();
    private final ObjectProperty<LensSide> right = new SimpleObjectProperty<>();
    private DocumentPassages loaded;

    public SplitLensViewModel(ProjectContext context, DocumentViewModel document) {
        this.context = context;
        this.document = document;
        shown.addListener((o, was, now) -> refresh());
        document.documentProperty().addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                refresh();
            }
        });
        context.onEvent(e -> {
            if (e != ProjectEvent.DOCUMENTS) {
                refresh();
            }
        });
        leftLens.addListener((o, was, now) -> rebuild());
        rightLens.addListener((o, was, now) -> rebuild());
        byCoder.addListener((o, was, now) -> rebuild());
        leftCoder.addListener((o, was, now) -> rebuild());
        rightCoder.addListener((o, was, now) -> rebuild());
    }

    /** Re-reads the open document's passages and frames, if the split view is shown. */
    public void refresh() {
        OpenDocument open = document.documentProperty().get();
        if (!shown.get() || open == null || !context.isOpen()) {
            loaded = null;
            left.set(null);
            right.set(null);
            return;
        }
        long id = open.id();
        context.read(wb -> DocumentPassages.read(wb, id), this::apply);
    }

    private void apply(DocumentPassages doc) {
        loaded = doc;
        List<FrameLens> offered = doc.codebook().frames().stream().map(FrameLens::of).toList();
        if (!offered.equals(frames)) {
            frames.setAll(offered);
        }
        // Picking defaults fires rebuild() through the listeners; rebuild once more in case nothing changed.
        if (!offered.contains(leftLens.get())) {
            leftLens.set(offered.isEmpty() ? FrameLens.ALL : offered.get(0));
        }
        if (!offered.contains(rightLens.get())) {
            rightLens.set(offered.size() < 2 ? FrameLens.ALL : offered.get(1));
        }
        List<String> names = doc.coders().stream().map(Coder::name).toList();
        if (!names.equals(coders)) {
            coders.setAll(names);
        }
        if (!names.contains(leftCoder.get())) {
            leftCoder.set(names.isEmpty() ? null : names.get(0));
        }
        if (!names.contains(rightCoder.get())) {
            rightCoder.set(names.size() < 2 ? leftCoder.get() : names.get(1));
        }
        rebuild();
    }

    private void rebuild() {
        if (loaded == null) {
            return;
        }
        LensSide[] sides;
        if (byCoder.get()) {
            if (leftCoder.get() == null || rightCoder.get() == null) {
                return;
            }
            sides = SplitLens.coderSides(loaded, leftCoder.get(), rightCoder.get());
        } else {
            if (leftLens.get() == null || rightLens.get() == null) {
                return;
            }
            sides = SplitLens.sides(loaded, leftLens.get(), rightLens.get());
        }
        left.set(sides[0]);
        right.set(sides[1]);
    }

    /** Whether the split view is on screen; turning it on loads the open document. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The frames either side can show. */
    public ObservableList<FrameLens> frames() {
        return frames;
    }

    /** Coder mode: each side shows one coder's passages instead of one frame's. */
    public BooleanProperty byCoderProperty() {
        return byCoder;
    }

    /** The project's coders, the choices of either side in coder mode. */
    public ObservableList<String> coders() {
        return coders;
    }

    public ObjectProperty<String> leftCoderProperty() {
        return leftCoder;
    }

    public ObjectProperty<String> rightCoderProperty() {
        return rightCoder;
    }

    public ObjectProperty<FrameLens> leftLensProperty() {
        return leftLens;
    }

    public ObjectProperty<FrameLens> rightLensProperty() {
        return rightLens;
    }

    public ReadOnlyObjectProperty<LensSide> leftProperty() {
        return left;
    }

    public ReadOnlyObjectProperty<LensSide> rightProperty() {
        return right;
    }
}
