package org.parallax.io;

/**
 * Bounds that keep a hostile file from exhausting memory or time: the size of the file itself,
 * and for zip-based formats (DOCX) the number of entries, the total unpacked size and the
 * compression ratio of any single entry that unpacks to more than 32 MB ({@code ZipBombGuard}).
 */
public record ImportLimits(long maxFileBytes, int maxZipEntries, long maxUnpackedBytes, double maxCompressionRatio) {

    public ImportLimits {
        if (maxFileBytes <= 0 || maxZipEntries <= 0 || maxUnpackedBytes <= 0 || maxCompressionRatio <= 1) {
            throw new IllegalArgumentException("Import limits must be positive (ratio above 1)");
        }
    }

    /** 64 MB per file, 10,000 zip entries, 256 MB unpacked, compression ratio 100. */
    public static ImportLimits defaults() {
        return new ImportLimits(64L << 20, 10_000, 256L << 20, 100);
    }
}
