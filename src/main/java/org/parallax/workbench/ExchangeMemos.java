package org.parallax.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.model.Counted;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;

/**
 * Memos arriving in a REFI-QDA import: a Description plus linked Notes become one memo (a text both carry once),
 * a code's Note that repeats its Description (or the end of it, after "Memo: ") marks that text as a memo rather than
 * a definition, and a memo for a document, code or the project already here is kept, with a different imported text
 * appended.
 */
final class ExchangeMemos {
    private final Project project;
    private final Map<String, Note> notes;
    private final Map<String, String> userNames;
    private final Set<String> usedNotes;
    private final List<String> problems;
    private final Map<String, Note> codeMemos = new LinkedHashMap<>();
    private final Map<MemoTarget, MemoDraft> drafts = new LinkedHashMap<>();
    private final Map<String, Long> authorIds = new HashMap<>();
    private boolean changedExisting;

    ExchangeMemos(Project project, Map<String, Note> notes, Map<String, String> userNames, Set<String> usedNotes,
                  List<String> problems) {
        this.project = project;
        this.notes = notes;
        this.userNames = userNames;
        this.usedNotes = usedNotes;
        this.problems = problems;
    }

    /** One memo text from a Description and note references, in that order, each distinct text once; or null. */
    String text(String description, List<String> noteGuids, String where) {
        List<String> parts = new ArrayList<>();
        add(parts, description);
        for (String guid : noteGuids) {
            Note note = notes.get(guid);
            if (note == null) {
                problems.add(where + ": a note " + guid + " is missing");
            } else {
                usedNotes.add(guid);
                add(parts, note.text());
            }
        }
        // One part is the memo as it is: a copy of each of 200,000 passage memos would double what an import holds.
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : String.join("\n\n", parts);
    }

    /**
     * The first of these notes the file holds, whose writer and dates a memo made of them takes; null for none (a
     * Description alone names no one).
     */
    Note first(List<String> noteGuids) {
        return noteGuids.stream().map(notes::get).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The code tree with memo Descriptions taken out (they are not definitions); remembers each code's memo. */
    List<CodeNode> separateCodeMemos(List<CodeNode> nodes) {
        List<CodeNode> out = new ArrayList<>();
        for (CodeNode node : nodes) {
            List<CodeNode> children = separateCodeMemos(node.children());
            String description = node.description();
            if (!node.noteGuids().isEmpty()) {
                Note first = first(node.noteGuids());
                String memo = text(null, node.noteGuids(), "Code '" + node.name() + "'");
                if (memo != null) {
                    codeMemos.put(node.guid(), first == null ? new Note(node.guid(), node.name(), memo, null, null)
                            : new Note(node.guid(), node.name(), memo, first.userGuid(), first.created(), null,
                            first.modifyingUserGuid(), first.modified()));
                    String shown = description;
                    List<String> noteTexts = node.noteGuids().stream().map(notes::get).filter(Objects::nonNull)
                            .map(Note::text).toList();
                    boolean repeated = shown != null && noteTexts.stream().anyMatch(n -> n.strip().equals(shown.strip()));
                    description = repeated ? null : GuideDescription.withoutMemo(description, noteTexts);
                }
            }
            out.add(new CodeNode(node.guid(), node.name(), node.codable(), node.color(), description, children,
                    node.noteGuids()));
        }
        return out;
    }

    /** Stores the memos {@link #separateCodeMemos} found, for the codes the import matched or created. */
    void storeCodeMemos(Map<String, Long> codeIds, Set<Long> codesBefore) {
        codeMemos.forEach((guid, note) -> {
            Long codeId = codeIds.get(guid);
            if (codeId != null) {
                store(MemoTarget.code(codeId), note.text(), note, codesBefore.contains(codeId));
            }
        });
    }

    /**
     * Stores an imported memo on a document, code or the project: as it is when there is none, appended when the
     * one here says something else. {@code existingTarget} says the target was here before the import. The memo is
     * written by {@link #flush}, once: reading and writing the project memo whole for each of 50,000 free notes took
     * longer than five minutes.
     */
    void store(MemoTarget target, String text, Note by, boolean existingTarget) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.length() > Memos.MAX_LENGTH) {
            problems.add("A " + target.kind().label() + " memo of " + text.length() + " characters not imported "
                    + "(at most " + Memos.MAX_LENGTH + ")");
            return;
        }
        MemoDraft draft = drafts.computeIfAbsent(target, t -> new MemoDraft(project.memos.get(t)
                .map(Memo::text).orElse(null)));
        if (draft.holds(text)) {
            return;
        }
        if (!draft.fits(text)) {
            draft.leftOut++;
            return;
        }
        String author = by == null || by.userGuid() == null ? ExchangeImport.UNKNOWN_CODER : userName(by.userGuid());
        draft.add(text, authorIds.computeIfAbsent(author, a -> project.coders.ensure(a).id()), author,
                by == null ? null : by.created());
        if (by != null && by.modifyingUserGuid() != null) {
            draft.modifiedBy(userName(by.modifyingUserGuid()), by.modified());
        }
        changedExisting |= existingTarget;
    }

    /** Writes the memos {@link #store} gathered, each once. */
    void flush() {
        Instant now = project.now();
        drafts.forEach((target, draft) -> {
            if (draft.changed()) {
                Optional<Memo> asWritten = draft.asWritten(target);
                if (asWritten.isPresent()) {
                    project.memos.restore(target, asWritten.get());
                } else {
                    project.memos.save(target, draft.text(), draft.authorId, draft.when(now));
                }
            }
            if (draft.leftOut > 0) {
                problems.add(Counted.of(draft.leftOut, "imported text") + " not added to "
                        + (target.kind() == MemoKind.PROJECT ? "the project memo" : "a " + target.kind().label()
                        + " memo") + ": it would hold more than " + String.format(java.util.Locale.ROOT, "%,d",
                        Memos.MAX_LENGTH) + " characters");
            }
        });
        drafts.clear();
    }

    private String userName(String guid) {
        return userNames.getOrDefault(guid, guid);
    }

    /** Whether a memo of something that was here before the import changed, which undoing a merge would not revert. */
    boolean changedExisting() {
        return changedExisting;
    }

    private static void add(List<String> parts, String text) {
        if (text != null && !text.isBlank() && parts.stream().noneMatch(p -> Objects.equals(p.strip(), text.strip()))) {
            parts.add(text);
        }
    }
}
