package org.parallax.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chinese in Big5 (Traditional, Windows' code page 950) or GBK/GB18030 (Simplified, code page 936) and Korean in
 * EUC-KR (code page 949), as Notepad and Excel save them: a Big5 interview was stored as Windows-1252 nonsense and
 * the others refused without a word of what they were. Each is tried strictly, and a reading counts when nearly all
 * its letters are the common characters of its own encoding (the first level of GB2312, Big5's frequent characters,
 * Hangul syllables): another encoding's bytes read in it land on rare characters or fail. One clear reading is the
 * text; a likely one that is not clear is refused naming the encoding and how to convert the file.
 */
final class CjkCodePage {
    private static final double CLEAR = 0.9;
    private static final double LIKELY = 0.5;
    /** Letters enough for Korean that also reads as common Chinese to be taken for Korean. */
    private static final int PARAGRAPH = 40;
    private static final Encoding BIG5 = new Encoding("Chinese", "Big5", "BIG5", Charset.forName("x-windows-950"),
            common(Charset.forName("Big5"), 0xA4, 0xC6, true));
    private static final Encoding GB = new Encoding("Chinese", "GB18030 (GBK, GB2312)", "GB18030",
            Charset.forName("GB18030"), common(Charset.forName("GB2312"), 0xB0, 0xD7, false));
    private static final Encoding KOREAN = new Encoding("Korean", "EUC-KR", "CP949", Charset.forName("x-windows-949"),
            hangul());
    private static final List<Encoding> ALL = List.of(BIG5, GB, KOREAN);

    private CjkCodePage() {
    }

    /**
     * The text, when the bytes read clearly in one of these encodings; empty when they read in none; an
     * {@link ImportException} naming the likely encoding when they may be one of them but no reading is clear.
     */
    static Optional<String> decode(Path file, byte[] bytes) {
        if (TextFileDecoder.readsAsSingleByteWords(bytes)) {
            return Optional.empty();
        }
        List<Reading> readings = new ArrayList<>();
        for (Encoding encoding : ALL) {
            TextFileDecoder.strict(encoding.charset(), bytes, 0).map(text -> encoding.reading(text))
                    .filter(r -> r.share() >= LIKELY).ifPresent(readings::add);
        }
        readings.sort(Comparator.comparingDouble(Reading::share).reversed());
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        List<Reading> clear = readings.stream().filter(r -> r.share() >= CLEAR).toList();
        if (clear.size() == 1) {
            return Optional.of(clear.get(0).text());
        }
        // Hangul's codes all lie among GB2312's common characters, so Korean reads clearly as Chinese too; Chinese
        // seldom reads clearly as Korean, its common characters spreading beyond Hangul's codes.
        // A text of a few characters may read so by chance: it takes a paragraph to tell.
        Optional<Reading> korean = clear.stream().filter(r -> r.encoding() == KOREAN && r.letters() >= PARAGRAPH)
                .findFirst();
        if (korean.isPresent()) {
            return Optional.of(korean.get().text());
        }
        throw refused(file, readings);
    }

    private static ImportException refused(Path file, List<Reading> readings) {
        Encoding likely = readings.get(0).encoding();
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        String converted = dot > 0 ? name.substring(0, dot) + "-utf8" + name.substring(dot) : name + "-utf8";
        List<String> described = readings.stream().map(Reading::described).toList();
        int last = described.size() - 1;
        String candidates = last == 0 ? described.get(0)
                : String.join(", ", described.subList(0, last)) + " or " + described.get(last);
        String doubt = last == 0 ? ", but does not read clearly so" : ", which cannot be told apart for sure";
        return new ImportException(file, "looks like " + candidates + doubt + "; convert it to UTF-8 and import that: "
                + "iconv -f " + likely.iconv() + " -t UTF-8 " + shellWord(name) + " > " + shellWord(converted)
                + " (or save it as UTF-8 in an editor)");
    }

    /** The name as one word of a shell command. */
    private static String shellWord(String name) {
        return name.matches("[A-Za-z0-9._+-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    /** An encoding tried, with the characters its own text is mostly made of. */
    private record Encoding(String language, String name, String iconv, Charset charset, BitSet common) {
        /** The share of its letters beyond ASCII that are common; 0 when they are fewer than its ASCII letters. */
        Reading reading(String text) {
            long ascii = 0;
            long beyond = 0;
            long usual = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (!Character.isLetter(c)) {
                    continue;
                }
                if (c < 0x80) {
                    ascii++;
                } else {
                    beyond++;
                    usual += c <= 0xFFFF && common.get(c) ? 1 : 0;
                }
            }
            // Chinese and Korean texts are mostly their own letters; a Western text with a few accents is not.
            double share = beyond == 0 || beyond < ascii ? 0 : (double) usual / beyond;
            return new Reading(this, text, share, beyond);
        }
    }

    private record Reading(Encoding encoding, String text, double share, long letters) {
        String described() {
            return encoding.language() + " in " + encoding.name();
        }
    }

    /** The characters of two-byte codes with a lead byte from {@code firstLead} to {@code lastLead}. */
    private static BitSet common(Charset charset, int firstLead, int lastLead, boolean lowTrails) {
        BitSet set = new BitSet(0x10000);
        for (int lead = firstLead; lead <= lastLead; lead++) {
            for (int trail = lowTrails ? 0x40 : 0xA1; trail <= 0xFE; trail++) {
                byte[] pair = {(byte) lead, (byte) trail};
                TextFileDecoder.strict(charset, pair, 0).filter(s -> s.length() == 1)
                        .ifPresent(s -> set.set(s.charAt(0)));
            }
        }
        return set;
    }

    private static BitSet hangul() {
        BitSet set = new BitSet(0x10000);
        set.set(0xAC00, 0xD7A4);
        return set;
    }
}
