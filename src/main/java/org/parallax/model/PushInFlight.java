package org.parallax.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A push whose outcome the copy has not recorded yet, kept in its {@link PullMark} before the server is written: the
 * push's action id, which the team project records with what the push commits, and the passages it may send (the
 * copy's id, then a key of its creation date). The next push asks the server whether that action was committed: if
 * so, those passages were shared, and one the server no longer has was removed there, not coded offline.
 */
public record PushInFlight(UUID action, Map<Long, Long> passages) {
    public PushInFlight {
        passages = Map.copyOf(passages);
    }

    /** A passage's key in {@link #passages}: its creation date, which a push sends with it, as a text's key. */
    public static long createdKey(Instant created) {
        return MemoVersions.textKey(created.toString());
    }

    /** Whether {@code passage} of the copy is one this push was about to send (its id, coded at the same moment). */
    public boolean carries(Segment passage) {
        return Long.valueOf(createdKey(passage.created())).equals(passages.get(passage.id()));
    }
}
