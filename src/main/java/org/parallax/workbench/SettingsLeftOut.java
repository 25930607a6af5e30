package org.parallax.workbench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.PullMark;

/**
 * The settings a second coder's copy left out, in words: "the project's settings" alone did not say whether the blind
 * mode, the coders' pseudonyms or a team pull's mark went, nor that anything else did.
 */
final class SettingsLeftOut {
    /** What each setting the project writes is, by key; one phrase may stand for several keys. */
    private static final Map<String, String> WORDS = Map.of(
            Project.BLIND, "blind mode",
            Project.ACTIVE_CODER, "the active coder",
            Project.CODER_CHOSEN_BY, "the active coder",
            Project.CODER_TOLD_TO, "the active coder",
            CoderPseudonyms.SETTING, "the coders' pseudonyms",
            CoderPseudonyms.MAPPING_SETTING, "the coders' pseudonyms",
            ExchangeExport.KEY_SETTING, "the key its exchange files are made with",
            PullMark.KEY, "the mark of its team pull");
    private static final String MERGED_CODES = "merged_code.";

    private SettingsLeftOut() {
    }

    /** The phrases for {@code keys}, each once, in the order first met; a setting without one by its key. */
    static List<String> named(List<String> keys) {
        Set<String> phrases = new LinkedHashSet<>();
        List<String> others = new ArrayList<>();
        for (String key : keys) {
            String phrase = key.startsWith(MERGED_CODES) ? "which codes were merged" : WORDS.get(key);
            if (phrase == null) {
                others.add(key);
            } else {
                phrases.add(phrase);
            }
        }
        List<String> named = new ArrayList<>(phrases);
        if (!others.isEmpty()) {
            named.add("the setting" + (others.size() == 1 ? " " : "s ") + String.join(", ", others));
        }
        return named;
    }
}
