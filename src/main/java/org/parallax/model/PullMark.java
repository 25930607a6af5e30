package org.parallax.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code team pull} records in the copy it makes, and each push from it brings up to date, so {@code team push}
 * can tell work done offline from what the copy and the team project already share: the team project it came from
 * (server, database and project, without the user), when the pull ended (this machine's clock: shown, never
 * compared), the highest passage and code ids the pull wrote, the versions of each memo, code and document both sides
 * agreed on, the versions of the frames and scenarios pulled, the passages a push sent (their ids in the copy and
 * on the server), the codes and events shared under other ids or without a version ({@link #shared}), and, while a
 * push's outcome is unrecorded, keys of the memo texts it was about to send. Versions are raised by every change,
 * wherever it is made, so a row whose version in the copy is not
 * the agreed one was changed offline, and one whose version on the server is not the agreed one was changed there,
 * whatever any machine's clock said. A mark
 * written before memo versions were kept (format 1) has none: {@link #memoVersions} is then empty; one of format 2
 * kept only the memos'; one before format 5 has no {@link #framesAndScenarios}.
 */
public record PullMark(String source, Instant pulledAt, long maxPassageId, long maxCodeId,
                       Optional<MemoVersions> memoVersions, Map<Long, Long> codeVersions,
                       Map<Long, Long> documentVersions, Map<Long, Long> pushedPassages,
                       Optional<FramesAndScenarios> framesAndScenarios, SharedRows shared,
                       Optional<PushInFlight> inFlight) {
    /** The settings key of the copy the mark is kept under. */
    public static final String KEY = "team_pull";

    public PullMark {
        codeVersions = Map.copyOf(codeVersions);
        documentVersions = Map.copyOf(documentVersions);
        pushedPassages = Map.copyOf(pushedPassages);
        java.util.Objects.requireNonNull(shared);
        java.util.Objects.requireNonNull(inFlight);
    }

    /** A mark with no push in flight. */
    public PullMark(String source, Instant pulledAt, long maxPassageId, long maxCodeId,
            Optional<MemoVersions> memoVersions, Map<Long, Long> codeVersions, Map<Long, Long> documentVersions,
            Map<Long, Long> pushedPassages, Optional<FramesAndScenarios> framesAndScenarios, SharedRows shared) {
        this(source, pulledAt, maxPassageId, maxCodeId, memoVersions, codeVersions, documentVersions, pushedPassages,
                framesAndScenarios, shared, Optional.empty());
    }

    /** A mark written before format 7: no codes shared under other ids known, events unknown. */
    public PullMark(String source, Instant pulledAt, long maxPassageId, long maxCodeId,
            Optional<MemoVersions> memoVersions, Map<Long, Long> codeVersions, Map<Long, Long> documentVersions,
            Map<Long, Long> pushedPassages, Optional<FramesAndScenarios> framesAndScenarios) {
        this(source, pulledAt, maxPassageId, maxCodeId, memoVersions, codeVersions, documentVersions, pushedPassages,
                framesAndScenarios, SharedRows.NONE);
    }

    /**
     * The versions one pull saw, by id (memos', codes', documents', frames' and scenarios'), as a pull made before
     * events were recorded: which events it copied is not known.
     */
    public PullMark(String source, Instant pulledAt, long maxPassageId, long maxCodeId, Map<Long, Long> memoVersions,
            Map<Long, Long> codeVersions, Map<Long, Long> documentVersions, FramesAndScenarios framesAndScenarios) {
        this(source, pulledAt, maxPassageId, maxCodeId, Optional.of(MemoVersions.pulled(memoVersions)), codeVersions,
                documentVersions, Map.of(), Optional.of(framesAndScenarios), SharedRows.NONE);
    }

    /** The versions one pull saw, as above, and the keys of the events it copied ({@link SharedRows#eventKey}). */
    public PullMark(String source, Instant pulledAt, long maxPassageId, long maxCodeId, Map<Long, Long> memoVersions,
            Map<Long, Long> codeVersions, Map<Long, Long> documentVersions, FramesAndScenarios framesAndScenarios,
            Map<Long, Long> events) {
        this(source, pulledAt, maxPassageId, maxCodeId, Optional.of(MemoVersions.pulled(memoVersions)), codeVersions,
                documentVersions, Map.of(), Optional.of(framesAndScenarios), SharedRows.pulled(events));
    }

    /**
     * This mark once a push is committed: besides what it recorded before, the passages the copy and the server now
     * share (the copy's id, then the server's), the memos they now agree on (the copy's memo, then the server's) and
     * the codes a lead's push added to the server (the copy's code, then the server's).
     */
    public PullMark afterPush(Map<Long, Long> passages, Map<Memo, Memo> memos, Map<Code, Code> codes) {
        Map<Long, Long> pushed = new HashMap<>(pushedPassages);
        passages.forEach((copyId, serverId) -> {
            if (!copyId.equals(serverId) || copyId > maxPassageId) {
                pushed.put(copyId, serverId);
            }
        });
        MemoVersions before = memoVersions.orElseThrow(() -> new IllegalStateException(
                "a copy pulled by an older Parallax keeps its mark"));
        Map<Long, Long> inCopy = new HashMap<>(before.inCopy());
        Map<Long, Long> onServer = new HashMap<>(before.onServer());
        memos.forEach((copy, server) -> {
            inCopy.put(copy.id(), copy.version());
            onServer.put(server.id(), server.version());
        });
        Map<Long, Long> known = new HashMap<>(codeVersions);
        Map<Long, Long> pushedCodes = new HashMap<>();
        codes.forEach((copy, server) -> {
            known.put(copy.id(), copy.version());
            pushedCodes.put(copy.id(), server.id());
        });
        return new PullMark(source, pulledAt, maxPassageId, maxCodeId, Optional.of(new MemoVersions(inCopy, onServer)),
                known, documentVersions, pushed, framesAndScenarios, shared.withCodes(pushedCodes));
    }

    /** This mark with {@code rows} as the rows shared under other ids or without a version. */
    public PullMark with(SharedRows rows) {
        return new PullMark(source, pulledAt, maxPassageId, maxCodeId, memoVersions, codeVersions, documentVersions,
                pushedPassages, framesAndScenarios, rows, inFlight);
    }

    /**
     * This mark once the outcome of the push in flight is known: {@code passages} (the copy's id, then the server's,
     * 0 for one the server no longer has) are shared, and nothing is in flight any more.
     */
    public PullMark settled(Map<Long, Long> passages) {
        Map<Long, Long> pushed = new HashMap<>(pushedPassages);
        pushed.putAll(passages);
        return new PullMark(source, pulledAt, maxPassageId, maxCodeId, memoVersions, codeVersions, documentVersions,
                pushed, framesAndScenarios, shared);
    }

    /**
     * This mark as a push leaves it in the copy before it writes the server: the texts of {@code memos} (those not as
     * agreed) added to {@link MemoVersions#sent}. Should the push's record fail after the server's commit (the
     * process killed, the disk full), the next push still knows a server memo holding one of these texts for this
     * copy's own, not for a change made on the server.
     */
    public PullMark beforePush(java.util.Collection<Memo> memos, Optional<PushInFlight> push) {
        MemoVersions before = memoVersions.orElseThrow(() -> new IllegalStateException(
                "a copy pulled by an older Parallax keeps its mark"));
        Map<Long, Long> sent = new HashMap<>(before.sent());
        memos.forEach(memo -> sent.put(MemoVersions.textKey(memo.text()), memo.id()));
        return new PullMark(source, pulledAt, maxPassageId, maxCodeId, Optional.of(new MemoVersions(before.inCopy(),
                before.onServer(), sent)), codeVersions, documentVersions, pushedPassages, framesAndScenarios, shared,
                push);
    }

    /**
     * Whether the server's memo holds a text an earlier push of this copy sent for {@code memo} without the copy
     * recording it: the server's version is then this copy's work, not a change made there.
     */
    public boolean sentFromHere(Memo server, Memo memo) {
        return memoVersions.map(versions -> Long.valueOf(memo.id())
                .equals(versions.sent().get(MemoVersions.textKey(server.text())))).orElse(false);
    }

    public String encode() {
        return PullMarkText.encode(this);
    }

    /** The mark a setting holds; empty for a value this Parallax does not understand (nothing is assumed). */
    public static Optional<PullMark> decode(String value) {
        return PullMarkText.decode(value);
    }

    /**
     * The server's id of {@code passage} of the copy when the copy and the server share it (it came with the pull or
     * a push sent it), told by ids and never by this machine's clock: a pulled passage keeps its id, a pushed one is
     * listed with the server's, and the server's passage of that id (the server never hands an id out twice) has the
     * same creation date, copied with it. A copy pulled before id floors (ADR 0031) hands out a freed highest id
     * again, so a passage coded offline may carry the id of a shared one removed offline, but not its date. A
     * passage the server no longer shows under that id ({@code createdOnServer} lacks it) was removed there since,
     * or is hidden from the pushing login. Empty for offline work.
     */
    public Optional<Long> serverId(Segment passage, Map<Long, Instant> createdOnServer) {
        Long pushed = pushedPassages.get(passage.id());
        if (pushed == null && passage.id() > maxPassageId) {
            return Optional.empty();
        }
        long id = pushed == null ? passage.id() : pushed;
        Instant there = createdOnServer.get(id);
        return there == null || there.equals(passage.created()) ? Optional.of(id) : Optional.empty();
    }

    /**
     * Whether a memo of the copy is as both sides last agreed, so the server's version stands: its version is the
     * agreed one. Under a format-1 mark no memo is taken as pulled; the push compares each with the server's.
     */
    public boolean asPulled(Memo memo) {
        return memoVersions.map(versions -> Long.valueOf(memo.version()).equals(versions.inCopy().get(memo.id())))
                .orElse(false);
    }

    /**
     * Whether the server's memo on the target of the copy's {@code memo} is not the one both sides agreed on: another
     * memo, or a later version of it. Under a format-1 mark it counts as changed unless the copy's memo is certainly
     * the newer: the same memo at a higher version in the copy, and not dated after the pull on the server.
     */
    public boolean changedOnServer(Memo server, Memo memo) {
        return memoVersions.map(versions -> !Long.valueOf(server.version()).equals(versions.onServer()
                        .get(server.id())))
                .orElseGet(() -> server.id() != memo.id() || server.version() >= memo.version()
                        || server.modified().isAfter(pulledAt));
    }

    /**
     * Whether a memo of the copy that the server lacks was shared with it (pulled or pushed, so it was removed there
     * since) rather than written offline. A format-1 mark has only the dates to go by (a memo dated before the pull
     * is taken as pulled, and reported, never dropped silently).
     */
    public boolean removedOnServer(Memo memo) {
        return memoVersions.map(versions -> versions.inCopy().containsKey(memo.id()))
                .orElseGet(() -> !memo.created().isAfter(pulledAt));
    }

    /**
     * Whether a code of the copy is one the server had: pulled (an id the pull wrote) or added by a push. A push
     * does not send a code the server had and no longer has (removed there since).
     */
    public boolean known(Code code) {
        return code.id() <= maxCodeId || codeVersions.containsKey(code.id());
    }

    /**
     * Whether a code of the copy was added there rather than pulled (or added by a push), given the server's code of
     * the same id. A project file hands out a freed highest id again, so a code added offline after removing the last
     * pulled one carries its id; it is told apart by its version, which for a pulled code only grows: lower than the
     * pulled one, or the same while its name differs from the server's code of that id, unchanged there since.
     * A code added in a freed id and then changed offline as often as the pulled one had been cannot be told from
     * that code renamed offline.
     */
    public boolean addedHere(Code code, Optional<Code> server) {
        if (!known(code)) {
            return true;
        }
        Long pulled = codeVersions.get(code.id());
        return pulled != null && (code.version() < pulled || code.version() == pulled
                && server.filter(c -> c.version() == pulled && !c.name().equals(code.name())).isPresent());
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

    /** Whether a frame the copy pulled was changed in it since (its version moved); false under a mark without any. */
    public boolean changedHere(Frame frame) {
        Long pulled = framesAndScenarios.map(pulledOnes -> pulledOnes.frames().get(frame.id())).orElse(null);
        return pulled != null && pulled != frame.version();
    }

    /** Whether a scenario the copy pulled was changed in it since (its version moved). */
    public boolean changedHere(Scenario scenario) {
        Long pulled = framesAndScenarios.map(pulledOnes -> pulledOnes.scenarios().get(scenario.id())).orElse(null);
        return pulled != null && pulled != scenario.version();
    }

    /** Whether a frame of the copy was added there: the pull did not copy it (unknown under an older mark). */
    public boolean addedHere(Frame frame) {
        return framesAndScenarios.map(pulled -> !pulled.frames().containsKey(frame.id())).orElse(false);
    }

    /** Whether a scenario of the copy was added there: the pull did not copy it (unknown under an older mark). */
    public boolean addedHere(Scenario scenario) {
        return framesAndScenarios.map(pulled -> !pulled.scenarios().containsKey(scenario.id())).orElse(false);
    }
}
