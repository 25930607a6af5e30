package org.parallax.workbench;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.store.SettingsStore;

/**
 * Which code a merged code went into, kept in the project's settings ({@code merged_code.ID} = the target's id, empty
 * once the merge is undone): a coder's copy pulled before a lead merged a code on the server still holds passages on
 * the merged code, and a push sends them under the code it went into rather than leaving them unsent.
 */
final class CodeMerges {
    private static final String KEY = "merged_code.";

    private CodeMerges() {
    }

    static void record(SettingsStore settings, long fromId, long intoId) {
        settings.put(KEY + fromId, Long.toString(intoId));
    }

    static void forget(SettingsStore settings, long fromId) {
        settings.put(KEY + fromId, "");
    }

    /**
     * The code of {@code book} that {@code codeId} was merged into, following merges of merges; empty for a code never
     * merged, or merged into one since deleted.
     */
    static Optional<Code> target(SettingsStore settings, Codebook book, long codeId) {
        Set<Long> seen = new HashSet<>();
        long id = codeId;
        while (seen.add(id)) {
            Optional<Long> into = settings.get(KEY + id).filter(v -> v.matches("[0-9]{1,18}")).map(Long::parseLong);
            if (into.isEmpty()) {
                return Optional.empty();
            }
            id = into.get();
            Optional<Code> there = book.code(id);
            if (there.isPresent()) {
                return there;
            }
        }
        return Optional.empty();
    }
}
