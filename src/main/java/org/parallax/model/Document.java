package org.parallax.model;

/**
 * A stored document without its text (texts are loaded on demand, they can be large).
 * {@code length} is the text length in UTF-16 code units, {@code contentHash} the SHA-256
 * of the normalised text in hex.
 */
public record Document(long id, DocumentMeta meta, int length, String contentHash, String sourceFile) {

    public String title() {
        return meta.title();
    }
}
