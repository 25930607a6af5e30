package org.parallax.store;

import java.util.List;
import java.util.Optional;
import org.parallax.model.SavedSearch;

/**
 * Saved search queries, each recording who saved it (the acting coder). Whether a search may be saved over another of
 * the same name is the workbench's rule, not the store's: {@link #add} refuses a name that is taken.
 */
public interface SavedSearchStore {
    /** The search saved under {@code name}, if any. */
    Optional<SavedSearch> find(String name);

    /** Saves {@code query} under a new {@code name}, created at {@code now}, as saved by the acting coder. */
    SavedSearch add(String name, String query, java.time.Instant now);

    /** Gives the saved search {@code id} the query {@code query}, as saved by the acting coder now. */
    SavedSearch replace(long id, String query);

    List<SavedSearch> list();

    void delete(long id);
}
