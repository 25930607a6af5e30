package org.parallax.model;

import java.time.Instant;

/** A named search query kept in the project so it can be run again. */
public record SavedSearch(long id, String name, String query, Instant created) {
}
