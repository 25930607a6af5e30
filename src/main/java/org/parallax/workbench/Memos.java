package org.parallax.workbench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.io.MemoExporter;
import org.parallax.model.Memo;
import org.parallax.model.MemoRow;
import org.parallax.model.MemoTarget;
import org.parallax.model.NotInProject;
import org.parallax.model.ParallaxException;
import org.parallax.model.TextLimits;
import org.parallax.search.MemoIndex;

/** Memos on the project (research journal), documents, codes and passages: read, write, undo, list. */
public final class Memos {
    /** A memo is prose; a million characters is far beyond any journal and keeps a pasted file from bloating the project. */
    static final int MAX_LENGTH = TextLimits.MEMO;

    private final Project project;
    /** The memo search index and the memos it was built from; rebuilt when they differ (derived data). */
    private MemoIndex index;
    private List<Memo> indexed;

    Memos(Project project) {
        this.project = project;
    }

    /** The memo of a target, or empty when there is none or blind mode hides it (another coder's work). */
    public Optional<Memo> memo(MemoTarget target) {
        return project.memos.get(target).filter(this::visible);
    }

    private boolean visible(Memo memo) {
        return !project.hides(memo);
    }

    /** Every memo of the project, project memo first. */
    public List<Memo> all() {
        return project.memos.all();
    }

    /** The memos a filter keeps, with what each is about, project memo first. */
    public List<MemoRow> rows(MemoFilter filter) {
        List<Memo> shown = filter.query() == null ? project.visibleMemos()
                : project.visibleMemos(matching(filter.query()));
        List<MemoRow> rows = new MemoRows(project).rows(shown);
        if (filter.author() != null) {
            requireAuthor(filter.author(), rows);
        }
        return rows.stream()
                .filter(r -> filter.kind() == null || r.kind().equals(filter.kind().label()))
                .filter(r -> filter.author() == null || filter.author().strip().equalsIgnoreCase(r.author()))
                .filter(r -> filter.documentId() == null || filter.documentId().equals(r.documentId()))
                .toList();
    }

    /**
     * A filter by a name that is neither a coder's nor a memo's author (in any case, as memos match it) is refused
     * naming those there are: an empty list would read as a coder who wrote no memo.
     */
    private void requireAuthor(String author, List<MemoRow> rows) {
        Set<String> names = new LinkedHashSet<>();
        project.reads.coders().forEach(c -> names.add(c.name()));
        rows.forEach(r -> names.add(r.author()));
        names.remove(null);
        if (names.stream().noneMatch(author.strip()::equalsIgnoreCase)) {
            throw CoderNames.unknown(author, project.displayName(), List.copyOf(names));
        }
    }

    /** The memos a memo search finds (docs/search.md#memos), for {@code memo:} in document searches. */
    List<Memo> matching(String query) {
        // Words of a memo blind mode hides would find its document or passage (search's memo: clause).
        List<Memo> memos = project.visibleMemos();
        java.util.Set<Long> hits = index(memos).search(query);
        return memos.stream().filter(m -> hits.contains(m.id())).toList();
    }

    private synchronized MemoIndex index(List<Memo> memos) {
        if (index == null || !memos.equals(indexed)) {
            index = MemoIndex.of(memos);
            indexed = memos;
        }
        return index;
    }

    /**
     * The rows as an output carries them: as they are for a listing on screen, and for one {@code written} (a workbook,
     * a listing printed pseudonymised) with the authors named as files name them ({@link CoderNaming}) and the texts
     * pseudonymised as the session pseudonymises its output. Listed on screen, the memos of a project that pseudonymises
     * its coders named them Coder 1, Coder 2, … where `segments` and `agreement` named them by name.
     */
    public List<MemoRow> asWritten(List<MemoRow> rows, boolean written) {
        if (!written) {
            return rows;
        }
        CoderNaming naming = CoderNaming.of(project);
        PseudonymisedOutput output = PseudonymisedOutput.of(project);
        return output.active() ? rows.stream().map(naming::memo).map(output::memo).toList() : rows;
    }

    /** The memos a filter keeps, chosen by the authors' own names, each author then named as files name them. */
    List<MemoRow> written(MemoFilter filter) {
        CoderNaming naming = CoderNaming.of(project);
        return rows(filter).stream().map(naming::memo).toList();
    }

    /** Writes the memos a filter keeps as CSV, or JSON for a .json file (docs/export.md). */
    public void export(MemoFilter filter, Path file, boolean neutraliseFormulas) {
        export(filter, file, neutraliseFormulas, false);
    }

