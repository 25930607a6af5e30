package org.parallax.ui.documents;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.parallax.model.Counted;
import org.parallax.model.Segment;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.LeadsOnly;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/** The documents list: rows with passage counts, a filter, and the selected document. */
public final class DocumentsViewModel {
    /** How many documents a removal's confirmation names before it counts the rest. */
    private static final int NAMED = 5;

    private final ProjectContext context;
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DocumentRow> filtered = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<DocumentRow> selected = new SimpleObjectProperty<>();
    /**
     * The rows selected in the list: the open document alone, or several whose details are set together or that
     * are removed together. A reload keeps them (the list reloads after every change, a save of their details too).
     */
    private final ObservableList<DocumentRow> chosen = FXCollections.observableArrayList();
    private final ObservableList<DocumentRow> chosenView = FXCollections.unmodifiableObservableList(chosen);
    /** True while a reload replaces the rows: the table's selection then passes through empty and partial states. */
    private boolean reloading;

    /** False from the moment a project opens until its documents are first listed: an empty list means "not yet". */
    private final BooleanProperty listed = new SimpleBooleanProperty(false);
    /**
     * What the list says while it shows no row. A filter matching none of the documents once read "No documents
     * yet: File → Import…", and a researcher with a typo in the filter took the documents for lost.
     */
    private final StringBinding placeholder = Bindings.createStringBinding(this::placeholder, listed, filter, rows);
    private final Runnable reload;
    /** A document to select as soon as a reload lists it (one just imported, the one after those removed). */
    private Long pending;
    /** The documents a reload found gone (removed, here or by a redo): listed again, an undo brought them back. */
    private final Set<Long> gone = new HashSet<>();
    /** The document open when it went: brought back, it is opened again. */
    private Long openWhenGone;
    /** The rows in the order the list shows them (filtered, sorted by a column header); the view tells. */
    private Supplier<List<DocumentRow>> shownOrder = () -> List.copyOf(filtered);

    public DocumentsViewModel(ProjectContext context) {
        this.context = context;
        this.reload = context.coalesced(DocumentsViewModel::load, this::apply);
        filter.addListener((o, was, now) -> filtered.setPredicate(r -> r.matches(now)));
        context.workbenchProperty().addListener((o, was, now) -> {
            pending = null;
            gone.clear();
            openWhenGone = null;
            selected.set(null);
            chosen.clear();
            rows.clear();
            listed.set(false);
            refresh();
        });
        context.onEvent(event -> {
            if (event != ProjectEvent.CODEBOOK) {
                refresh();
            }
        });
    }

    public void refresh() {
        reload.run();
    }

