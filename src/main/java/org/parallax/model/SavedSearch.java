package org.parallax.model;

import java.time.Instant;

/**
 * A named search query kept in the project so it can be run again, with who saved it last (a coder's name, a team
 * member's login; null for a search saved before Parallax recorded it).
 */
public record SavedSearch(long id, String name, String query, Instant created, String savedBy) {
}
