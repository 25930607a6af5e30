package org.parallax.analysis;

/** How often one code was applied: segments, distinct documents and coded characters (UTF-16 units). */
public record CodeFrequency(long codeId, String code, int segments, int documents, long characters) {
}
