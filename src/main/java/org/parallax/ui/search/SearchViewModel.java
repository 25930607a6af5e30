package org.parallax.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Counted;
import org.parallax.model.SavedSearch;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.SearchHit;
import org.parallax.workbench.NothingMatched;
import org.parallax.workbench.SearchHits;

/** The search tab's state: the query, its KWIC lines and totals, saved searches and the index's readiness. */
public final class SearchViewModel {
    /** Lines shown per query; totals stay exact beyond it. */
    static final int MAX_LINES = 1000;

    private final ProjectContext context;
    private final StringProperty query = new SimpleStringProperty("");
    /** The project the query in the box was typed in. */
    private Path queriedIn;
    private final BooleanProperty exactForms = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty indexStatus = new SimpleStringProperty("");
    private final ObservableList<SearchHit> rows = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> selection = FXCollections.observableArrayList();
    private final ObservableList<SavedSearch> saved = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> current = new SimpleObjectProperty<>();
    private final ObjectProperty<SearchHits> result = new SimpleObjectProperty<>();
    private boolean shownExact;
    /** Shows the background indexing's progress; delivered on the indexing thread, applied on the UI thread. */
    private final Consumer<org.parallax.workbench.IndexProgress> indexing;
    private Consumer<SearchHit> opener = hit -> {
    };

    public SearchViewModel(ProjectContext context) {
        this.context = context;
        this.indexing = progress -> context.tasks().onUi(() -> indexStatus.set(progress.describe()));
        context.workbenchProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.search().removeIndexProgressListener(indexing);
            }
            // Another project's query goes with its lines: kept, it stood over "Type a query and press Enter" in a
            // new project. The same project opened again keeps it.
            if (now != null && !now.file().equals(queriedIn)) {
                query.set("");
            }
            queriedIn = now == null ? queriedIn : now.file();
            rows.clear();
            selection.clear();
            saved.clear();
            result.set(null);
            current.set(null);
            error.set("");
            totals.set("");
            if (now != null) {
                now.search().onIndexProgress(indexing);
                prepareIndex(now);
                reloadSaved();
            } else {
                indexStatus.set("");
            }
        });
    }

    /**
     * Checks the index in the background so the first search is fast; a damaged one is rebuilt, documents missing
     * from it are indexed in the background ("Indexing… n%").
     */
    private void prepareIndex(org.parallax.workbench.Workbench wb) {
        indexStatus.set("Checking the search index…");
        context.tasks().runWithProgress(progress -> wb.search().ensureIndex(progress),
                (fraction, message) -> indexStatus.set(message == null ? "" : message + " "
                        + Math.round(fraction * 100) + "%"),
                rebuilt -> indexStatus.set(rebuilt ? wb.search().indexProgress().describeRebuilt()
                        : wb.search().indexProgress().describe()),
                failure -> {
                    indexStatus.set("The search index could not be prepared");
                    context.fail(failure);
                });
    }

    private void reloadSaved() {
        context.read(wb -> wb.search().saved(), saved::setAll);
    }

    /** Runs the query in the box; a malformed query shows its message instead of lines. */
    public void run() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            return;
        }
        boolean exact = exactForms.get();
        context.read(wb -> wb.search().kwic(text, exact, MAX_LINES), hits -> {
            shownExact = exact;
            show(hits);
        });
    }

    private void show(SearchHits hits) {
        result.set(hits);
        selection.clear();
        current.set(null);
        if (hits.malformed()) {
            error.set(hits.queryError());
            totals.set("");
            rows.clear();
            return;
        }
        error.set("");
        rows.setAll(hits.hits());
        totals.set(totalsText(hits, shownExact));
    }

    static String totalsText(SearchHits hits, boolean exact) {
        String text;
        if (NothingMatched.answer(hits.totalHits(), hits.documents())) {
            text = NothingMatched.line(hits.query(), exact);
        } else {
            text = Counted.of(hits.totalHits(), "hit") + " in " + Counted.of(hits.documents(), "document");
            text = hits.truncated() ? text + " (first " + hits.hits().size() + " shown)" : text;
        }
        if (hits.partial()) {
            text += " — indexing is still under way: only " + hits.indexing().indexed() + " of "
                    + hits.indexing().total() + " documents waiting to be indexed were searched; search again when it is done";
        }
        for (String note : hits.notes()) {
            text += " — " + note;
        }
        return text;
    }

    /** Runs a saved search: its query goes into the box. */
    public void runSaved(SavedSearch search) {
        if (search != null) {
            query.set(search.query());
            run();
        }
    }

    /** Stores the query in the box under a name. */
    public void save(String name) {
        String text = query.get() == null ? "" : query.get().strip();
        if (name == null || name.isBlank() || text.isEmpty()) {
            return;
        }
        context.act(wb -> {
            wb.search().save(name.strip(), text);
            return wb.search().saved();
        }, saved::setAll);
    }

    /**
     * Deletes a saved search once {@code asked} says yes. One this session may not delete (another member saved it)
     * goes to {@code refused} in one line before anything is asked; the deleting transaction checks again.
     */
    public void deleteSaved(SavedSearch search, Predicate<SavedSearch> asked, Consumer<String> refused) {
        if (search == null) {
            return;
        }
        context.read(wb -> wb.search().deleteRefusal(search), refusal -> {
            if (refusal.isPresent()) {
                refused.accept(refusal.get());
            } else if (asked.test(search)) {
                context.act(wb -> {
                    wb.search().deleteSaved(search.id());
                    return wb.search().saved();
                }, saved::setAll);
            }
        });
    }

    /** Opens the document at a hit, with the hit selected. */
    public void open(SearchHit hit) {
        if (hit != null) {
            current.set(hit);
            opener.accept(hit);
        }
    }

    /** Opens the hit after the current one (F3), in the order the lines are shown. */
    public void next() {
        step(1);
    }

    /** Opens the hit before the current one (Shift+F3). */
    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        if (rows.isEmpty()) {
            return;
        }
        int at = current.get() == null ? -1 : rows.indexOf(current.get());
        int next = at < 0 ? (direction > 0 ? 0 : rows.size() - 1) : Math.floorMod(at + direction, rows.size());
        open(rows.get(next));
    }

    /** The listed hits that lie in one document, to mark them all when one of them is opened. */
    public List<SearchHit> hitsIn(long documentId) {
        return rows.stream().filter(h -> h.documentId() == documentId).toList();
    }

    public void setOpener(Consumer<SearchHit> opener) {
        this.opener = opener;
    }

    /** The query the shown lines answer, or null before the first search or after a malformed one. */
    String lastQuery() {
        SearchHits hits = result.get();
        return hits == null || hits.malformed() ? null : hits.query();
    }

    List<SearchHit> selectedHits() {
        return List.copyOf(selection);
    }

    /** True if the shown lines were found with exact forms only, which a fresh stemmed search would not repeat. */
    boolean shownExact() {
        return shownExact;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty exactFormsProperty() {
        return exactForms;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty indexStatusProperty() {
        return indexStatus;
    }

    public ObservableList<SearchHit> rows() {
        return rows;
    }

    /** The lines the user has selected, kept in step by the view; auto-code can use just these. */
    public ObservableList<SearchHit> selection() {
        return selection;
    }

    public ObservableList<SavedSearch> saved() {
        return saved;
    }

    public ObjectProperty<SearchHit> currentProperty() {
        return current;
    }

    public ObjectProperty<SearchHits> resultProperty() {
        return result;
    }
}
