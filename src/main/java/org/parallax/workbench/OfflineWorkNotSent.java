package org.parallax.workbench;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.Frame;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.PullMark;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;

/**
 * What a push of a pulled copy does not carry, one line each in its report rather than passed over without a word:
 * passages, memos, codes, frames and scenarios removed in the copy that the server still has (a push removes nothing
 * there), and
 * frames, scenarios, codes and documents changed or added in the copy (a push sends passages and memos only).
 */
final class OfflineWorkNotSent {
    private final PullMark mark;
    private final String copyName;
    private final PushReport.Builder report;

    OfflineWorkNotSent(PullMark mark, String copyName, PushReport.Builder report) {
        this.mark = mark;
        this.copyName = copyName;
        this.report = report;
    }

    /**
     * Each code and document changed in the copy, and each code or document added there without passages (one with
     * passages is reported with them): a push sends passages and memos only, so these stay in the copy, said.
     */
    void codebookAndDocuments(List<Segment> passages, Codebook copyCodebook, Collection<Document> documents,
            Map<String, Long> documentByHash, Codebook codebook) {
        String notSent = " in " + copyName + ": a push sends passages and memos, not ";
        Set<Long> codesUsed = new HashSet<>();
        Set<Long> documentsUsed = new HashSet<>();
        passages.forEach(s -> {
            codesUsed.add(s.codeId());
            documentsUsed.add(s.documentId());
        });
        framesAndScenarios(copyCodebook, codebook, notSent);
        removedFramesAndScenarios(copyCodebook, codebook);
        for (Code code : copyCodebook.codes()) {
            boolean added = mark.addedHere(code, codebook.code(code.id()));
            if (!added && mark.changedHere(code)) {
                report.conflict("code " + code.name() + " was changed" + notSent + "changes of the codebook (a lead "
                        + "makes them in the team project)");
            } else if (added && !codesUsed.contains(code.id()) && codebook.codeNamed(code.name()).isEmpty()) {
                report.conflict("code " + code.name() + " was added" + notSent + "codes without passages (a lead adds "
                        + "it in the team project)");
            }
        }
        removedCodes(copyCodebook, codebook);
        for (Document document : documents.stream().sorted(Comparator.comparingLong(Document::id)).toList()) {
            String name = "document \"" + document.title() + "\" (" + document.sourceFile() + ")";
            if (!documentByHash.containsKey(document.contentHash())) {
                if (!documentsUsed.contains(document.id()) && !mark.documentVersions().containsKey(document.id())) {
                    report.conflict(name + " was imported" + notSent + "documents (a lead imports it into the team "
                            + "project)");
                }
            } else if (mark.changedHere(document)) {
                report.conflict(name + ": its details or attributes were changed" + notSent + "changes of documents "
                        + "(change them in the team project)");
            }
        }
    }

    /**
     * Each pulled code, or code a lead's push added, that the copy no longer holds (removed there, or its id given to a
     * code added there) while the team codebook still has it: a push removes nothing from the team project.
     */
    private void removedCodes(Codebook copyCodebook, Codebook codebook) {
        Map<Long, Long> copyIdOf = new HashMap<>();
        mark.shared().pushedCodes().forEach((copyId, serverId) -> copyIdOf.put(serverId, copyId));
        for (Code code : codebook.codes()) {
            Long pushedFrom = copyIdOf.get(code.id());
            boolean held;
            if (pushedFrom != null) {
                // A code added in the freed id starts again at a low version and under another name.
                long agreed = mark.codeVersions().getOrDefault(pushedFrom, 0L);
                held = copyCodebook.code(pushedFrom).filter(c -> c.version() > agreed || c.name().equals(code.name()))
                        .isPresent();
            } else {
                boolean pulled = code.id() <= mark.maxCodeId() && mark.codeVersions().containsKey(code.id());
                held = !pulled || copyCodebook.code(code.id()).filter(c -> !mark.addedHere(c, Optional.of(code)))
                        .isPresent();
            }
            if (!held) {
                report.conflict("code " + code.name() + " was removed in " + copyName + ": a push removes nothing from "
                        + "the team project (a lead removes it there)");
            }
        }
    }

    /** Each frame and scenario changed in the copy or added there: the team codebook's are a lead's to change. */
    private void framesAndScenarios(Codebook copyCodebook, Codebook codebook, String notSent) {
        String changed = " was changed" + notSent + "changes of the codebook (a lead makes them in the team project)";
        for (Frame frame : copyCodebook.frames()) {
            if (mark.changedHere(frame)) {
                report.conflict("frame " + frame.name() + onServer(codebook.frame(frame.id()).map(Frame::name),
                        frame.name()) + changed);
            } else if (mark.addedHere(frame) && codebook.frames().stream().noneMatch(f -> f.name()
                    .equals(frame.name()))) {
                report.conflict("frame " + frame.name() + " was added" + notSent + "frames (a lead adds it in the "
                        + "team project)");
            }
        }
        for (Scenario scenario : copyCodebook.scenarios()) {
            if (mark.changedHere(scenario)) {
                report.conflict("scenario " + scenario.name() + onServer(codebook.scenario(scenario.id())
                        .map(Scenario::name), scenario.name()) + changed);
            } else if (mark.addedHere(scenario) && codebook.scenarioNamed(scenario.name()).isEmpty()) {
                report.conflict("scenario " + scenario.name() + " was added" + notSent + "scenarios (a lead adds it "
                        + "in the team project)");
            }
        }
    }

