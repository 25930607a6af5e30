package org.parallax.workbench;

import org.parallax.store.CodebookStore;

/** Undoable changes of versioned codebook entries (codes, frames, scenarios), each checked against its version. */
final class VersionedEdits {
    private final Project project;

    VersionedEdits(Project project) {
        this.project = project;
    }

    /**
     * Applies and records a change of a versioned entry (code, frame, scenario): the change is checked against
     * {@code shownVersion}, the version the user saw, and undo and redo against the version this window last
     * wrote ({@link Project#written}), so none of them overwrites what another window or coder changed meanwhile.
     * Undo puts the entry back as the one who last changed it before had it, recorded as theirs: the name restored is
     * theirs, and a window refused over it names them, not the undoer. Each step returns the new version; a refused
     * step still fires {@code events}, so the views show what is stored now.
     */
    void record(String label, CodebookStore.Entry entry, long id, long shownVersion,
                                 java.util.function.LongUnaryOperator apply, RevertAs revert,
                                 ProjectEvent... events) {
        String key = entry.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
        String[] editorBefore = new String[1];
        java.util.function.LongUnaryOperator applying = version -> project.store.write(() -> {
            // Read with the change, in its transaction: who wrote what this change replaces.
            editorBefore[0] = project.codebook.lastEditor(entry, id).orElse(null);
            return apply.applyAsLong(version);
        });
        project.written.put(key, firing(() -> applying.applyAsLong(shownVersion), events));
        project.history.record(new Edit() {
            public String label() {
                return label;
            }

            public void apply() {
                project.written.put(key, firing(() -> applying.applyAsLong(project.written.get(key)), events));
            }

            public void revert() {
                project.written.put(key, firing(() -> revert.apply(project.written.get(key), editorBefore[0]),
                        events));
            }
        });
    }

    /** Puts an entry back against the version this window last wrote, as {@code editor} had written it. */
    @FunctionalInterface
    interface RevertAs {
        long apply(long version, String editor);
    }

    private long firing(java.util.function.LongSupplier step, ProjectEvent... events) {
        try {
            return step.getAsLong();
        } finally {
            fire(events);
        }
    }

    private void fire(ProjectEvent... events) {
        for (ProjectEvent e : events) {
            project.fire(e);
        }
    }
}
