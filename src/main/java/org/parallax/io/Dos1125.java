package org.parallax.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * DOS code page 1125 (RUSCII), in which Ukrainian was written under DOS: code page 866 with Ukrainian letters at
 * 0xF2-0xF9 in place of 866's Є є Ї ї Ў ў ° ∙. Java has no such charset, and read as 866 its і, ї, є and ґ became ў, ∙,
 * ї and Є.
 */
final class Dos1125 extends Charset {
    private static final Charset DOS_866 = Charset.forName("IBM866");
    private static final String UKRAINIAN = "ҐґЄєІіЇї";
    private static final int FIRST = 0xF2;
    private static final char[] TABLE = new char[256];

    static {
        for (int b = 0; b < 256; b++) {
            TABLE[b] = new String(new byte[] {(byte) b}, DOS_866).charAt(0);
        }
        for (int i = 0; i < UKRAINIAN.length(); i++) {
            TABLE[FIRST + i] = UKRAINIAN.charAt(i);
        }
    }

    Dos1125() {
        super("x-IBM1125", new String[] {"cp1125", "RUSCII"});
    }

    @Override
    public boolean contains(Charset cs) {
        return cs instanceof Dos1125 || cs.name().equals("US-ASCII");
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1, 1) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put(TABLE[in.get() & 0xFF]);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new CharsetEncoder(this, 1, 1) {
            @Override
            protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
                while (in.hasRemaining()) {
                    char c = in.get();
                    int b = byteOf(c);
                    if (b < 0) {
                        in.position(in.position() - 1);
                        return CoderResult.unmappableForLength(1);
                    }
                    if (!out.hasRemaining()) {
                        in.position(in.position() - 1);
                        return CoderResult.OVERFLOW;
                    }
                    out.put((byte) b);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    private static int byteOf(char c) {
        for (int b = 0; b < 256; b++) {
            if (TABLE[b] == c) {
                return b;
            }
        }
        return -1;
    }
}
