package org.parallax.io;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * Japanese text in Shift-JIS (Windows' code page 932, as Notepad and Excel save it) or EUC-JP: a file that decodes in
 * one of them without a bad byte and whose characters beyond ASCII are Japanese, with kana among them. Shift-JIS was
 * read as a Cyrillic code page before, and the interview stored as Russian-looking nonsense without a word.
 * Cyrillic and Western code pages seldom decode in either, and when they do they make kanji and half-width katakana,
 * never the kana of Japanese prose (hiragana and katakana stand at lead bytes 0x82 and 0x83 in Shift-JIS, 0xA4 and
 * 0xA5 in EUC-JP: a low quote and ƒ in Windows-1252, ¤ and Ґ in Windows-1251, box drawing in KOI8).
 */
final class JapaneseCodePage {
    static final List<Charset> ALL = List.of(Charset.forName("windows-31j"), Charset.forName("EUC-JP"));

    private JapaneseCodePage() {
    }

    /** The text, when the bytes are Japanese in one of {@link #ALL}; empty otherwise. */
    static Optional<String> decode(byte[] bytes) {
        for (Charset charset : ALL) {
            Optional<String> text = TextFileDecoder.strict(charset, bytes, 0)
                    .filter(JapaneseCodePage::readsAsJapanese);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /**
     * Nine in ten characters beyond ASCII Japanese (kana, kanji, Japanese punctuation and full-width forms), one in
     * ten of those kana: Japanese prose writes about a third of its characters in hiragana.
     */
    private static boolean readsAsJapanese(String text) {
        long beyondAscii = 0;
        long japanese = 0;
        long kana = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            beyondAscii++;
            boolean isKana = c >= '\u3041' && c <= '\u30FF';
            kana += isKana ? 1 : 0;
            japanese += isKana || c >= '\u3000' && c <= '\u303F' || c >= '\u4E00' && c <= '\u9FFF'
                    || c >= '\uFF01' && c <= '\uFF5E' ? 1 : 0;
        }
        return beyondAscii > 0 && japanese * 10 >= beyondAscii * 9 && kana * 10 >= japanese;
    }
}