    private static List<DocumentRow> load(Workbench wb) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Segment s : wb.analysis().countedPassages()) {
            counts.merge(s.documentId(), 1, Integer::sum);
        }
        return wb.documents().list().stream().map(d -> DocumentRow.of(d, counts.getOrDefault(d.id(), 0))).toList();
    }

    private void apply(List<DocumentRow> loaded) {
        Long selectedId = selected.get() == null ? null : selected.get().id();
        Set<Long> chosenIds = chosen.stream().map(DocumentRow::id).collect(Collectors.toSet());
        boolean firstLoad = rows.isEmpty();
        List<DocumentRow> shownBefore = shownOrder.get();
        List<DocumentRow> back = comeBack(loaded, selectedId);
        Optional<DocumentRow> wanted;
        reloading = true;
        try {
            rows.setAll(loaded);
            listed.set(true);
            wanted = pending == null ? Optional.empty() : find(pending);
            if (wanted.isPresent()) {
                pending = null;
                selected.set(wanted.get());
            } else if (!back.isEmpty()) {
                // Undo brought back documents removed: the researcher sees them selected and open again, where the
                // list stayed on the document it had moved on to.
                wanted = Optional.of(back.get(0));
                selected.set(back.get(0));
            } else if (selectedId != null) {
                // The open document gone by other means than a removal here (a redo of one): on to the next, as then.
                selected.set(find(selectedId).or(() -> successor(shownBefore, gone).flatMap(r -> find(r.id())))
                        .orElse(null));
            } else if (firstLoad && !rows.isEmpty()) {
                pending = null;
                // A freshly opened project shows its first document rather than an empty page.
                selected.set(rows.get(0));
            }
        } finally {
            reloading = false;
        }
        List<DocumentRow> again = rows.stream().filter(r -> chosenIds.contains(r.id())).toList();
        if (back.size() > 1) {
            chosen.setAll(back);
        } else if (wanted.isEmpty() && again.size() > 1) {
            chosen.setAll(again);
        } else {
            chosen.setAll(selected.get() == null ? List.of() : List.of(selected.get()));
        }
    }

    /**
     * Notes the documents this reload no longer lists, and returns those it lists again after they went (an undo of
     * their removal), the one open when they went first.
     */
    private List<DocumentRow> comeBack(List<DocumentRow> loaded, Long selectedId) {
        Set<Long> now = loaded.stream().map(DocumentRow::id).collect(Collectors.toSet());
        List<Long> went = rows.stream().map(DocumentRow::id).filter(id -> !now.contains(id)).toList();
        if (!went.isEmpty()) {
            gone.addAll(went);
            openWhenGone = went.contains(selectedId) ? selectedId : went.get(0);
        }
        Set<Long> before = rows.stream().map(DocumentRow::id).collect(Collectors.toSet());
        Comparator<DocumentRow> openFirst = Comparator.comparing(r -> openWhenGone == null || r.id() != openWhenGone);
        List<DocumentRow> back = loaded.stream().filter(r -> gone.contains(r.id()) && !before.contains(r.id()))
                .sorted(openFirst).toList();
        back.forEach(r -> gone.remove(r.id()));
        return back;
    }

    /** The view reports the rows selected in its table; ignored while a reload passes through partial selections. */
    public void choose(List<DocumentRow> selection) {
        if (!reloading) {
            chosen.setAll(selection);
        }
    }

    /** The rows selected in the list (read-only): one, or several to set details of or remove together. */
    public ObservableList<DocumentRow> chosenRows() {
        return chosenView;
    }

    /**
     * Removes the selected documents, with their passages and memos, after the researcher confirms: the dialog
     * names them and what goes with them, and says how to get them back (Undo; a backup is taken first too).
     */
    public void removeChosen() {
        List<DocumentRow> doomed = chosen.isEmpty() && selected.get() != null ? List.of(selected.get())
                : List.copyOf(chosen);
        if (doomed.isEmpty() || !context.allows(LeadsOnly.DOCUMENTS, "Remove document")) {
            return;
        }
        boolean one = doomed.size() == 1;
        int passages = doomed.stream().mapToInt(DocumentRow::passages).sum();
        String titles = doomed.stream().limit(NAMED).map(r -> "'" + r.title() + "'").collect(Collectors.joining(", "))
                + (doomed.size() > NAMED ? " and " + (doomed.size() - NAMED) + " more" : "");
        String what = one ? titles : Counted.of(doomed.size(), "document") + " (" + titles + ")";
        String with = passages == 0 ? (one ? "its memos" : "their memos")
                : (one ? "its " : "their ") + Counted.of(passages, "coded passage") + " and memos";
        String way = "Undo (Ctrl+Z) brings " + (one ? "it" : "them") + " back"
                + (Workbench.isTeamProject(context.workbench().location()) ? "."
                        : "; a backup of the project is taken first too, which File → Restore from backup… puts back.");
        if (context.dialogs().confirm(one ? "Remove document" : "Remove documents",
                "Remove " + what + " from the project, with " + with + "? " + way)) {
            List<Long> ids = doomed.stream().map(DocumentRow::id).toList();
            // As file managers do: the list goes on at the document after those removed (before them at the end),
            // and the reading view opens it.
            Long next = successor(shownOrder.get(), Set.copyOf(ids)).map(DocumentRow::id).orElse(null);
            pending = next;
            context.write(wb -> wb.documents().delete(ids), refused -> pending = null);
        }
    }

    /** The first row after the last of {@code gone} that stays, else the last before the first of them. */
    static Optional<DocumentRow> successor(List<DocumentRow> order, Set<Long> gone) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < order.size(); i++) {
            if (gone.contains(order.get(i).id())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        for (int i = last + 1; i < order.size(); i++) {
            if (!gone.contains(order.get(i).id())) {
                return Optional.of(order.get(i));
            }
        }
        for (int i = first - 1; i >= 0; i--) {
            if (!gone.contains(order.get(i).id())) {
                return Optional.of(order.get(i));
            }
        }
        return Optional.empty();
    }

    /** The view's order of the rows (sorted by its column headers), which a removal's successor follows. */
    public void showsRowsIn(Supplier<List<DocumentRow>> order) {
        shownOrder = order;
    }

    /** Whether the open project's documents have been listed since it opened. */
    public ReadOnlyBooleanProperty listedProperty() {
        return listed;
    }

    /** What the list says while it shows no row: listing, no documents yet, or that the filter matches none. */
    public StringBinding placeholderText() {
        return placeholder;
    }

    private String placeholder() {
        if (!listed.get()) {
            return "Listing the documents…";
        }
        String words = filter.get() == null ? "" : filter.get().strip();
        if (rows.isEmpty() || words.isEmpty()) {
            return "No documents yet: File → Import → Documents… or drop files or a folder here";
        }
        return rows.size() == 1
                ? "The one document does not match “" + words + "” (title, actor, type or date): clear the filter to list it"
                : "None of the " + rows.size() + " documents matches “" + words
                        + "” (title, actor, type or date): clear the filter to list them";
    }

    public Optional<DocumentRow> find(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    /** Selects the document with this id, if it is listed. */
    public void select(long id) {
        find(id).ifPresent(selected::set);
    }

    /** Selects the document with this id now if listed, else when the next reload lists it. */
    public void selectWhenListed(long id) {
        Optional<DocumentRow> row = find(id);
        if (row.isPresent()) {
            selected.set(row.get());
        } else {
            pending = id;
            refresh();
        }
    }

    public ObservableList<DocumentRow> rows() {
        return rows;
    }

    /** The rows that pass the filter, for the table (which wraps them in a sorted list). */
    public FilteredList<DocumentRow> filteredRows() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<DocumentRow> selectedProperty() {
        return selected;
    }
}
