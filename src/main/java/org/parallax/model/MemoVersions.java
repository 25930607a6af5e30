package org.parallax.model;

import java.util.Map;

/**
 * The memos a copy and its team project last agreed on, by id and version on each side: what a pull copied (the same
 * ids and versions on both) and what a push sent or found there already (the server's ids and versions beside the
 * copy's). A memo of the copy at its agreed version is unchanged there; a server memo at its agreed version is
 * unchanged on the server. {@code sent}: the texts a push was about to send whose outcome the copy could not record
 * (a key from {@link #textKey}, then the copy's memo id); a server memo holding one of them holds this copy's text.
 */
public record MemoVersions(Map<Long, Long> inCopy, Map<Long, Long> onServer, Map<Long, Long> sent) {
    public MemoVersions {
        inCopy = Map.copyOf(inCopy);
        onServer = Map.copyOf(onServer);
        sent = Map.copyOf(sent);
    }

    public MemoVersions(Map<Long, Long> inCopy, Map<Long, Long> onServer) {
        this(inCopy, onServer, Map.of());
    }

    /** A memo text's key in {@link #sent}: the first 63 bits of its SHA-256, short enough for the copy's setting. */
    public static long textKey(String text) {
        return Long.parseUnsignedLong(ContentHash.sha256Hex(text).substring(0, 16), 16) >>> 1;
    }

    /** What a pull copied: each memo under the same id and version in the copy and on the server. */
    public static MemoVersions pulled(Map<Long, Long> versions) {
        return new MemoVersions(versions, versions);
    }
}
