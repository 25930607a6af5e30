package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Segment;

/**
 * What an auto-code would do, shown before it is applied: the passages it would create (hits widened
 * to the scope, merged, minus passages already coded the same) and in how many documents, with the notes of the
 * search it rests on (documents not searched or whose hits could not be cut from their text: they get no passage).
 */
public record AutocodePlan(String query, String codeName, List<Segment> passages, int documents,
                           int alreadyCoded, List<String> notes) {

    public AutocodePlan {
        passages = List.copyOf(passages);
        notes = List.copyOf(notes);
    }
}
