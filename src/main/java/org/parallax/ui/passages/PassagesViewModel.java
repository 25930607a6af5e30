package org.parallax.ui.passages;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Segment;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.VisiblePassages;
import org.parallax.workbench.Workbench;

/** The passages panel: passages of the current document or of the selected code, memos editable. */
public final class PassagesViewModel {
    private final ProjectContext context;
    private final ObservableList<PassageRow> rows = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("No document open");
    private Source source;
    private Consumer<PassageRow> opener = row -> {
    };

    public PassagesViewModel(ProjectContext context) {
        this.context = context;
        context.workbenchProperty().addListener((o, was, now) -> {
            source = null;
            rows.clear();
            heading.set("No document open");
        });
        context.onEvent(e -> refresh());
    }

    public void showDocument(long documentId, String title) {
        source = new Source(true, documentId, "Passages in " + title);
        refresh();
    }

    public void showCode(long codeId, String name) {
        source = new Source(false, codeId, "Passages coded " + name);
        refresh();
    }

    /** The passages' quotes, whole and with their sources, read in the background (see {@link PassageQuotes}). */
    public void quote(List<PassageRow> chosen, Consumer<String> quotes) {
        PassageQuotes.copy(context, chosen, quotes);
    }

    public void refresh() {
        Source current = source;
        if (current == null) {
            return;
        }
        context.read(wb -> PassageRows.load(wb, segments(wb, current)), loaded -> {
            if (source == current) {
                heading.set(current.heading() + " (" + loaded.size() + ")");
                rows.setAll(loaded);
            }
        });
    }

    private static List<Segment> segments(Workbench wb, Source source) {
        return VisiblePassages.of(wb).stream()
                .filter(s -> source.document() ? s.documentId() == source.id() : s.codeId() == source.id())
                .sorted(Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start))
                .toList();
    }

    public void editMemo(PassageRow row, String memo) {
        context.write(wb -> wb.coding().setMemo(row.id(), memo));
    }

    /** Removes the passage (Ctrl+Z brings it back), as the text's passage menu does. */
    public void remove(PassageRow row) {
        context.write(wb -> wb.coding().uncode(row.id()));
    }

    /** Shows a passage in the document view (wired by the main window). */
    public void open(PassageRow row) {
        opener.accept(row);
    }

    public void setOpener(Consumer<PassageRow> opener) {
        this.opener = opener;
    }

    public ObservableList<PassageRow> rows() {
        return rows;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    private record Source(boolean document, long id, String heading) {
    }
}
