package org.parallax.store.jdbc;

/**
 * The row sums of passages, the very CRC-32 {@link RowChecks#segment} gives, with the coder and timestamp that a
 * batch's passages share summed once per distinct pair rather than once per row (18 of a row's 54 summed bytes).
 * The CRC of two parts is the first part's CRC carried past as many zero bytes as the second part has, XOR the
 * second part's own CRC (zlib's {@code crc32_combine}); carrying past a fixed number of zero bytes is linear, so it
 * is four table look-ups, one per byte of the sum. One instance serves one batch, on one thread.
 */
final class PassageSums {
    /** CRC-32's polynomial, bit-reversed, as {@link java.util.zip.CRC32} uses it. */
    private static final int POLYNOMIAL = 0xEDB88320;

    private final RowChecksum sum = new RowChecksum();
    /** Per byte of a sum (4 × 256): what that byte becomes when carried past the shared part's length. */
    private final int[] carried = new int[4 * 256];
    private long carriedBytes = -1;
    private boolean holdsShared;
    private long coderId;
    private long created;
    private int sharedSum;

    /** A passage's sum from the values its INSERT binds ({@code created} as stored: nanoseconds since 1970). */
    long of(long documentId, int start, int end, long codeId, long coderId, long created) {
        if (!holdsShared || coderId != this.coderId || created != this.created) {
            share(coderId, created);
        }
        int head = (int) sum.start().add(documentId).add(start).add(end).add(codeId).value();
        return carry(head) ^ sharedSum;
    }

    private void share(long coderId, long created) {
        this.coderId = coderId;
        this.created = created;
        sharedSum = (int) sum.start().add(coderId).add(created).value();
        long bytes = sum.summedBytes();
        if (bytes != carriedBytes) {
            tables(bytes);
            carriedBytes = bytes;
        }
        holdsShared = true;
    }

    private int carry(int crc) {
        return carried[crc & 0xff] ^ carried[256 + (crc >>> 8 & 0xff)] ^ carried[512 + (crc >>> 16 & 0xff)]
                ^ carried[768 + (crc >>> 24)];
    }

    /** Fills the tables for carrying a sum past {@code bytes} zero bytes: first each of its 32 bits, then each byte. */
    private void tables(long bytes) {
        int[] bit = new int[32];
        for (int b = 0; b < 32; b++) {
            int crc = 1 << b;
            for (long step = 8 * bytes; step > 0; step--) {
                crc = (crc & 1) != 0 ? crc >>> 1 ^ POLYNOMIAL : crc >>> 1;
            }
            bit[b] = crc;
        }
        for (int part = 0; part < 4; part++) {
            for (int value = 0; value < 256; value++) {
                int crc = 0;
                for (int b = 0; b < 8; b++) {
                    if ((value & 1 << b) != 0) {
                        crc ^= bit[8 * part + b];
                    }
                }
                carried[256 * part + value] = crc;
            }
        }
    }
}
