package org.parallax.ui.lens;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Codebook;
import org.parallax.model.Segment;
import org.parallax.ui.coding.DocumentViewModel;
import org.parallax.ui.coding.FrameLens;
import org.parallax.ui.coding.OpenDocument;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;

/** The lens choice over the document view (all frames or one frame) and the open document's per-frame counts. */
public final class LensViewModel {
    private final ProjectContext context;
    private final DocumentViewModel document;
    private final ObservableList<FrameLens> choices = FXCollections.observableArrayList(FrameLens.ALL);
    private final ObservableList<FrameCount> counts = FXCollections.observableArrayList();

    public LensViewModel(ProjectContext context, DocumentViewModel document) {
        this.context = context;
        this.document = document;
        document.documentProperty().addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                // The last document's counts must not sit over this one's text while its own are read (behind a
                // first indexing of the sample, seconds).
                counts.clear();
                refresh();
            }
        });
        context.onEvent(e -> {
            if (e != ProjectEvent.DOCUMENTS) {
                refresh();
            }
        });
        context.workbenchProperty().addListener((o, was, now) -> {
            document.lensProperty().set(FrameLens.ALL);
            refresh();
        });
    }

    /** Re-reads the frames offered and the counts of the open document in the background. */
    public void refresh() {
        OpenDocument open = document.documentProperty().get();
        if (!context.isOpen()) {
            choices.setAll(FrameLens.ALL);
            counts.clear();
            return;
        }
        Long id = open == null ? null : open.id();
        // The open document may have been removed meanwhile: then there are no counts to show.
        context.read(wb -> id == null || wb.documents().get(id).isEmpty()
                ? new Loaded(null, wb.codebook().current(), List.of())
                : new Loaded(id, wb.codebook().current(), DocumentPassages.read(wb, id).passages()), this::apply);
    }

    /**
     * Offers the frames and shows the counts, only when they are the open document's: with no document open the
     * header said "Realism 0 · Constructivism 0" beside a coded text.
     */
    private void apply(Loaded loaded) {
        List<FrameLens> offered = FrameLens.choices(loaded.book());
        if (!offered.equals(choices)) {
            FrameLens chosen = document.lensProperty().get();
            choices.setAll(offered);
            if (!offered.contains(chosen)) {
                document.lensProperty().set(FrameLens.ALL);
            }
        }
        OpenDocument open = document.documentProperty().get();
        if (loaded.documentId() == null || open == null) {
            counts.clear();
        } else if (open.id() == loaded.documentId()) {
            counts.setAll(countsOf(loaded.passages(), loaded.book()));
        }
    }

    /** The number of passages per frame, every frame listed (zeros too), in frame order. */
    static List<FrameCount> countsOf(List<Segment> passages, Codebook book) {
        return book.frames().stream().map(f -> new FrameCount(f.name(),
                FrameLens.of(f).filter(passages, book).size())).toList();
    }

    public ObservableList<FrameLens> choices() {
        return choices;
    }

    /** The chosen lens; the document view filters its highlights by it. */
    public ObjectProperty<FrameLens> lensProperty() {
        return document.lensProperty();
    }

    public ObservableList<FrameCount> counts() {
        return counts;
    }

    /** The counts as one line for the header, e.g. "Realism 12 · Constructivism 7". */
    public String countsText() {
        return String.join(" · ", counts.stream().map(FrameCount::toString).toList());
    }

    private record Loaded(Long documentId, Codebook book, List<Segment> passages) {
    }
}
