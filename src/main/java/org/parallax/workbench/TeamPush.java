package org.parallax.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.PullMark;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.store.TeamUrl;

/**
 * {@code team push}: the passages and memos a member added to an offline copy sent back to the team project, as
 * one action (one transaction, run again whole on a serialization failure). Documents are matched by content,
 * codes and coders by name, as in a merge. What is already on the server is counted, not added again, so a push
 * can be repeated. What cannot be sent is reported item by item and nothing of it is written: a document or code
 * the team project lacks, a passage or memo removed or changed on the server since the pull (told apart from
 * offline work by the copy's {@link PullMark}), another member's layer or memo. A push never removes or
 * overwrites anything changed on the server.
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
    private record Key(String contentHash, int start, int end, String code, String coder) {
    }

    /** The copy as read once, before the transaction on the server (which may run more than once). */
    private record Offline(Optional<PullMark> mark, Map<Long, Document> documents, Codebook codebook,
                           Map<Long, String> coders, List<Segment> passages, List<Memo> memos) {
    }

    PushReport push() {
        Offline offline = readCopy();
        String login = team.activeCoder().name();
        TeamRole role = team.store.sessionRole().orElse(TeamRole.LEAD);
        PushReport report = team.store.write(() -> send(offline, login, role));
        team.segmentCache.invalidate();
        team.fire(ProjectEvent.CODEBOOK);
        team.fire(ProjectEvent.SEGMENTS);
        team.fire(ProjectEvent.MEMOS);
        return report;
    }

    private Offline readCopy() {
        Optional<PullMark> mark = copy.settings.get(PullMark.KEY).flatMap(PullMark::decode)
                .filter(m -> team.store.location() instanceof TeamUrl url && m.source().equals(url.projectAddress()));
        Map<Long, Document> documents = new HashMap<>();
        copy.documents.list().forEach(d -> documents.put(d.id(), d));
        Map<Long, String> coders = new HashMap<>();
        copy.coders.list().forEach(c -> coders.put(c.id(), c.name()));
        return new Offline(mark, documents, copy.codebook.load(), coders, copy.segments.all(), copy.memos.all());
    }

    /** Everything the push writes, in the caller's transaction; starts from scratch when the transaction is rerun. */
    private PushReport send(Offline offline, String login, TeamRole role) {
        PushReport.Builder report = new PushReport.Builder(offline.mark().isPresent());
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
        for (Segment s : offline.passages()) {
            Document document = offline.documents().get(s.documentId());
            Code code = offline.codebook().code(s.codeId()).orElseThrow();
            String coder = offline.coders().get(s.coderId());
            Key key = new Key(document.contentHash(), s.start(), s.end(), code.name(), coder);
            keyOfCopyPassage.put(s.id(), key);
            boolean pulled = offline.mark().map(m -> m.pulled(s, createdOnServer)).orElse(false);
            if (onServer.containsKey(key) || drafts.containsKey(key)) {
                report.passagePresent();
                continue;
            }
            if (!coder.equals(login) && role != TeamRole.LEAD) {
                if (!pulled) {
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
                boolean pulledCode = offline.mark().map(m -> code.id() <= m.maxCodeId()).orElse(false);
                if (role == TeamRole.LEAD && !pulledCode) {
                    teamCode = Merging.createLike(team, codebook, offline.codebook(), code);
                    created.put(code.name(), teamCode);
                } else {
                    report.missingCode(code.name(), pulledCode ? "was removed from the team codebook since the pull"
                            : "is not in the team codebook (a lead adds it, then push again)");
                    continue;
                }
            }
            if (pulled) {
                Segment there = serverById.get(s.id());
                // Still on the server as pulled, but coded or bounded otherwise: which side changed it, a passage's
                // row does not say (it has no version), so neither is taken for the newer.
                report.conflict("passage " + describe(document, s, code) + " of " + coder + (there == null
                        ? " was removed or recoded on the server since the pull (not sent again)"
                        : " is " + there.start() + "–" + there.end() + " (" + codeNames.get(there.codeId())
                        + ") on the server: recoded there or in " + copyName + " since the pull (not sent; recode it "
                        + "in the team project if yours is the one to keep)"));
                continue;
            }
            Long coderId = coderByName.get(coder);
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
            onServer.put(new Key(hashOf.get(s.documentId()), s.start(), s.end(), codeName(codebook, created,
                    s.codeId()), coderName(coderByName, s.coderId())), s.id());
        }
        report.passagesSent(added.size(), created.keySet());

        long authorId = team.activeCoder().id();
        for (Memo memo : offline.memos()) {
            sendMemo(memo, offline, documentByHash, codebook, created, onServer, keyOfCopyPassage, login, role,
                    authorId, report);
        }
        offline.mark().ifPresent(mark -> {
            OfflineWorkNotSent notSent = new OfflineWorkNotSent(mark, copyName, report);
            notSent.removals(offline.passages(), offline.memos(), team.documents.list(), serverPassages,
                    team.memos.all(), codebook, coderByName.get(login), coderNames, role == TeamRole.LEAD);
            notSent.codebookAndDocuments(offline.passages(), offline.codebook(), offline.documents().values(),
                    documentByHash, codebook);
        });
        return report.build();
    }

    private void sendMemo(Memo memo, Offline offline, Map<String, Long> documentByHash, Codebook codebook,
            Map<String, Code> created, Map<Key, Long> onServer, Map<Long, Key> keyOfCopyPassage, String login,
            TeamRole role, long authorId, PushReport.Builder report) {
        Optional<PullMark> mark = offline.mark();
        if (mark.isPresent() && mark.get().asPulled(memo)) {
            return; // as pulled: the server's version stands, whatever happened to it there
        }
        String what = memoName(memo, offline);
        MemoTarget target = switch (memo.target().kind()) {
            case PROJECT -> MemoTarget.project();
            case DOCUMENT -> Optional.ofNullable(documentByHash.get(offline.documents().get(memo.target().id())
                    .contentHash())).map(MemoTarget::document).orElse(null);
            case CODE -> offline.codebook().code(memo.target().id()).map(Code::name)
                    .flatMap(name -> codebook.codeNamed(name).or(() -> Optional.ofNullable(created.get(name))))
                    .map(c -> MemoTarget.code(c.id())).orElse(null);
            case PASSAGE -> Optional.ofNullable(keyOfCopyPassage.get(memo.target().id())).map(onServer::get)
                    .map(MemoTarget::passage).orElse(null);
        };
        if (target == null) {
            report.conflict("memo on " + what + ": what it belongs to is not on the server (not sent)");
            return;
        }
        Optional<Memo> there = team.memos.get(target);
        if (there.isPresent() && there.get().text().equals(memo.text())) {
            report.memoPresent();
            return;
        }
        if (there.isPresent() && role != TeamRole.LEAD && !login.equals(there.get().author())) {
            report.conflict("memo on " + what + " is " + author(there.get()) + "'s on the server: only they or a lead "
                    + "change it (your text is still in " + copyName + ", not sent)");
            return;
        }
        if (there.isPresent() && (mark.isEmpty() || mark.get().changedOnServer(there.get(), memo))) {
            String why = mark.isEmpty() ? "was changed on the server"
                    : mark.get().memoVersions().isPresent() ? "was changed on the server since the pull"
                    : "differs from the server's, and this copy (pulled by an older Parallax) cannot tell whether it "
                    + "was changed there since the pull";
            report.conflict("memo on " + what + " " + why + " (your text is still in " + copyName + ", not sent)");
            return;
        }
        if (there.isEmpty() && mark.isPresent() && mark.get().removedOnServer(memo)) {
            report.conflict("memo on " + what + " was removed on the server since the pull (your text is still in "
                    + copyName + ", not sent again)");
            return;
        }
        if (memo.text().length() > Memos.MAX_LENGTH) {
            report.conflict("memo on " + what + " is longer than " + Memos.MAX_LENGTH + " characters (not sent)");
            return;
        }
        team.memos.save(target, memo.text(), authorId, team.now());
        report.memoSent();
    }

    private static String codeName(Codebook codebook, Map<String, Code> created, long codeId) {
        return codebook.code(codeId).map(Code::name).orElseGet(() -> created.values().stream()
                .filter(c -> c.id() == codeId).map(Code::name).findFirst().orElse(null));
    }

    private static String coderName(Map<String, Long> coderByName, long coderId) {
        return coderByName.entrySet().stream().filter(e -> e.getValue() == coderId).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String author(Memo memo) {
        return memo.author() == null ? "another member" : memo.author();
    }

    static String describe(Document document, Segment s, Code code) {
        return "\"" + document.title() + "\" " + s.start() + "–" + s.end() + " (" + code.name() + ")";
    }

    private static String memoName(Memo memo, Offline offline) {
        return switch (memo.target().kind()) {
            case PROJECT -> "the project";
            case DOCUMENT -> "document \"" + offline.documents().get(memo.target().id()).title() + "\"";
            case CODE -> "code " + offline.codebook().code(memo.target().id()).map(Code::name).orElse("?");
            case PASSAGE -> offline.passages().stream().filter(s -> s.id() == memo.target().id()).findFirst()
                    .map(s -> "passage " + describe(offline.documents().get(s.documentId()), s,
                            offline.codebook().code(s.codeId()).orElseThrow()))
                    .orElse("passage " + memo.target().id());
        };
    }
}
