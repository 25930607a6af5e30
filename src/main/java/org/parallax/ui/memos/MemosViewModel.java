package org.parallax.ui.memos;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Coder;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoRow;
import org.parallax.model.QuerySyntaxException;
import org.parallax.ui.common.ExportFlow;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.RefreshWhileShown;
import org.parallax.workbench.MemoFilter;
import org.parallax.workbench.Workbench;

/**
 * The Memos view: every memo of the project, filtered by kind, author and document and searched by text (the
 * query language of the Search tab, inside memos); reloaded in the background when memos or what they are about
 * change.
 */
public final class MemosViewModel {
    private final RefreshWhileShown shown = new RefreshWhileShown(this::reread);
    private final ProjectContext context;
    private final ExportFlow exports;
    private final ObservableList<MemoRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private final ObjectProperty<MemoKind> kind = new SimpleObjectProperty<>();
    private final StringProperty author = new SimpleStringProperty();
    private final ObjectProperty<Long> documentId = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty queryError = new SimpleStringProperty("");
    private final Runnable reload;
    private Consumer<MemoRow> opener = row -> {
    };

    public MemosViewModel(ProjectContext context, ExportFlow exports) {
        this.context = context;
        this.exports = exports;
        this.reload = context.coalesced(MemosViewModel.this::load, this::apply);
        context.workbenchProperty().addListener((o, was, now) -> refresh());
        // Every change, a switch of coder too: in blind mode it changes whose passages' memos may be shown.
        context.onEvent(event -> refresh());
        kind.addListener((o, was, now) -> refresh());
        author.addListener((o, was, now) -> refresh());
        documentId.addListener((o, was, now) -> refresh());
    }

    /** Recomputes in the background now if the tab is in front, else when it comes to the front. */
    public void refresh() {
        shown.request();
    }

    /** Whether the view's tab is in front: behind others it does not read the project on every change. */
    public BooleanProperty shownProperty() {
        return shown.shownProperty();
    }

    private void reread() {
        if (!context.isOpen()) {
            rows.clear();
            summary.set("");
            return;
        }
        reload.run();
    }

    /** Whether a search or a filter narrows the list, so an empty list does not mean the project has no memos. */
    public boolean isFiltered() {
        MemoFilter f = filter();
        return f.query() != null || f.kind() != null || f.author() != null || f.documentId() != null;
    }

    private MemoFilter filter() {
        String q = query.get() == null || query.get().isBlank() ? null : query.get().strip();
        return new MemoFilter(kind.get(), author.get(), documentId.get(), q);
    }

    /**
     * The memos the filters keep. A search that cannot be read lists none and says why under the bar, as the Search
     * tab does: an error dialog over the window left every memo listed under the query, as if all matched it. Any
     * other failure (the project unreadable) is not the query's fault and goes to the window's error dialog.
     */
    private Loaded load(Workbench wb) {
        List<String> coders = wb.coders().stream().map(Coder::name).toList();
        MemoFilter shown = filter();
        try {
            return new Loaded(wb.memos().rows(shown), coders, "");
        } catch (QuerySyntaxException e) {
            return new Loaded(List.of(), coders, e.getMessage());
        }
    }

    private void apply(Loaded loaded) {
        queryError.set(loaded.queryError());
        rows.setAll(loaded.rows());
        String selected = author.get();
        authors.setAll(loaded.authors());
        if (selected != null && !authors.contains(selected)) {
            authors.add(selected);
        }
        summary.set(loaded.rows().size() == 1 ? "1 memo" : loaded.rows().size() + " memos");
    }

    /**
     * Writes the memos the filters keep, as listed, to CSV (JSON for a .json file) through the one export flow: the
     * status bar says where they went.
     */
    public void export(Path out) {
        MemoFilter shown = filter();
        exports.write("Memos", out, wb -> {
            wb.memos().export(shown, out, true);
            return List.of();
        });
    }

    public void open(MemoRow row) {
        opener.accept(row);
    }

    /** What double-clicking a memo does: open its document, passage or code. */
    public void setOpener(Consumer<MemoRow> opener) {
        this.opener = opener;
    }

    public ObservableList<MemoRow> rows() {
        return rows;
    }

    public ObservableList<String> authors() {
        return authors;
    }

    public ObjectProperty<MemoKind> kindProperty() {
        return kind;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ObjectProperty<Long> documentIdProperty() {
        return documentId;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Why the search in the box cannot be read; empty when it can (or there is none). */
    public ReadOnlyStringProperty queryErrorProperty() {
        return queryError;
    }

    private record Loaded(List<MemoRow> rows, List<String> authors, String queryError) {
    }
}
