package org.parallax.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@code team pull} records in the copy it makes, so {@code team push} can tell work done offline from what the
 * copy held when pulled: the team project it came from (server, database and project, without the user), when the
 * pull ended (this machine's clock: shown, never compared), the highest passage and code ids the copy then held, and
 * the server's version of each memo, code and document it pulled. Versions are raised by every change, wherever it
 * is made, so a row whose version in the copy is not the one pulled was changed offline, and one whose version on the
 * server is not the one pulled was changed there, whatever any machine's clock said. A mark written before memo
 * versions were kept (format 1) has none: {@link #memoVersions} is then empty; one of format 2 kept only the memos'.
 */
public record PullMark(String source, Instant pulledAt, long maxPassageId, long maxCodeId,
                       Optional<Map<Long, Long>> memoVersions, Map<Long, Long> codeVersions,
                       Map<Long, Long> documentVersions) {
    /** The settings key of the copy the mark is kept under. */
    public static final String KEY = "team_pull";

    public PullMark {
        memoVersions = memoVersions.map(versions -> Map.copyOf(versions));
        codeVersions = Map.copyOf(codeVersions);
        documentVersions = Map.copyOf(documentVersions);
    }

    /** The versions one pull saw, by id: its memos', codes' and documents'. */
    public PullMark(String source, Instant pulledAt, long maxPassageId, long maxCodeId, Map<Long, Long> memoVersions,
            Map<Long, Long> codeVersions, Map<Long, Long> documentVersions) {
        this(source, pulledAt, maxPassageId, maxCodeId, Optional.of(memoVersions), codeVersions, documentVersions);
    }

    public String encode() {
        String versions = Stream.of(entries("m", memoVersions.orElseThrow(() -> new IllegalStateException(
                "a mark without memo versions is only read, never written"))), entries("c", codeVersions),
                entries("d", documentVersions)).flatMap(s -> s).collect(Collectors.joining(","));
        return "3 " + pulledAt + " " + maxPassageId + " " + maxCodeId + " " + (versions.isEmpty() ? "-" : versions)
                + " " + source;
    }

    private static Stream<String> entries(String kind, Map<Long, Long> versions) {
        return versions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> kind + e.getKey() + ":" + e.getValue());
    }

    /** The mark a setting holds; empty for a value this Parallax does not understand (nothing is assumed). */
    public static Optional<PullMark> decode(String value) {
        String[] parts = value == null ? new String[0] : value.split(" ", 6);
        try {
            if (parts.length == 5 && parts[0].equals("1")) {
                return Optional.of(new PullMark(parts[4], Instant.parse(parts[1]), Long.parseLong(parts[2]),
                        Long.parseLong(parts[3]), Optional.empty(), Map.of(), Map.of()));
            }
            if (parts.length == 6 && (parts[0].equals("2") || parts[0].equals("3"))) {
                // Format 2 listed the memos' versions alone, without a kind letter.
                Map<String, Map<Long, Long>> versions = versions(parts[4], parts[0].equals("2") ? "m" : "");
                return Optional.of(new PullMark(parts[5], Instant.parse(parts[1]), Long.parseLong(parts[2]),
                        Long.parseLong(parts[3]), versions.get("m"), versions.get("c"), versions.get("d")));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code m3:7,c5:2,d1:1}: each kind's (m, c, d) versions by id; {@code kind} goes before each entry read. */
    private static Map<String, Map<Long, Long>> versions(String encoded, String kind) {
        Map<String, Map<Long, Long>> versions = Map.of("m", new TreeMap<>(), "c", new TreeMap<>(), "d",
                new TreeMap<>());
        if (!encoded.equals("-")) {
            for (String entry : encoded.split(",", -1)) {
                String pair = kind + entry;
                int colon = pair.indexOf(':');
                Map<Long, Long> ofKind = pair.isEmpty() ? null : versions.get(pair.substring(0, 1));
                if (colon < 1 || ofKind == null || ofKind.put(Long.parseLong(pair.substring(1, colon)),
                        Long.parseLong(pair.substring(colon + 1))) != null) {
                    throw new NumberFormatException("not one kind, id and version per row: " + entry);
                }
            }
        }
        return versions;
    }

    /**
     * Whether {@code passage} of the copy came with the pull, told by ids and never by this machine's clock: its id is
     * one the pull wrote, and the server's passage of that id (the server never hands an id out twice) has the same
     * creation date, copied with it; a project file hands out a freed highest id again, so a passage coded offline
     * may carry the id of a pulled one removed offline, but not its date. A passage the server no longer shows under
     * that id ({@code createdOnServer} lacks it) was removed there since, or is hidden from the pushing login.
     */
    public boolean pulled(Segment passage, Map<Long, Instant> createdOnServer) {
        Instant there = createdOnServer.get(passage.id());
        return passage.id() <= maxPassageId && (there == null || there.equals(passage.created()));
    }

    /**
     * Whether a memo of the copy is as it was pulled, so the server's version stands: its version is the one pulled.
     * Under a format-1 mark no memo is taken as pulled; the push compares each with the server's.
     */
    public boolean asPulled(Memo memo) {
        return memoVersions.map(versions -> Long.valueOf(memo.version()).equals(versions.get(memo.id())))
                .orElse(false);
    }

    /**
     * Whether the server's memo on the target of the copy's {@code memo} is not the one pulled: another memo, or a
     * later version of it. Under a format-1 mark it counts as changed unless the copy's memo is certainly the newer:
     * the same memo at a higher version in the copy, and not dated after the pull on the server.
     */
    public boolean changedOnServer(Memo server, Memo memo) {
        return memoVersions.map(versions -> !Long.valueOf(server.version()).equals(versions.get(server.id())))
                .orElseGet(() -> server.id() != memo.id() || server.version() >= memo.version()
                        || server.modified().isAfter(pulledAt));
    }

    /**
     * Whether a memo of the copy that the server lacks came with the pull (so it was removed there since) rather
     * than being written offline. A format-1 mark has only the dates to go by (a memo dated before the pull is taken
     * as pulled, and reported, never dropped silently).
     */
    public boolean removedOnServer(Memo memo) {
        return memoVersions.map(versions -> versions.containsKey(memo.id()))
                .orElseGet(() -> !memo.created().isAfter(pulledAt));
    }

    /** Whether a code the copy pulled was changed in it since: its version is not the one pulled. */
    public boolean changedHere(Code code) {
        Long pulled = codeVersions.get(code.id());
        return pulled != null && pulled != code.version();
    }

    /** Whether a document the copy pulled had its details or attributes changed in it since (its version moved). */
    public boolean changedHere(Document document) {
        Long pulled = documentVersions.get(document.id());
        return pulled != null && pulled != document.version();
    }
}
