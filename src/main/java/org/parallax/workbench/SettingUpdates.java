package org.parallax.workbench;

import java.util.function.UnaryOperator;

/**
 * A project setting that holds a list several people add to (the sensitive attributes, the pseudonyms, the forms of
 * names), changed by reading it and writing what the change makes of it in one transaction: two leads changing it at
 * once each build on the other's value, where a read outside the write let the later save drop the earlier one. A team
 * server runs the later transaction again on the other's value; a project file's writes take turns.
 */
final class SettingUpdates {
    /** A test hook: called inside the transaction once the stored value is read, before the new one is written. */
    static volatile Runnable read = () -> { };

    private SettingUpdates() {
    }

    /** The setting {@code key} as {@code change} makes it from the stored value ("" when none): the value saved. */
    static String update(Project project, String key, UnaryOperator<String> change) {
        return project.store.write(() -> {
            String stored = project.settings.get(key).orElse("");
            read.run();
            String changed = change.apply(stored);
            if (!changed.equals(stored)) {
                project.settings.put(key, changed);
            }
            return changed;
        });
    }
}
