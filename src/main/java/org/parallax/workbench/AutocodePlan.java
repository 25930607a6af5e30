package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Segment;

/**
 * What an auto-code would do, shown before it is applied: the passages it would create (hits widened
 * to the scope, merged, minus passages already coded the same) and in how many documents.
 */
public record AutocodePlan(String query, String codeName, List<Segment> passages, int documents,
                           int alreadyCoded) {

    public AutocodePlan {
        passages = List.copyOf(passages);
    }
}
