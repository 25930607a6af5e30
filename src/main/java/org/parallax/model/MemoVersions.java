package org.parallax.model;

import java.util.Map;

/**
 * The memos a copy and its team project last agreed on, by id and version on each side: what a pull copied (the same
 * ids and versions on both) and what a push sent or found there already (the server's ids and versions beside the
 * copy's). A memo of the copy at its agreed version is unchanged there; a server memo at its agreed version is
 * unchanged on the server.
 */
public record MemoVersions(Map<Long, Long> inCopy, Map<Long, Long> onServer) {
    public MemoVersions {
        inCopy = Map.copyOf(inCopy);
        onServer = Map.copyOf(onServer);
    }

    /** What a pull copied: each memo under the same id and version in the copy and on the server. */
    public static MemoVersions pulled(Map<Long, Long> versions) {
        return new MemoVersions(versions, versions);
    }
}
