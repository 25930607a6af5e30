package org.parallax.workbench;

/**
 * One problem a project check found: where (the file, a document, a passage, the index) and what. A mendable one
 * says in its problem how to put it right in place, so no backup needs restoring for it and it stops no writing.
 */
public record CheckFinding(String where, String problem, boolean mendable) {
    /** A finding that only a backup puts right. */
    public CheckFinding(String where, String problem) {
        this(where, problem, false);
    }

    @Override
    public String toString() {
        return where + ": " + problem;
    }
}
