package org.parallax.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parallax.model.CausalEvent;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.PullMark;
import org.parallax.model.PushInFlight;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.store.TeamUrl;

/**
 * {@code team push}: the passages and memos a member added to an offline copy (and a lead's new events, {@link
 * EventPush}) sent back to the team project, as
 * one action (one transaction, run again whole on a serialization failure). Documents are matched by content,
 * codes and coders by name, as in a merge. What is already on the server is counted, not added again, so a push
 * can be repeated. What cannot be sent is reported item by item and nothing of it is written: a document or code
 * the team project lacks, a passage or memo removed or changed on the server since the copy's last pull or push (told
 * apart from offline work by the copy's {@link PullMark}), another member's layer or memo. A push never removes or
 * overwrites anything changed on the server. Once the server has committed, the copy's mark records what both sides
 * now share, so the next push from the same copy sends what was changed offline since (ADR 0027).
 */
final class TeamPush {
    private final Project team;
    private final Project copy;
    private final String copyName;

    TeamPush(Project team, Project copy, String copyName) {
        this.team = team;
        this.copy = copy;
        this.copyName = copyName;
    }

    /** A passage's identity across projects: document by content, code and coder by name. */
    record Key(String contentHash, int start, int end, String code, String coder) {
    }

    /** The copy as read once, before the transaction on the server (which may run more than once). */
    record Offline(Optional<String> markText, Optional<PullMark> mark, Map<Long, Document> documents,
                           Codebook codebook, Map<Long, String> coders, List<Segment> passages, List<Memo> memos,
                           List<CausalEvent> events, boolean keepsSharedIds) {
    }

    /** What one run of the push's transaction sent, and the copy's mark as it is once that is committed. */
    private record Sent(PushReport.Builder report, Optional<PullMark> next) {
    }

    PushReport push() {
        Offline offline = settle(readCopy());
        UUID action = UUID.randomUUID();
        Optional<String> prepared = prepare(offline, action);
        String login = team.activeCoder().name();
        TeamRole role = team.store.sessionRole().orElse(TeamRole.LEAD);
        Sent sent;
        try {
            sent = team.store.write(action, () -> send(offline, login, role));
        } catch (RuntimeException e) {
            prepared.ifPresent(text -> takeBack(text, offline.markText().orElseThrow()));
            throw e;
        }
        team.segmentCache.invalidate();
        team.fire(ProjectEvent.CODEBOOK);
        team.fire(ProjectEvent.SEGMENTS);
        team.fire(ProjectEvent.MEMOS);
        team.fire(ProjectEvent.TRACING);
        // Only now, after the server's commit: a copy never claims what the server does not have. Should this step
        // fail, the copy keeps its earlier mark, and the next push finds what this one sent already there.
        sent.next().ifPresent(next -> record(prepared.or(offline::markText).orElseThrow(), next, sent.report(),
                prepared.isPresent()));
        return sent.report().build();
    }

    /**
     * Writes into the copy, before the server, the texts of the memos this push may send and, under a mark that knows
     * its events, the push's action id and the passages coded offline, so a push whose record fails after the
     * server's commit does not leave the next one taking those texts for changes made on the server, nor those
     * passages, removed there since, for offline work (ADR 0027). The mark's text now in the copy; empty when nothing was written (nothing to send, or a mark of an
     * older format). A copy that cannot be written refuses the push here, before the server is written.
     */
    private Optional<String> prepare(Offline offline, UUID action) {
        Optional<PullMark> mark = offline.mark().filter(m -> m.memoVersions().isPresent()
                && m.framesAndScenarios().isPresent());
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        List<Memo> changed = offline.memos().stream().filter(m -> !mark.get().asPulled(m)).toList();
        // The passages coded offline since the last pull or push: a mark that knows its events keeps them too.
        Map<Long, Long> passages = new HashMap<>();
        if (mark.get().shared().events().isPresent()) {
            offline.passages().stream().filter(s -> s.id() > mark.get().maxPassageId()
                    && !mark.get().pushedPassages().containsKey(s.id()))
                    .forEach(s -> passages.put(s.id(), PushInFlight.createdKey(s.created())));
        }
        if (changed.isEmpty() && passages.isEmpty()) {
            return Optional.empty();
        }
        String text = mark.get().beforePush(changed, passages.isEmpty() ? Optional.empty()
                : Optional.of(new PushInFlight(action, passages))).encode();
        return replaceMark(offline.markText().orElseThrow(), text, "nothing was sent (push again once it can be "
                + "written)") ? Optional.of(text) : Optional.empty();
    }

