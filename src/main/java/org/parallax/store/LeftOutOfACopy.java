package org.parallax.store;

import java.util.List;
import java.util.Map;

/**
 * What {@link ProjectStores#leaveTheCodingOut} took out of a copy made for another coder: the rows removed per table,
 * and the keys of the settings removed (those written anew in the copy aside), in key order.
 */
public record LeftOutOfACopy(Map<String, Long> rows, List<String> settings) {
    public LeftOutOfACopy {
        rows = Map.copyOf(rows);
        settings = List.copyOf(settings);
    }
}
