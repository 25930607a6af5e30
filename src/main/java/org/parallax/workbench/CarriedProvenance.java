package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;

/**
 * The assistant's provenance of passages brought from another file (a merged project, a REFI-QDA import), kept by
 * each draft's document, range, code and coder until the store has given the passages their ids: the store skips
 * duplicates, so the passages stored are matched by that key, not by position.
 */
final class CarriedProvenance {
    private final Map<String, Provenance> byKey = new HashMap<>();

    /** Keeps {@code provenance} (none: null) for the passage {@code draft} is stored as. */
    void add(Segment draft, Provenance provenance) {
        if (provenance != null) {
            byKey.put(Coding.provenanceKey(draft), provenance);
        }
    }

    /** The provenance rows of those of {@code stored} that carried one, with their ids. */
    List<Provenance> of(List<Segment> stored) {
        List<Provenance> rows = new ArrayList<>();
        if (byKey.isEmpty()) {
            return rows;
        }
        for (Segment s : stored) {
            Provenance p = byKey.get(Coding.provenanceKey(s));
            if (p != null) {
                rows.add(p.withSegment(s.id()));
            }
        }
        return rows;
    }
}
