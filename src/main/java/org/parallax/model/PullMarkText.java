package org.parallax.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@link PullMark} as the copy's setting holds it: {@code 5 PULLED MAXPASSAGE MAXCODE ENTRIES SOURCE}, the entries
 * one kind letter, an id, a colon and a number each ({@code m3:7,c5:2,p41:80}). Formats 1 to 4 were written by
 * earlier versions and are still read: 1 had no entries, 2 listed memo versions without a letter, 3 had m, c and d,
 * 4 no frames and scenarios. Format 6 is format 5 with u entries, written only while a push's outcome is unrecorded;
 * format 7 adds a entries, written only when the mark holds any; format 8 adds e and v entries ({@link SharedRows}) and, while a push is in flight, w and q ({@link PushInFlight}),
 * written by every mark that knows its events (every pull since).
 */
final class PullMarkText {
    private static final String FORMAT_3_KINDS = "mcd";
    private static final String FORMAT_4_KINDS = "mlrcdp";
    /** m: a memo at one id and version on both sides; l and r: a memo's version in the copy and on the server apart;
     *  c, d, f, s: a code's, a document's, a frame's, a scenario's version; p: a passage's id in the copy, then on
     *  the server. */
    private static final String FORMAT_5_KINDS = "mlrcdpfs";
    /** u: a memo text a push was about to send (its key, then the copy's memo id), left by a push not recorded. */
    private static final String FORMAT_6_KINDS = "mlrcdpfsu";
    /** a: a code a push added (the copy's id, then the server's). */
    private static final String FORMAT_7_KINDS = "mlrcdpfsua";
    /** e: an event as agreed (its id, then its key); v: an event a push added (the copy's id, then the server's);
     *  w: the action id of a push in flight (w0 and w1, its two halves); q: a passage it may send (its id, then the
     *  key of its creation date). */
    private static final String FORMAT_8_KINDS = "mlrcdpfsuaevwq";

    private PullMarkText() {
    }

    static String encode(PullMark mark) {
        MemoVersions memos = mark.memoVersions().orElseThrow(() -> new IllegalStateException(
                "a mark without memo versions is only read, never written"));
        // A mark that never knew its frames and scenarios stays format 4 rather than claim that none were pulled.
        FramesAndScenarios tables = mark.framesAndScenarios().orElse(new FramesAndScenarios(Map.of(), Map.of()));
        Map<Long, Long> both = new TreeMap<>();
        Map<Long, Long> copyOnly = new TreeMap<>(memos.inCopy());
        Map<Long, Long> serverOnly = new TreeMap<>(memos.onServer());
        memos.inCopy().forEach((id, version) -> {
            if (version.equals(memos.onServer().get(id))) {
                both.put(id, version);
                copyOnly.remove(id);
                serverOnly.remove(id);
            }
        });
        String entries = Stream.of(entries("m", both), entries("l", copyOnly), entries("r", serverOnly),
                entries("c", mark.codeVersions()), entries("d", mark.documentVersions()),
                entries("p", mark.pushedPassages()), entries("f", tables.frames()), entries("s", tables.scenarios()),
                entries("u", memos.sent()), entries("a", mark.shared().pushedCodes()),
                entries("e", mark.shared().events().orElse(Map.of())), entries("v", mark.shared().pushedEvents()),
                entries("w", mark.inFlight().map(p -> Map.of(0L, p.action().getMostSignificantBits(), 1L,
                        p.action().getLeastSignificantBits())).orElse(Map.of())),
                entries("q", mark.inFlight().map(PushInFlight::passages).orElse(Map.of())))
                .flatMap(s -> s).collect(Collectors.joining(","));
        // A mark that knows its events is format 8; of the others, format 6 only while texts are waiting to be
        // recorded and 7 only with codes a push added, so an older Parallax reads every other mark.
        if (mark.inFlight().isPresent() && mark.shared().events().isEmpty()) {
            throw new IllegalStateException("a push in flight is kept by a mark of format 8 only");
        }
        String format = mark.shared().events().isPresent() ? "8 " : !mark.shared().pushedCodes().isEmpty() ? "7 "
                : !memos.sent().isEmpty() ? "6 " : mark.framesAndScenarios().isPresent() ? "5 " : "4 ";
        return format + mark.pulledAt() + " " + mark.maxPassageId() + " " + mark.maxCodeId() + " "
                + (entries.isEmpty() ? "-" : entries) + " " + mark.source();
    }

