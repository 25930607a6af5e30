package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.store.CodebookStore;

/**
 * Several codes changed together as one step of the undo history (moved into a frame, renamed with the rules that
 * cite them). Each code is written against the version this project last wrote, so a code changed meanwhile by
 * another window or team member is refused, not overwritten, and a refused code leaves every one as it was. Undo
 * writes each code back as the one who last changed it before had it, recorded as theirs, not as the undoer's.
 */
final class CodesRewrite implements Edit {
    private final Project project;
    private final String label;
    private final List<Code> before;
    private final List<Code> after;
    /** Who last changed each code before the last apply, by code id (null: unknown): undo records it again. */
    private final Map<Long, String> editorsBefore = new HashMap<>();
    /** The frames' and scenarios' descriptions that change with the codes (they cite a renamed code). */
    private final DescriptionsRewrite descriptions;

    /**
     * {@code before} as shown to the user (their versions are the ones the first write is checked against) and
     * {@code after} in the same order.
     */
    CodesRewrite(Project project, String label, List<Code> before, List<Code> after) {
        this(project, label, before, after, DescriptionsRewrite.NONE);
    }

    /** The same, with frames' and scenarios' {@code descriptions} changed in the same step. */
    CodesRewrite(Project project, String label, List<Code> before, List<Code> after,
                 DescriptionsRewrite descriptions) {
        this.project = project;
        this.label = label;
        this.before = before;
        this.after = after;
        this.descriptions = descriptions;
        before.forEach(c -> project.written.put(key(c), c.version()));
    }

    /**
     * The codes of {@code book} but {@code except} whose definition or rules cite {@code oldName}, and the frames and
     * scenarios whose description does, rewritten to cite {@code newName} ({@link CodeReferences}).
     */
    static CodesRewrite citing(Project project, Codebook book, String oldName, String newName, Set<Long> except) {
        List<Code> citing = CodeReferences.rewritten(book, oldName, newName, except);
        return new CodesRewrite(project, "Rules citing " + oldName, citing.stream()
                .map(c -> book.code(c.id()).orElseThrow(() -> Codebooks.noSuchCode(c.id()))).toList(), citing,
                DescriptionsRewrite.citing(project, book, oldName, newName));
    }

    /** A code's key in {@link Project#written}. */
    static String key(Code code) {
        return "code:" + code.id();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() {
        firing(this::writeAfter);
    }

    @Override
    public void revert() {
        firing(this::writeBefore);
    }

    /** Writes the codes as changed, without telling the views: for an edit that makes this one part of its own. */
    void writeAfter() {
        write(after, true);
    }

    /** Writes the codes back as they were, without telling the views. */
    void writeBefore() {
        write(before, false);
    }

    private void firing(Runnable write) {
        try {
            write.run();
        } finally {
            project.fire(ProjectEvent.CODEBOOK);
        }
    }

    private void write(List<Code> codes, boolean forward) {
        // The versions are kept only once the whole transaction is in.
        Map<String, Long> versions = project.store.write(() -> {
            Map<String, Long> written = new HashMap<>();
            for (Code c : codes) {
                Code at = c.withVersion(project.written.get(key(c)));
                if (forward) {
                    editorsBefore.put(c.id(), project.codebook.lastEditor(CodebookStore.Entry.CODE, c.id())
                            .orElse(null));
                }
                written.put(key(c), forward ? project.codebook.updateCode(at)
                        : project.codebook.updateCodeAs(at, editorsBefore.get(c.id())));
            }
            written.putAll(descriptions.write(forward));
            return written;
        });
        project.written.putAll(versions);
    }
}
