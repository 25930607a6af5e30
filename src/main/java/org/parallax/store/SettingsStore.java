package org.parallax.store;

import java.util.Optional;

/** Project-scoped settings as key/value text, e.g. the active coder. */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);
}