    private static Stream<String> entries(String kind, Map<Long, Long> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> kind + e.getKey() + ":" + e.getValue());
    }

    static Optional<PullMark> decode(String value) {
        String[] parts = value == null ? new String[0] : value.split(" ", 6);
        try {
            if (parts.length == 5 && parts[0].equals("1")) {
                return Optional.of(new PullMark(parts[4], Instant.parse(parts[1]), Long.parseLong(parts[2]),
                        Long.parseLong(parts[3]), Optional.empty(), Map.of(), Map.of(), Map.of(), Optional.empty()));
            }
            if (parts.length == 6 && parts[0].length() == 1 && "2345678".contains(parts[0])) {
                boolean format5 = "5678".contains(parts[0]);
                boolean format8 = parts[0].equals("8");
                Map<Character, Map<Long, Long>> kinds = entries(parts[4], parts[0].equals("2") ? "m" : "",
                        format8 ? FORMAT_8_KINDS : parts[0].equals("7") ? FORMAT_7_KINDS
                        : parts[0].equals("6") ? FORMAT_6_KINDS
                        : format5 ? FORMAT_5_KINDS
                        : parts[0].equals("4") ? FORMAT_4_KINDS : FORMAT_3_KINDS);
                Map<Long, Long> inCopy = new HashMap<>(kinds.get('l'));
                Map<Long, Long> onServer = new HashMap<>(kinds.get('r'));
                for (Map.Entry<Long, Long> memo : kinds.get('m').entrySet()) {
                    if (inCopy.put(memo.getKey(), memo.getValue()) != null
                            || onServer.put(memo.getKey(), memo.getValue()) != null) {
                        return Optional.empty();
                    }
                }
                return Optional.of(new PullMark(parts[5], Instant.parse(parts[1]), Long.parseLong(parts[2]),
                        Long.parseLong(parts[3]), Optional.of(new MemoVersions(inCopy, onServer, kinds.get('u'))),
                        kinds.get('c'),
                        kinds.get('d'), kinds.get('p'), format5 ? Optional.of(new FramesAndScenarios(kinds.get('f'),
                        kinds.get('s'))) : Optional.empty(), new SharedRows(kinds.get('a'),
                        format8 ? Optional.of(kinds.get('e')) : Optional.empty(), kinds.get('v')),
                        inFlight(kinds.get('w'), kinds.get('q'))));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The push in flight, when the mark names its action whole. */
    private static Optional<PushInFlight> inFlight(Map<Long, Long> action, Map<Long, Long> passages) {
        if (action.size() != 2 || !action.containsKey(0L) || !action.containsKey(1L)) {
            if (!action.isEmpty() || !passages.isEmpty()) {
                throw new NumberFormatException("a push in flight without its whole action id");
            }
            return Optional.empty();
        }
        return Optional.of(new PushInFlight(new java.util.UUID(action.get(0L), action.get(1L)), passages));
    }

    /** Each kind's entries by id; {@code prefix} goes before each entry read (format 2 wrote no letter). */
    private static Map<Character, Map<Long, Long>> entries(String encoded, String prefix, String kinds) {
        Map<Character, Map<Long, Long>> byKind = new HashMap<>();
        for (char kind : FORMAT_8_KINDS.toCharArray()) {
            byKind.put(kind, new TreeMap<>());
        }
        if (!encoded.equals("-")) {
            for (String entry : encoded.split(",", -1)) {
                String pair = prefix + entry;
                int colon = pair.indexOf(':');
                Map<Long, Long> ofKind = pair.isEmpty() || kinds.indexOf(pair.charAt(0)) < 0 ? null
                        : byKind.get(pair.charAt(0));
                if (colon < 1 || ofKind == null || ofKind.put(Long.parseLong(pair.substring(1, colon)),
                        Long.parseLong(pair.substring(colon + 1))) != null) {
                    throw new NumberFormatException("not one kind, id and number per entry: " + entry);
                }
            }
        }
        return byKind;
    }
}
