package org.parallax.workbench;

import java.util.Collection;

/** Column headers of exported tables: a name already taken gets " (2)", " (3)", ... so every header is unique. */
final class ColumnNames {
    private ColumnNames() {
    }

    static String unique(String name, Collection<String> taken) {
        String candidate = name;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }
}
