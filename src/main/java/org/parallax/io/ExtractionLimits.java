package org.parallax.io;

import java.time.Duration;

/**
 * The work one file's text extraction may do, so that a small hostile file cannot hold the import:
 * bytes decoded from compressed streams (counted again each time a shared stream is drawn), nesting
 * depth of PDF form XObjects, PDF pages, characters of extracted text, and time (the reading thread's processor
 * time, capped on the wall at five times the limit: {@link ExtractionBudget#WALL_TIME_FACTOR}).
 */
public record ExtractionLimits(long maxDecodedBytes, int maxFormDepth, int maxPages, long maxTextChars,
                               Duration maxTime) {

    public ExtractionLimits {
        if (maxDecodedBytes <= 0 || maxFormDepth <= 0 || maxPages <= 0 || maxTextChars <= 0
                || maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("Extraction limits must be positive");
        }
    }

    /** 256 MB decoded, forms nested 12 deep, 10,000 pages, 20 million characters, 60 seconds. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(256L << 20, 12, 10_000, 20_000_000, Duration.ofSeconds(60));
    }

    public ExtractionLimits withMaxTime(Duration time) {
        return new ExtractionLimits(maxDecodedBytes, maxFormDepth, maxPages, maxTextChars, time);
    }

    public ExtractionLimits withMaxDecodedBytes(long bytes) {
        return new ExtractionLimits(bytes, maxFormDepth, maxPages, maxTextChars, maxTime);
    }
}
