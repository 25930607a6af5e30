package org.parallax.workbench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.PullMark;
import org.parallax.model.TeamRole;

/**
 * The memos of one {@link TeamPush}: each memo of the copy sent to where it belongs on the server, unless the server's
 * memo there was changed since the copy's last exchange, removed, or is another member's; each not sent is said.
 */
final class MemoPush {
    private static final String COPY_IT = "copy it into the team project or into a newly pulled copy";
    private final Project team;
    private final String copyName;
    private final TeamPush.Offline offline;
    private final TeamPush.Server server;
    private final PushReport.Builder report;
    /** The copy's memos by id, made when first asked for. */
    private Map<Long, Memo> copyMemos;

    MemoPush(Project team, String copyName, TeamPush.Offline offline, TeamPush.Server server,
            PushReport.Builder report) {
        this.team = team;
        this.copyName = copyName;
        this.offline = offline;
        this.server = server;
        this.report = report;
    }

    /** Where a memo of the copy belongs on the server: its document by content, code by name, passage by place. */
    MemoTarget serverTarget(Memo memo, Map<Long, TeamPush.Key> keyOfPassage) {
        return switch (memo.target().kind()) {
            case PROJECT -> MemoTarget.project();
            case DOCUMENT -> Optional.ofNullable(server.documentByHash().get(offline.documents()
                    .get(memo.target().id()).contentHash())).map(MemoTarget::document).orElse(null);
            case CODE -> offline.codebook().code(memo.target().id()).map(Code::name)
                    .flatMap(name -> server.codebook().codeNamed(name)
                            .or(() -> Optional.ofNullable(server.created().get(name))))
                    .map(c -> MemoTarget.code(c.id())).orElse(null);
            case PASSAGE -> Optional.ofNullable(keyOfPassage.get(memo.target().id())).map(server.passages()::get)
                    .map(MemoTarget::passage).orElse(null);
        };
    }

    /** Sends one memo of the copy, or says why not; the server's memo it then equals, if it does. */
    Optional<Memo> send(Memo memo, MemoTarget target) {
        Optional<PullMark> mark = offline.mark();
        String what = memoName(memo);
        if (mark.isPresent() && mark.get().asPulled(memo)) {
            if (!offline.keepsSharedIds()) {
                freedId(memo, target, mark.get(), what);
            }
            return Optional.empty(); // as both sides last agreed: the server's version stands, whatever happened there
        }
        if (target == null) {
            report.conflict("memo on " + what + ": what it belongs to is not on the server (not sent)");
            return Optional.empty();
        }
        Optional<Memo> there = team.memos.get(target);
        if (there.isPresent() && there.get().text().equals(memo.text())) {
            report.memoPresent();
            return there;
        }
        if (there.isPresent() && server.role() != TeamRole.LEAD && !server.login().equals(there.get().author())) {
            report.conflict("memo on " + what + " is " + author(there.get()) + "'s on the server: only they or a lead "
                    + "change it (your text is still in " + copyName + ", not sent)");
            return Optional.empty();
        }
        if (there.isPresent() && pulledOnAnother(there.get(), memo)) {
            // Two memos of the copy land on one passage of the server (its code was merged there into the code of
            // the other's passage): the one sent would replace the pulled one, which the copy holds elsewhere.
            report.conflict("memo on " + what + ": the server holds that passage as " + memoName(copyMemo(
                    there.get().id())) + " (its code was merged into that one's since the last pull or push), whose "
                    + "memo it keeps (your text is still in " + copyName + ", not sent: add it to that memo in the "
                    + "team project)");
            return Optional.empty();
        }
        if (there.isPresent() && (mark.isEmpty() || mark.get().changedOnServer(there.get(), memo)
                && !mark.get().sentFromHere(there.get(), memo))) {
            String why = mark.isEmpty() ? "was changed on the server"
                    : mark.get().memoVersions().isPresent() ? "was changed on the server since the last pull or push"
                    : "differs from the server's, and this copy (pulled by an older Parallax) cannot tell whether it "
                    + "was changed there since the pull";
            report.conflict("memo on " + what + " " + why + " (your text is still in " + copyName + ", not sent)");
            return Optional.empty();
        }
        if (there.isEmpty() && mark.isPresent() && mark.get().removedOnServer(memo)) {
            report.conflict("memo on " + what + " was removed on the server since the last pull or push (your text is "
                    + "still in " + copyName + ", not sent again)");
            return Optional.empty();
        }
        if (memo.text().length() > Memos.MAX_LENGTH) {
            report.conflict("memo on " + what + " is longer than " + Memos.MAX_LENGTH + " characters (not sent)");
            return Optional.empty();
        }
        Optional<Memo> saved = team.memos.saveAs(target, memo.text(), authorOnServer(memo), editorOnServer(memo),
                team.now());
        report.memoSent();
        return saved;
    }