    /** {@link #export(MemoFilter, Path, boolean)}, with {@code pseudonymise} sensitive values replaced in every text. */
    public void export(MemoFilter filter, Path file, boolean neutraliseFormulas, boolean pseudonymise) {
        List<MemoRow> rows = written(filter);
        PseudonymisedOutput output = PseudonymisedOutput.of(project, pseudonymise);
        if (output.active()) {
            rows = rows.stream().map(output::memo).toList();
        }
        new MemoExporter(neutraliseFormulas).write(rows, file);
    }

    /** What a memo is about, in words: "Project", a document's title, a code's name, "CODE in TITLE". */
    public String about(MemoTarget target) {
        checkExists(target);
        return switch (target.kind()) {
            case PROJECT -> "Project";
            case DOCUMENT -> project.documents.get(target.id()).orElseThrow().title();
            case CODE -> project.codebook.load().code(target.id()).orElseThrow().name();
            case PASSAGE -> {
                org.parallax.model.Segment s = project.segments.get(target.id()).orElseThrow();
                yield project.codebook.load().code(s.codeId()).map(org.parallax.model.Code::name).orElse("?") + " in "
                        + project.documents.get(s.documentId()).orElseThrow().title();
            }
        };
    }

    /** As {@link #about}, or empty when the document, code or passage is gone (removed since it was shown). */
    public Optional<String> aboutIfPresent(MemoTarget target) {
        return exists(target) ? Optional.of(about(target)) : Optional.empty();
    }

    /** Sets or clears (blank text) a memo as one undoable action. */
    public Optional<Memo> set(MemoTarget target, String text) {
        return session(target).save(text);
    }

    /** Starts an editing session on the memo as it is now: saves as the researcher types, undone as one action. */
    public MemoSession session(MemoTarget target) {
        checkWritable(target);
        return new MemoSession(project, this, target, project.memos.get(target).orElse(null));
    }

    /**
     * Starts an editing session on the text the researcher was shown: {@code basis} is that memo (null: none).
     * A save is refused, naming who, when the memo was written or changed since by another window or coder.
     */
    public MemoSession session(MemoTarget target, Memo basis) {
        checkWritable(target);
        return new MemoSession(project, this, target, basis);
    }

    /** Writes the text over {@code basis} (refused when the memo moved on since), no undo record. */
    Optional<Memo> writeOver(Memo basis, MemoTarget target, String text) {
        return project.memos.saveOver(basis, target, checked(text), project.activeCoder().id(),
                project.now());
    }

    private static String checked(String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new ParallaxException("A memo holds at most " + MAX_LENGTH + " characters (this one has "
                    + text.length() + ")");
        }
        return text == null || text.isBlank() ? null : text;
    }

    /** Writes the text, no undo record; blank text deletes the memo. */
    Optional<Memo> write(MemoTarget target, String text) {
        return project.memos.save(target, checked(text), project.activeCoder().id(),
                project.now());
    }

    private boolean exists(MemoTarget target) {
        return switch (target.kind()) {
            case PROJECT -> true;
            case DOCUMENT -> project.documents.get(target.id()).isPresent();
            case CODE -> project.codebook.load().code(target.id()).isPresent();
            // In blind mode another coder's passage is not there for the viewer: a memo on it would be written blind
            // and its confirmation would name the passage's code and document.
            case PASSAGE -> project.segments.get(target.id())
                    .filter(s -> !project.blind() || s.coderId() == project.activeCoder().id()).isPresent();
        };
    }

    private void checkExists(MemoTarget target) {
        if (!exists(target)) {
            throw switch (target.kind()) {
                case PASSAGE -> project.noPassage(target.id());
                case DOCUMENT -> project.noDocument(target.id());
                default -> new NotInProject(project.displayName(), target.kind().label() + " with id " + target.id(),
                        "codes");
            };
        }
    }

    /**
     * Whether the target has a memo blind mode hides from the active coder (another coder's work), which they may
     * therefore not write over: one Parallax hides, or one a team server does not hand over at all.
     */
    public boolean hidden(MemoTarget target) {
        return project.blind() && (project.memos.get(target).filter(m -> !visible(m)).isPresent()
                || project.memos.hiddenFromSession(target));
    }

    /** A target whose memo may be written: one memo per target, so writing would overwrite a memo blind mode hides. */
    private void checkWritable(MemoTarget target) {
        checkExists(target);
        if (hidden(target)) {
            throw new ParallaxException("The " + new PassageNames(project).memo(target) + " was written by another "
                    + "coder and is hidden in blind mode; nothing was changed");
        }
    }
}
