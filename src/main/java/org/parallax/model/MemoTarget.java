package org.parallax.model;

/** The thing a memo belongs to: its kind and the id of the document, code or passage (0 for the project). */
public record MemoTarget(MemoKind kind, long id) {
    private static final MemoTarget PROJECT = new MemoTarget(MemoKind.PROJECT, 0);

    public MemoTarget {
        if (kind == null) {
            throw new IllegalArgumentException("A memo target needs a kind");
        }
        if ((kind == MemoKind.PROJECT) != (id == 0)) {
            throw new IllegalArgumentException("Only the project memo has no target id: " + kind + " " + id);
        }
    }

    public static MemoTarget project() {
        return PROJECT;
    }

    public static MemoTarget document(long documentId) {
        return new MemoTarget(MemoKind.DOCUMENT, documentId);
    }

    public static MemoTarget code(long codeId) {
        return new MemoTarget(MemoKind.CODE, codeId);
    }

    public static MemoTarget passage(long segmentId) {
        return new MemoTarget(MemoKind.PASSAGE, segmentId);
    }
}