    /**
     * The copy as the outcome of its last push leaves it: when that push's record failed (the process killed after
     * the server's commit, a full disk), the server says whether its action was committed, and the passages it was
     * about to send are recorded as shared (under the server's id, or 0 for one removed there since), so none comes
     * back; otherwise they are offline work still. The settled mark is written before anything is sent.
     */
    private Offline settle(Offline offline) {
        Optional<PushInFlight> inFlight = offline.mark().flatMap(PullMark::inFlight);
        if (inFlight.isEmpty()) {
            return offline;
        }
        Map<Long, Long> shared = new HashMap<>();
        if (team.store.committed(inFlight.get().action()).orElse(false)) {
            List<Segment> server = team.segments.all();
            offline.passages().stream().filter(inFlight.get()::carries).forEach(s -> shared.put(s.id(),
                    server.stream().filter(t -> t.start() == s.start() && t.end() == s.end()
                            && t.created().equals(s.created())).map(Segment::id).findFirst().orElse(0L)));
        }
        PullMark settled = offline.mark().orElseThrow().settled(shared);
        String text = settled.encode();
        if (!replaceMark(offline.markText().orElseThrow(), text, "nothing was sent (push again once it can be "
                + "written)")) {
            throw new ParallaxException("another push from " + copyName + " changed its record meanwhile; nothing was "
                    + "sent (push again)");
        }
        return new Offline(Optional.of(text), Optional.of(settled), offline.documents(), offline.codebook(),
                offline.coders(), offline.passages(), offline.memos(), offline.events(), offline.keepsSharedIds());
    }

    /**
     * {@link #replaceMark(String, String)} before the server is written: a copy that cannot keep what the push is
     * about to send would take it for changes made on the server at its next push, so the push stops here.
     */
    private boolean replaceMark(String expected, String next, String outcome) {
        try {
            return replaceMark(expected, next);
        } catch (ParallaxException e) {
            throw new ParallaxException(copyName + " cannot be written: " + e.getMessage() + "; a push records in the "
                    + "copy what it sends, so " + outcome, e);
        }
    }

    /** The server refused the push: the texts it was about to send are not kept (a failure here changes nothing). */
    private void takeBack(String prepared, String read) {
        try {
            replaceMark(prepared, read);
        } catch (ParallaxException e) {
            // the kept texts claim nothing: the next push finds the server without them and sends what differs
        }
    }

    /** Writes the mark after a push into the copy, unless another push from it changed the mark meanwhile. */
    private void record(String read, PullMark next, PushReport.Builder report, boolean prepared) {
        String why;
        try {
            if (replaceMark(read, next.encode())) {
                return;
            }
            if (report.sentNothing()) {
                // The server already had all of it: the other push, which changed the record, records it.
                report.sentByAnotherPush(copyName);
                return;
            }
            why = "another push from it changed its record meanwhile";
        } catch (ParallaxException e) {
            why = e.getMessage();
        }
        report.notRecorded(why, prepared);
    }

    /**
     * Replaces the copy's mark by {@code next} in one transaction of the copy, unless it is no longer
     * {@code expected}: another push from the same copy changed it meanwhile.
     */
    private boolean replaceMark(String expected, String next) {
        return copy.store.write(() -> {
            if (!copy.settings.get(PullMark.KEY).equals(Optional.of(expected))) {
                return false;
            }
            copy.settings.put(PullMark.KEY, next);
            // What the copy holds now is shared, or about to be: no id of it is handed out again (ADR 0031).
            copy.settings.keepIdsHeld();
            return true;
        });
    }

