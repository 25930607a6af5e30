package org.parallax.workbench;

import org.parallax.store.StaleEditException;

/** One side of a {@link PassagesReplacement}: passages put in or taken out, in the store and then in memory. */
interface PassagesEditPart {
    /** The stored part of the change; joins the caller's transaction. */
    void write(boolean add);

    /** The in-memory part of the change, once it is committed. */
    void cache(boolean add);

    /** What this part holds for undo or redo, as {@link Edit#heldBytes} counts it. */
    long heldBytes();

    /** Counts what {@link #write} just put back ({@code add}) or took out, before {@link #cache}. */
    void tally(PassagesChanged.Tally tally, boolean add);

    /**
     * The line saying so when the last {@link #write} was to take passages out and found every one gone already
     * (another window, the command line's {@code uncode} or another member removed them); null otherwise.
     */
    default String allGone() {
        return null;
    }

    /** This part put in ({@code add}) or taken out as an edit of its own, by {@link #change(Project, Step...)}. */
    default PassagesChanged change(Project project, boolean add) {
        return change(project, new Step(this, add));
    }

    /**
     * The one way an edit of passages is done and undone: every step written in one transaction; the read cache
     * kept, since only passages, their memos and provenance changed; what changed counted before the passage cache
     * takes it in; the window told. A change that found every passage it was to take out gone, and had nothing to
     * put back, is refused: it was said to be undone though nothing changed.
     */
    static PassagesChanged change(Project project, Step... steps) {
        long commits = project.store.commits();
        project.store.write(() -> {
            for (Step step : steps) {
                step.part().write(step.add());
            }
            requireSomethingDone(steps);
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

    private static void requireSomethingDone(Step... steps) {
        String first = null;
        for (Step step : steps) {
            String gone = step.part().allGone();
            if (gone == null) {
                return;
            }
            first = first == null ? gone : first;
        }
        if (first != null) {
            throw new StaleEditException(first);
        }
    }

    /** A part and which way it goes. */
    record Step(PassagesEditPart part, boolean add) {
    }
}