    /**
     * Each frame and scenario the copy pulled and no longer holds (deleted there) while the team codebook still has
     * it: a push removes nothing from the team project. A mark older than format 5 does not know which it pulled.
     */
    private void removedFramesAndScenarios(Codebook copyCodebook, Codebook codebook) {
        String notRemoved = " was removed in " + copyName + ": a push removes nothing from the team project (a lead "
                + "removes it there)";
        mark.framesAndScenarios().ifPresent(pulled -> {
            codebook.frames().stream().filter(f -> pulled.frames().containsKey(f.id())
                    && copyCodebook.frame(f.id()).isEmpty()).forEach(f -> report.conflict("frame " + f.name()
                    + notRemoved));
            codebook.scenarios().stream().filter(s -> pulled.scenarios().containsKey(s.id())
                    && copyCodebook.scenario(s.id()).isEmpty()).forEach(s -> report.conflict("scenario " + s.name()
                    + notRemoved));
        });
    }

    /** The server's name beside the copy's when a rename made them differ. */
    private static String onServer(Optional<String> serverName, String name) {
        return serverName.filter(n -> !n.equals(name)).map(n -> " (" + n + " on the server)").orElse("");
    }

    /**
     * Each passage and memo removed in the copy but kept on the server: a push removes nothing there.
     * {@code copyMemoTargets}: where on the server the copy's memos belong.
     */
    void removals(List<Segment> copyPassages, List<Memo> copyMemos, Collection<MemoTarget> copyMemoTargets,
            List<Document> serverDocuments,
            List<Segment> serverPassages, List<Memo> serverMemos, Codebook codebook, Long coderId,
            Map<Long, String> coderNames, boolean everyLayer) {
        String notRemoved = " was removed in " + copyName + ": a push removes nothing from the team project (remove "
                + "it there)";
        Map<Long, Document> documents = new HashMap<>();
        serverDocuments.forEach(d -> documents.put(d.id(), d));
        Map<Long, Segment> passages = new HashMap<>();
        serverPassages.forEach(s -> passages.put(s.id(), s));
        for (Segment s : removedPassages(mark, copyPassages, serverPassages, coderId, everyLayer)) {
            report.conflict("passage " + TeamPush.describe(documents.get(s.documentId()), s,
                    codebook.code(s.codeId()).orElseThrow()) + " of " + coderNames.get(s.coderId()) + notRemoved);
        }
        for (Memo memo : removedMemos(mark, copyMemos, copyMemoTargets, serverMemos)) {
            String what = switch (memo.target().kind()) {
                case PROJECT -> "the project";
                case DOCUMENT -> "document \"" + documents.get(memo.target().id()).title() + "\"";
                case CODE -> "code " + codebook.code(memo.target().id()).map(Code::name).orElse("?");
                case PASSAGE -> Optional.ofNullable(passages.get(memo.target().id())).map(s -> "passage "
                        + TeamPush.describe(documents.get(s.documentId()), s, codebook.code(s.codeId()).orElseThrow()))
                        .orElse("a passage");
            };
            report.conflict("memo on " + what + notRemoved);
        }
    }

    /**
     * The server's passages the copy shared (an id the pull wrote, or one a push sent) in the layers the push sends
     * (the login's own; every layer for a lead, who pulled them all) and that the copy no longer holds: no passage of
     * its id in the copy and its creation date (a passage coded offline may have been given a freed id, never the
     * shared one's date).
     */
    private static List<Segment> removedPassages(PullMark mark, List<Segment> copy, List<Segment> server, Long coderId,
            boolean everyLayer) {
        Map<Long, Instant> inCopy = new HashMap<>();
        copy.forEach(s -> inCopy.put(s.id(), s.created()));
        Map<Long, Long> copyIdOf = new HashMap<>();
        mark.pushedPassages().forEach((copyId, serverId) -> copyIdOf.put(serverId, copyId));
        return server.stream()
                .filter(s -> copyIdOf.containsKey(s.id()) || s.id() <= mark.maxPassageId())
                .filter(s -> everyLayer || coderId != null && s.coderId() == coderId)
                .filter(s -> !s.created().equals(inCopy.get(copyIdOf.getOrDefault(s.id(), s.id()))))
                .toList();
    }

    /**
     * The server's memos the copy shared (the mark lists their ids) whose target holds no memo in the copy, told by
     * target rather than id (an undone removal may give a memo a new id; a memo a push sent has another id on the
     * server). A copy pulled by an older Parallax did not record which memos it pulled: none are named.
     */
    private static List<Memo> removedMemos(PullMark mark, List<Memo> copy, Collection<MemoTarget> copyTargets,
            List<Memo> server) {
        Set<MemoTarget> targets = new HashSet<>(copyTargets);
        copy.forEach(m -> targets.add(m.target()));
        return mark.memoVersions().map(shared -> server.stream()
                .filter(m -> shared.onServer().containsKey(m.id()) && !targets.contains(m.target()))
                .toList()).orElse(List.of());
    }
}
