package org.parallax.workbench;

/** One problem a project check found: where (the file, a document, a passage, the index) and what. */
public record CheckFinding(String where, String problem) {
    @Override
    public String toString() {
        return where + ": " + problem;
    }
}
