package org.parallax.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What {@code team pull} records in the copy it makes, so {@code team push} can tell work done offline from
 * what the copy held when pulled: the team project it came from (server, database and project, without the
 * user), when the pull ended, and the highest passage and code ids the copy then held. A passage with an id
 * at most {@code maxPassageId} and created no later than {@code pulledAt} came from the server.
 */
public record PullMark(String source, Instant pulledAt, long maxPassageId, long maxCodeId) {
    /** The settings key of the copy the mark is kept under. */
    public static final String KEY = "team_pull";

    public String encode() {
        return "1 " + pulledAt + " " + maxPassageId + " " + maxCodeId + " " + source;
    }

    /** The mark a setting holds; empty for a value this Parallax does not understand (nothing is assumed). */
    public static Optional<PullMark> decode(String value) {
        String[] parts = value == null ? new String[0] : value.split(" ", 5);
        if (parts.length != 5 || !parts[0].equals("1")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PullMark(parts[4], Instant.parse(parts[1]), Long.parseLong(parts[2]),
                    Long.parseLong(parts[3])));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code passage} of the copy was already there when the copy was pulled. */
    public boolean pulled(Segment passage) {
        return passage.id() <= maxPassageId && !passage.created().isAfter(pulledAt);
    }

    /** Whether the memo was written or changed after the pull (so it is offline work). */
    public boolean changedSince(Memo memo) {
        return memo.modified() != null && memo.modified().isAfter(pulledAt);
    }
}
