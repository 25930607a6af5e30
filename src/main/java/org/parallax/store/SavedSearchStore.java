package org.parallax.store;

import java.util.List;
import org.parallax.model.SavedSearch;

/** Saved search queries; saving under an existing name replaces its query. */
public interface SavedSearchStore {
    /** Saves {@code query} under {@code name}, created at {@code now} unless the name was saved before. */
    SavedSearch save(String name, String query, java.time.Instant now);

    List<SavedSearch> list();

    void delete(long id);
}
