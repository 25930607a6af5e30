package org.parallax.store;

import java.util.Optional;

/** Project-scoped settings as key/value text, e.g. the active coder. */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);

    /** Removes a setting; a project without it reads as one where it was never set. */
    void remove(String key);

    /**
     * Whether this project gives no passage, memo, code or document an id it shares with its team project: a copy
     * pulled by a Parallax that keeps id floors. A copy pulled before hands out the id of a removed row again.
     */
    boolean keepsSharedIds();

    /** In a copy that keeps its shared ids: counts every passage, memo, code and document it holds now as shared. */
    void keepIdsHeld();
}
