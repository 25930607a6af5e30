package org.parallax.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * The character sets behind RTF's code page numbers ({@code \ansicpgN}, {@code \cpgN}) and font character sets
 * ({@code \fcharsetN}): which bytes {@code \'hh} and 8-bit text stand for.
 */
final class RtfCodePages {
    static final int ANSI = 1252;
    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(437, "IBM437"),
            Map.entry(850, "IBM850"), Map.entry(866, "IBM866"), Map.entry(874, "x-windows-874"),
            Map.entry(932, "windows-31j"), Map.entry(936, "GBK"), Map.entry(949, "x-windows-949"),
            Map.entry(950, "Big5"), Map.entry(1361, "x-Johab"), Map.entry(10000, "x-MacRoman"),
            Map.entry(10007, "x-MacCyrillic"), Map.entry(20866, "KOI8-R"), Map.entry(65001, "UTF-8"));
    /** Font character set to code page, as the RTF specification (1.9.1) pairs them; 0 and 1 mean the document's. */
    private static final Map<Integer, Integer> FONT_CHARSETS = Map.ofEntries(Map.entry(2, ANSI),
            Map.entry(77, 10000), Map.entry(128, 932), Map.entry(129, 949), Map.entry(130, 1361),
            Map.entry(134, 936), Map.entry(136, 950), Map.entry(161, 1253), Map.entry(162, 1254),
            Map.entry(163, 1258), Map.entry(177, 1255), Map.entry(178, 1256), Map.entry(186, 1257),
            Map.entry(204, 1251), Map.entry(222, 874), Map.entry(238, 1250), Map.entry(255, 437));

    private RtfCodePages() {
    }

    /** The code page of a font's {@code \fcharsetN}, or 0 when it means the document's own. */
    static int ofFontCharset(int charset) {
        return FONT_CHARSETS.getOrDefault(charset, 0);
    }

    /** The character set of code page {@code codePage}; Windows-1252 for one Java does not know. */
    static Charset charset(int codePage) {
        String name = NAMES.getOrDefault(codePage, "windows-" + codePage);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return TextFileDecoder.WINDOWS_1252;
        }
    }
}
