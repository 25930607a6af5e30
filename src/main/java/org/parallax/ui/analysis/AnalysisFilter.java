package org.parallax.ui.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Coder;
import org.parallax.workbench.Workbench;

/**
 * The date range, coder and source actor the Analysis and Timeline tabs share; the "all" choices restrict nothing.
 */
public final class AnalysisFilter {
    /** The coder choice that restricts nothing. */
    public static final String ALL_CODERS = "All coders";
    /** The actor choice that restricts nothing. */
    public static final String ALL_ACTORS = "All actors";

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty coder = new SimpleStringProperty(ALL_CODERS);
    private final ObservableList<String> coders = FXCollections.observableArrayList(ALL_CODERS);
    /** Whether blind coding holds the coder choice to the active coder (the box shows her and cannot change). */
    private final ReadOnlyBooleanWrapper blind = new ReadOnlyBooleanWrapper(false);
    private final StringProperty actor = new SimpleStringProperty(ALL_ACTORS);
    private final ObservableList<String> actors = FXCollections.observableArrayList(ALL_ACTORS);

    /** What the filter says now, captured on the UI thread for a background computation. */
    public record Choice(LocalDate from, LocalDate to, String coder, String actor) {

        /**
         * The matrix filter for {@code wb}; in blind mode only the active coder's passages count, as in
         * every other panel, so a second coder is not primed by the first one's matrix.
         */
        public MatrixSpec.Filter toFilter(Workbench wb) {
            MatrixSpec.Filter filter = MatrixSpec.Filter.NONE.withDates(from, to);
            if (actor != null && !actor.isBlank() && !actor.equals(ALL_ACTORS)) {
                filter = filter.withActors(Set.of(actor));
            }
            if (wb.blindMode()) {
                return filter.withCoders(Set.of(wb.activeCoder().id()));
            }
            if (coder != null && !coder.isBlank() && !coder.equals(ALL_CODERS)) {
                return filter.withCoders(wb.analysis().coderIds(List.of(coder)));
            }
            return filter;
        }
    }

    /**
     * The coders a Coder box offers: every layer the session may read; in blind coding only the active coder's, which
     * is all a count reads then ({@link Choice#toFilter}), also for a team lead who may read the others.
     */
    public record Offered(List<String> names, boolean blind) {
        public Offered {
            names = List.copyOf(names);
        }

        /** What {@code wb} offers now; read in the background. */
        public static Offered in(Workbench wb) {
            return wb.blindMode() ? new Offered(List.of(wb.activeCoder().name()), true)
                    : new Offered(wb.readableCoders().stream().map(Coder::name).toList(), false);
        }
    }

    public Choice choice() {
        return new Choice(from.get(), to.get(), coder.get(), actor.get());
    }

    /** The properties whose change means a recomputation. */
    public Observable[] dependencies() {
        return new Observable[] {from, to, coder, actor};
    }

    /**
     * Replaces the coders offered, keeping the current choice if that coder still exists. In blind coding the box
     * offers and shows the active coder alone (it read "All coders" while only her passages counted); when blind
     * coding ends it goes back to "All coders", the choice blind coding replaced.
     */
    public void setCoders(Offered offered) {
        String current = coder.get();
        boolean wasBlind = blind.get();
        blind.set(offered.blind());
        if (offered.blind()) {
            coders.setAll(offered.names());
            coder.set(offered.names().get(0));
            return;
        }
        coders.setAll(ALL_CODERS);
        coders.addAll(offered.names());
        if (wasBlind || current == null || !coders.contains(current)) {
            coder.set(ALL_CODERS);
        }
    }

    /** Whether blind coding holds the coder choice to the active coder. */
    public ReadOnlyBooleanProperty blindProperty() {
        return blind.getReadOnlyProperty();
    }

    /** Replaces the actors offered, keeping the current choice if documents of that actor still exist. */
    public void setActors(List<String> names) {
        String current = actor.get();
        if (names.size() + 1 == actors.size() && actors.subList(1, actors.size()).equals(names)) {
            return;
        }
        actors.setAll(ALL_ACTORS);
        actors.addAll(names);
        if (current == null || !actors.contains(current)) {
            actor.set(ALL_ACTORS);
        }
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty coderProperty() {
        return coder;
    }

    public ObservableList<String> coders() {
        return coders;
    }
}