    /**
     * Who a memo sent is by: the pusher, or on a lead's push the copy's author when the team has that coder (a lead
     * pushing a removed coder's copy; the memos read as the lead's before).
     */
    private long authorOnServer(Memo memo) {
        if (server.role() != TeamRole.LEAD || memo.author() == null) {
            return server.authorId();
        }
        return server.coderByName().getOrDefault(memo.author(), server.authorId());
    }

    /**
     * Who the change sent is recorded as: the pusher, or on a lead's push whoever last edited the memo in the copy when
     * the team has that coder (a lead pushing a coder's copy did not write what the coder changed in it).
     */
    private String editorOnServer(Memo memo) {
        String editor = memo.lastEditedBy();
        if (server.role() != TeamRole.LEAD || editor == null || !server.coderByName().containsKey(editor)) {
            return server.login();
        }
        return editor;
    }

    /**
     * A copy pulled before id floors may have given a memo written there the id (and version) of a pulled one removed
     * there: one line for such a memo, unless the server's memo where it belongs holds its text as both last agreed.
     */
    private void freedId(Memo memo, MemoTarget target, PullMark mark, String what) {
        Optional<Memo> there = target == null ? Optional.empty() : team.memos.get(target);
        if (there.filter(m -> !mark.changedOnServer(m, memo)).isPresent()) {
            if (!there.get().text().equals(memo.text())) {
                // Neither side changed it since they agreed, yet the texts differ: the copy's is another memo.
                report.conflict("memo on " + what + " was written in " + copyName + " in the id of a memo removed "
                        + "there, which a copy pulled by an older Parallax cannot send (your text is still in "
                        + copyName + ", not sent: " + COPY_IT + ")");
            }
            return;
        }
        report.conflict("memo on " + what + " was removed or replaced on the server since the last pull or push, or "
                + "written in " + copyName + " in the id of a memo removed there, which a copy pulled by an older "
                + "Parallax cannot tell apart (your text is still in " + copyName + ", not sent: if it is yours, "
                + COPY_IT + ")");
    }

    /** Whether the copy holds the server's memo {@code there} (pulled, same id) on another item than {@code memo}. */
    private boolean pulledOnAnother(Memo there, Memo memo) {
        Memo pulled = copyMemo(there.id());
        return there.id() != memo.id() && pulled != null && !pulled.target().equals(memo.target());
    }

    /** The copy's memo of id {@code id}; null when it has none. */
    private Memo copyMemo(long id) {
        if (copyMemos == null) {
            copyMemos = new HashMap<>();
            offline.memos().forEach(m -> copyMemos.put(m.id(), m));
        }
        return copyMemos.get(id);
    }

    private static String author(Memo memo) {
        return memo.author() == null ? "another member" : memo.author();
    }

    private String memoName(Memo memo) {
        return switch (memo.target().kind()) {
            case PROJECT -> "the project";
            case DOCUMENT -> "document \"" + offline.documents().get(memo.target().id()).title() + "\"";
            case CODE -> "code " + offline.codebook().code(memo.target().id()).map(Code::name).orElse("?");
            case PASSAGE -> offline.passages().stream().filter(s -> s.id() == memo.target().id()).findFirst()
                    .map(s -> "passage " + TeamPush.describe(offline.documents().get(s.documentId()), s,
                            offline.codebook().code(s.codeId()).orElseThrow()))
                    .orElse("passage " + memo.target().id());
        };
    }
}
