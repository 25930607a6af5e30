package org.parallax.ui.memos;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.MemoRow;
import org.parallax.model.Coder;
import org.parallax.model.MemoKind;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.MemoFilter;

/**
 * The Memos view: every memo of the project, filtered by kind, author and document and searched by text (the
 * query language of the Search tab, inside memos); reloaded in the background when memos or what they are about
 * change.
 */
public final class MemosViewModel {
    private final ProjectContext context;
    private final ObservableList<MemoRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private final ObjectProperty<MemoKind> kind = new SimpleObjectProperty<>();
    private final StringProperty author = new SimpleStringProperty();
    private final ObjectProperty<Long> documentId = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final Runnable reload;
    private Consumer<MemoRow> opener = row -> {
    };

    public MemosViewModel(ProjectContext context) {
        this.context = context;
        this.reload = context.coalesced(wb -> new Loaded(wb.memos().rows(filter()),
                wb.coders().stream().map(Coder::name).toList()), this::apply);
        context.workbenchProperty().addListener((o, was, now) -> refresh());
        // Every change, a switch of coder too: in blind mode it changes whose passages' memos may be shown.
        context.onEvent(event -> refresh());
        kind.addListener((o, was, now) -> refresh());
        author.addListener((o, was, now) -> refresh());
        documentId.addListener((o, was, now) -> refresh());
    }

    /** Reloads the list; the view calls it when the search field is submitted. */
    public void refresh() {
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

    private void apply(Loaded loaded) {
        rows.setAll(loaded.rows());
        String selected = author.get();
        authors.setAll(loaded.authors());
        if (selected != null && !authors.contains(selected)) {
            authors.add(selected);
        }
        summary.set(loaded.rows().size() == 1 ? "1 memo" : loaded.rows().size() + " memos");
    }

    /** Writes the memos the filters keep, as listed, to CSV (JSON for a .json file) in the background. */
    public void export(Path out, Runnable done) {
        MemoFilter shown = filter();
        context.act(wb -> {
            wb.memos().export(shown, out, true);
            return out;
        }, path -> done.run());
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

    private record Loaded(List<MemoRow> rows, List<String> authors) {
    }
}
