package org.parallax.ui.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.parallax.model.Segment;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.VisiblePassages;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/** The documents list: rows with passage counts, a filter, and the selected document. */
public final class DocumentsViewModel {
    private final ProjectContext context;
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DocumentRow> filtered = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<DocumentRow> selected = new SimpleObjectProperty<>();

    /** False from the moment a project opens until its documents are first listed: an empty list means "not yet". */
    private final BooleanProperty listed = new SimpleBooleanProperty(false);
    private final Runnable reload;
    /** A document to select as soon as a reload lists it (one just imported). */
    private Long pending;

    public DocumentsViewModel(ProjectContext context) {
        this.context = context;
        this.reload = context.coalesced(DocumentsViewModel::load, this::apply);
        filter.addListener((o, was, now) -> filtered.setPredicate(r -> r.matches(now)));
        context.workbenchProperty().addListener((o, was, now) -> {
            pending = null;
            selected.set(null);
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
        for (Segment s : VisiblePassages.of(wb)) {
            counts.merge(s.documentId(), 1, Integer::sum);
        }
        return wb.documents().list().stream().map(d -> DocumentRow.of(d, counts.getOrDefault(d.id(), 0))).toList();
    }

    private void apply(List<DocumentRow> loaded) {
        Long selectedId = selected.get() == null ? null : selected.get().id();
        boolean firstLoad = rows.isEmpty();
        rows.setAll(loaded);
        listed.set(true);
        Optional<DocumentRow> wanted = pending == null ? Optional.empty() : find(pending);
        if (wanted.isPresent()) {
            pending = null;
            selected.set(wanted.get());
        } else if (selectedId != null) {
            selected.set(find(selectedId).orElse(null));
        } else if (firstLoad && !rows.isEmpty()) {
            pending = null;
            // A freshly opened project shows its first document rather than an empty page.
            selected.set(rows.get(0));
        }
    }

    /** Whether the open project's documents have been listed since it opened. */
    public ReadOnlyBooleanProperty listedProperty() {
        return listed;
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
