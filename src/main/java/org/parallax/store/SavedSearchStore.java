package org.parallax.store;

import java.util.List;
import org.parallax.model.SavedSearch;

/** Saved search queries; saving under an existing name replaces its query. */
public interface SavedSearchStore {
    SavedSearch save(String name, String query);

    List<SavedSearch> list();

    void delete(long id);
}