    private Offline readCopy() {
        Optional<String> markText = copy.settings.get(PullMark.KEY);
        Optional<PullMark> mark = markText.flatMap(PullMark::decode)
                .filter(m -> team.store.location() instanceof TeamUrl url && m.source().equals(url.projectAddress()));
        Map<Long, Document> documents = new HashMap<>();
        copy.documents.list().forEach(d -> documents.put(d.id(), d));
        Map<Long, String> coders = new HashMap<>();
        copy.coders.list().forEach(c -> coders.put(c.id(), c.name()));
        return new Offline(markText, mark, documents, copy.codebook.load(), coders, copy.segments.all(),
                copy.memos.all(), copy.tracing.events(), copy.settings.keepsSharedIds());
    }

    /** The server's side of one run of the push, as the memos are sent against it. */
    record Server(Map<String, Long> documentByHash, Codebook codebook, Map<String, Code> created,
                          Map<Key, Long> passages, String login, TeamRole role, long authorId,
                          Map<String, Long> coderByName) {
    }

    /** Everything the push writes, in the caller's transaction; starts from scratch when the transaction is rerun. */
    private Sent send(Offline offline, String login, TeamRole role) {
        PushReport.Builder report = new PushReport.Builder(offline.mark().isPresent());
        if (offline.mark().filter(m -> m.shared().events().isEmpty()).isPresent()) {
            report.pulledBeforeEvents();
        }
        Map<String, Long> documentByHash = new HashMap<>();
        team.documents.list().forEach(d -> documentByHash.put(d.contentHash(), d.id()));
        Codebook codebook = team.codebook.load();
        Map<String, Long> coderByName = new HashMap<>();
        team.coders.list().forEach(c -> coderByName.put(c.name(), c.id()));
        Map<Key, Long> onServer = new HashMap<>();
        Map<Long, String> codeNames = new HashMap<>();
        codebook.codes().forEach(c -> codeNames.put(c.id(), c.name()));
        Map<Long, String> coderNames = new HashMap<>();
        coderByName.forEach((name, id) -> coderNames.put(id, name));
        Map<Long, String> hashOf = new HashMap<>();
        documentByHash.forEach((hash, id) -> hashOf.put(id, hash));
        Map<Long, Instant> createdOnServer = new HashMap<>();
        Map<Long, Segment> serverById = new HashMap<>();
        List<Segment> serverPassages = team.segments.all();
        for (Segment s : serverPassages) {
            createdOnServer.put(s.id(), s.created());
            serverById.put(s.id(), s);
            onServer.put(new Key(hashOf.get(s.documentId()), s.start(), s.end(), codeNames.get(s.codeId()),
                    coderNames.get(s.coderId())), s.id());
        }

        Map<String, Code> created = new LinkedHashMap<>();
        Map<Key, Segment> drafts = new LinkedHashMap<>();
        Map<Long, Key> keyOfCopyPassage = new HashMap<>();
        boolean pseudonymised = CoderPseudonyms.on(team);
        for (Segment s : offline.passages()) {
            Document document = offline.documents().get(s.documentId());
            Code code = mergedOnServer(offline, codebook,
                    renamedOnServer(offline, codebook, offline.codebook().code(s.codeId()).orElseThrow()));
            String coder = offline.coders().get(s.coderId());
            Key key = new Key(document.contentHash(), s.start(), s.end(), code.name(), coder);
            keyOfCopyPassage.put(s.id(), key);
            Optional<Long> shared = offline.mark().flatMap(m -> m.serverId(s, createdOnServer));
            if (onServer.containsKey(key) || drafts.containsKey(key)) {
                report.passagePresent();
                continue;
            }
            if (!coder.equals(login) && role != TeamRole.LEAD) {
                if (shared.isEmpty()) {
                    report.conflict("passage " + describe(document, s, code) + ": coded offline as " + coder
                            + ", but on the team you code as " + login + " (not sent)");
                }
                continue; // another member's passage, pulled with the copy: theirs to keep or remove
            }
            Long documentId = documentByHash.get(document.contentHash());
            if (documentId == null) {
                report.missingDocument(document.title() + " (" + document.sourceFile() + ")");
                continue;
            }
            Code teamCode = codebook.codeNamed(code.name()).orElse(created.get(code.name()));
            if (teamCode == null) {
                boolean knownCode = offline.mark().map(m -> !m.addedHere(code, codebook.code(code.id())))
                        .orElse(false);
                if (role == TeamRole.LEAD && !knownCode) {
                    teamCode = Merging.createLike(team, codebook, offline.codebook(), code);
                    created.put(code.name(), teamCode);
                } else {
                    if (knownCode) {
                        report.missingCode(code.name(), "was deleted from the team codebook since the last pull or push",
                                ", kept in " + copyName + " (a lead adds a code named " + code.name() + " again, or "
                                + "you recode them there to a code the team has; then push again)");
                    } else {
                        report.missingCode(code.name(), "is not in the team codebook (a lead adds it, then push again)",
                                "");
                    }
                    continue;
                }
            }
            if (shared.isPresent()) {
                Segment there = serverById.get(shared.get());
                // Still on the server as pulled, but coded or bounded otherwise: which side changed it, a passage's
                // row does not say (it has no version), so neither is taken for the newer.
                report.conflict("passage " + describe(document, s, code) + " of " + coder + (there == null
                        ? " was removed or recoded on the server since the last pull or push" + (offline
                        .keepsSharedIds() ? " (not sent again)" : ", or coded in " + copyName + " in the id of a "
                        + "pulled or pushed passage removed there, which a copy pulled by an older Parallax cannot "
                        + "tell apart (not sent: if it is yours, code it again in the team project, or pull a new "
                        + "copy)")
                        : " is " + there.start() + "–" + there.end() + " (" + codeNames.get(there.codeId())
                        + ") on the server: recoded there or in " + copyName + " since the last pull or push (not sent; "
                        + "recode it in the team project if yours is the one to keep)"));
                continue;
            }
            Long coderId = coderByName.get(coder);
            if (coderId == null && pseudonymised && CoderPseudonyms.readsAsPseudonym(coder)) {
                // Refused as a new coder on the server (PseudonymGuardedCoders): said per coder, the rest still sent.
                report.coderLikeAPseudonym(coder);
                continue;
            }
            if (coderId == null) {
                Coder added = team.coders.ensure(coder);
                coderId = added.id();
                coderByName.put(coder, coderId);
            }
            drafts.put(key, new Segment(0, documentId, s.start(), s.end(), teamCode.id(), coderId, null, s.created()));
        }
        List<Segment> added = team.segments.insertAll(PassageBoundaries.of(drafts.values(), team.documents::text)
                .passages());
        for (Segment s : added) {
            createdOnServer.put(s.id(), s.created());
            onServer.put(new Key(hashOf.get(s.documentId()), s.start(), s.end(), codeName(codebook, created,
                    s.codeId()), coderName(coderByName, s.coderId())), s.id());
        }
        report.passagesSent(added.size(), created.keySet());

        Server server = new Server(documentByHash, codebook, created, onServer, login, role, team.activeCoder().id(),
                coderByName);
        MemoPush memos = new MemoPush(team, copyName, offline, server, report);
        List<MemoTarget> targets = new ArrayList<>();
        Map<Memo, Memo> agreed = new HashMap<>();
        for (Memo memo : offline.memos()) {
            MemoTarget target = memos.serverTarget(memo, keyOfCopyPassage);
            if (target != null) {
                targets.add(target);
            }
            memos.send(memo, target).ifPresent(there -> agreed.put(memo, there));
        }
        offline.mark().ifPresent(mark -> {
            OfflineWorkNotSent notSent = new OfflineWorkNotSent(mark, copyName, report);
            notSent.removals(offline.passages(), offline.memos(), targets, team.documents.list(),
                    serverPassages, team.memos.all(), codebook, coderByName.get(login), coderNames,
                    role == TeamRole.LEAD);
            notSent.codebookAndDocuments(offline.passages(), offline.codebook(), offline.documents().values(),
                    documentByHash, codebook);
        });
        EventPush.Agreed events = new EventPush(team, copyName, report).send(offline.events(), offline.mark(),
                role == TeamRole.LEAD);
        Optional<PullMark> next = offline.mark().filter(m -> m.memoVersions().isPresent())
                .map(m -> m.afterPush(shared(offline.passages(), keyOfCopyPassage, onServer, createdOnServer), agreed,
                        addedCodes(offline.codebook(), created)))
                .map(m -> m.with(m.shared().withEvents(events.keys(), events.serverIds())));
        return new Sent(report, next);
    }

