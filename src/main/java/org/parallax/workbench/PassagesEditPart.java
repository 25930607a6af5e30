package org.parallax.workbench;

/** One side of a {@link PassagesReplacement}: passages put in or taken out, in the store and then in memory. */
interface PassagesEditPart {
    /** The stored part of the change; joins the caller's transaction. */
    void write(boolean add);

    /** The in-memory part of the change, once it is committed. */
    void cache(boolean add);

    /** Counts what {@link #write} just put back ({@code add}) or took out, before {@link #cache}. */
    void tally(PassagesChanged.Tally tally, boolean add);

    /** This part put in ({@code add}) or taken out as an edit of its own, by {@link #change(Project, Step...)}. */
    default PassagesChanged change(Project project, boolean add) {
        return change(project, new Step(this, add));
    }

    /**
     * The one way an edit of passages is done and undone: every step written in one transaction; the read cache
     * kept, since only passages, their memos and provenance changed; what changed counted before the passage cache
     * takes it in; the window told.
     */
    static PassagesChanged change(Project project, Step... steps) {
        long commits = project.store.commits();
        project.store.write(() -> {
            for (Step step : steps) {
                step.part().write(step.add());
            }
            return null;
        });
        project.reads.passagesChanged(commits);
        PassagesChanged.Tally tally = new PassagesChanged.Tally();
        for (Step step : steps) {
            step.part().tally(tally, step.add());
        }
        for (Step step : steps) {
            step.part().cache(step.add());
        }
        project.fire(ProjectEvent.SEGMENTS);
        return tally.result();
    }

    /** A part and which way it goes. */
    record Step(PassagesEditPart part, boolean add) {
    }
}
