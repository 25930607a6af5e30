package org.parallax.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text: recognises a document imported twice, and tells a stored text (a document's, a memo's) from a damaged one. */
public final class ContentHash {
    private ContentHash() {
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code normalisedText}. */
    public static String sha256Hex(String normalisedText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalisedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
