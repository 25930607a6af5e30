package org.parallax.model;

/**
 * A stored document without its text (texts are loaded on demand, they can be large).
 * {@code length} is the text length in UTF-16 code units, {@code contentHash} the SHA-256
 * of the normalised text in hex.
 *
 * <p>{@code version} is the stored version of the metadata it was read at (0 when not read from a project); a
 * metadata change made against an older version is refused.
 */
public record Document(long id, DocumentMeta meta, int length, String contentHash, String sourceFile, long version) {
    /** A document not read from a project (version 0). */
    public Document(long id, DocumentMeta meta, int length, String contentHash, String sourceFile) {
        this(id, meta, length, contentHash, sourceFile, 0);
    }

    public String title() {
        return meta.title();
    }
}
