package org.parallax.workbench;

/** One side of a {@link PassagesReplacement}: passages put in or taken out, in the store and then in memory. */
interface PassagesEditPart {
    /** The stored part of the change; joins the caller's transaction. */
    void write(boolean add);

    /** The in-memory part of the change, once it is committed. */
    void cache(boolean add);

    /** Counts what {@link #write} just put back ({@code add}) or took out, before {@link #cache}. */
    void tally(PassagesChanged.Tally tally, boolean add);
}