    /**
     * The copy's code under the name the server now gives it: a pulled code left as pulled in the copy and renamed on
     * the server since (same id, a later version there) is the same code, so its passages go to it.
     */
    /**
     * The code a pulled code was merged into on the server since (a merge deletes the code it merges, so its passages
     * would otherwise go unsent), else the code itself.
     */
    private Code mergedOnServer(Offline offline, Codebook server, Code code) {
        boolean pulled = offline.mark().map(m -> m.codeVersions().containsKey(code.id())).orElse(false);
        if (!pulled || server.codeNamed(code.name()).isPresent() || server.code(code.id()).isPresent()) {
            return code;
        }
        return CodeMerges.target(team.settings, server, code.id()).orElse(code);
    }

    private static Code renamedOnServer(Offline offline, Codebook server, Code code) {
        Optional<Long> pulledVersion = offline.mark().map(m -> m.codeVersions().get(code.id()));
        if (pulledVersion.isEmpty() || !pulledVersion.get().equals(code.version())
                || server.codeNamed(code.name()).isPresent()) {
            return code;
        }
        return server.code(code.id()).filter(there -> there.version() > code.version())
                .map(there -> code.withName(there.name())).orElse(code);
    }

    /**
     * The copy's passages now on the server, by their ids on both sides: the same place, code and coder, and the same
     * creation date (a push sends it with the passage), so a passage coded there on its own is not taken for one.
     */
    private static Map<Long, Long> shared(List<Segment> passages, Map<Long, Key> keyOfCopyPassage,
            Map<Key, Long> onServer, Map<Long, Instant> createdOnServer) {
        Map<Long, Long> shared = new HashMap<>();
        for (Segment s : passages) {
            Long id = onServer.get(keyOfCopyPassage.get(s.id()));
            if (id != null && s.created().equals(createdOnServer.get(id))) {
                shared.put(s.id(), id);
            }
        }
        return shared;
    }

    /** The copy's codes a lead's push added to the team codebook, each with the code it became there. */
    private static Map<Code, Code> addedCodes(Codebook copy, Map<String, Code> created) {
        Map<Code, Code> added = new HashMap<>();
        copy.codes().stream().filter(c -> created.containsKey(c.name())).forEach(c -> added.put(c,
                created.get(c.name())));
        return added;
    }

    private static String codeName(Codebook codebook, Map<String, Code> created, long codeId) {
        return codebook.code(codeId).map(Code::name).orElseGet(() -> created.values().stream()
                .filter(c -> c.id() == codeId).map(Code::name).findFirst().orElse(null));
    }

    private static String coderName(Map<String, Long> coderByName, long coderId) {
        return coderByName.entrySet().stream().filter(e -> e.getValue() == coderId).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    static String describe(Document document, Segment s, Code code) {
        return "\"" + document.title() + "\" " + s.start() + "–" + s.end() + " (" + code.name() + ")";
    }
}
