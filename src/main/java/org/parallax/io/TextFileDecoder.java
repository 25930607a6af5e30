package org.parallax.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.model.Counted;

/**
 * Turns the bytes of a plain-text file into a string: UTF-8 (with or without BOM), UTF-16 with a
 * BOM or recognisable by its zero bytes, else Japanese in Shift-JIS or EUC-JP ({@link JapaneseCodePage}), else
 * Chinese in Big5 or GB18030 or Korean in EUC-KR ({@link CjkCodePage}), else Windows-1251, KOI8-R, KOI8-U, DOS 866,
 * DOS 1125 or Windows-1252, whichever is plausible.
 */
final class TextFileDecoder {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFileDecoder() {
    }

    static DecodedText decode(Path file, byte[] bytes) {
        int kept = withoutZeroPadding(bytes);
        if (kept < bytes.length) {
            DecodedText text = decode(file, java.util.Arrays.copyOf(bytes, kept));
            java.util.List<String> warnings = new java.util.ArrayList<>(text.warnings());
            Path name = file.getFileName();
            warnings.add((name == null ? file : name) + ": " + Counted.of(bytes.length - kept, "zero byte")
                    + " at its end " + (bytes.length - kept == 1 ? "was" : "were") + " left out (the end of a file "
                    + "that a crash or a full disk cut short?)");
            return new DecodedText(text.text(), warnings);
        }
        if (isPdf(bytes)) {
            throw otherFormat(file, bytes).orElseThrow();
        }
        DecodedText decoded;
        try {
            decoded = decodeBytes(file, bytes);
        } catch (ImportException e) {
            throw otherFormat(file, bytes).orElseThrow(() -> e);
        }
        decoded = ZeroBytesInText.replaced(file, decoded, bytes);
        if (BinaryText.looksBinary(decoded.text(), ZeroBytesInText.replacementsNamed(decoded))) {
            throw otherFormat(file, bytes).orElseGet(() -> new ImportException(file,
                    "does not look like text (binary data or an unknown encoding)"));
        }
        return decoded;
    }

    /** A PDF or a zip archive (.docx, .odt, .xlsx) under a text file's name, said as such by its first bytes. */
    private static Optional<ImportException> otherFormat(Path file, byte[] bytes) {
        String name = String.valueOf(file.getFileName());
        String suffix = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "text file's";
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(new ImportException(file, "is a PDF file with a " + suffix + " name; rename it to .pdf "
                    + "to import it"));
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return Optional.of(new ImportException(file, "is a zip archive (a .docx, .odt or .xlsx file?) with a "
                    + suffix + " name; rename it to what it is to import it"));
        }
        return Optional.empty();
    }

    /** An indirect object of a PDF, "1 0 obj", starting a line as PDF writers put it. */
    private static final java.util.regex.Pattern PDF_OBJECT =
            java.util.regex.Pattern.compile("[\\r\\n]\\d{1,10}[ \\t]+\\d{1,5}[ \\t]+obj\\b");

    /**
     * A PDF by its structure, not by its first five bytes: the header with a version, then an indirect object starting
     * a line and its {@code endobj}. A PDF saved without compression is text nearly from end to end and decodes as
     * such; a note whose first line is "%PDF-1.7 is how a PDF begins" has the header but no object and is text.
     */
    static boolean isPdf(byte[] bytes) {
        if (!startsWith(bytes, '%', 'P', 'D', 'F', '-') || bytes.length < 8 || !Character.isDigit(bytes[5])
                || bytes[6] != '.' || !Character.isDigit(bytes[7])) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher object = PDF_OBJECT.matcher(text);
        return object.find() && text.indexOf("endobj", object.end()) >= 0;
    }

    private static DecodedText decodeBytes(Path file, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(file, bytes, 3, true).orElseThrow();
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(file, StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(file, StandardCharsets.UTF_16BE, bytes, 2);
        }
        Optional<Charset> bomless = utf16WithoutByteOrderMark(bytes);
        if (bomless.isPresent()) {
            return utf16(file, bomless.get(), bytes, 0);
        }
        Optional<DecodedText> utf8 = utf8(file, bytes, 0, false);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Optional<String> japanese = JapaneseCodePage.decode(bytes);
        if (japanese.isPresent()) {
            return DecodedText.clean(japanese.get());
        }
        Optional<String> cjk = CjkCodePage.decode(file, bytes);
        if (cjk.isPresent()) {
            return DecodedText.clean(cjk.get());
        }
        if (onlyStrayHighBytes(bytes)) {
            // Read in a code page these bytes would become letters no word is made of ("яюГ"): damage, said as such.
            DecodingDamage damage = DecodingDamage.decode(bytes, 0);
            return new DecodedText(damage.text(), java.util.List.of(damage.warning(file)));
        }
        Charset first = looksCyrillic(bytes) ? CyrillicCodePage.of(bytes) : WINDOWS_1252;
        Charset second = first == WINDOWS_1252 ? WINDOWS_1251 : WINDOWS_1252;
        return DecodedText.clean(strict(first, bytes, 0).or(() -> strict(second, bytes, 0)).orElseThrow(
                () -> new ImportException(file,
                        "cannot decode the text (not UTF-8, UTF-16, Windows-1251, KOI8-R, KOI8-U, DOS 866 or "
                                + "Windows-1252; binary data?)")));
    }

    /**
     * The length of the bytes without the zero bytes that end them, when no zero byte comes before that run: what a
     * file system leaves of a file whose last writes a crash cut short. UTF-16 (with a BOM, or zero bytes inside the
     * text) keeps its zero bytes. The whole length when there is no such padding.
     */
    static int withoutZeroPadding(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        if (end == bytes.length || end == 0 || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return bytes.length;
        }
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return bytes.length;
            }
        }
        return end;
    }

    /**
     * UTF-8, if the bytes are UTF-8 with at most a few malformed sequences (replaced, with a warning);
     * empty if they are not UTF-8 at all. A byte order mark settles the question.
     */
    private static Optional<DecodedText> utf8(Path file, byte[] bytes, int offset, boolean bom) {
        Optional<String> valid = strict(StandardCharsets.UTF_8, bytes, offset);
        if (valid.isPresent()) {
            return valid.map(DecodedText::clean);
        }
        DecodingDamage damage = DecodingDamage.decode(bytes, offset);
        if (!bom && !damage.isMostlyUtf8()) {
            return Optional.empty();
        }
        return Optional.of(new DecodedText(damage.text(), java.util.List.of(damage.warning(file))));
    }

    /**
     * UTF-16, half characters (a surrogate without its partner, a last odd byte) replaced by U+FFFD and named in a
     * warning, as damaged UTF-8 is: one such unit used to refuse the whole file.
     */
    private static DecodedText utf16(Path file, Charset charset, byte[] bytes, int offset) {
        Optional<String> valid = strict(charset, bytes, offset);
        if (valid.isPresent()) {
            return DecodedText.clean(valid.get());
        }
        DecodingDamage damage = DecodingDamage.decode(bytes, offset, charset);
        return new DecodedText(damage.text(), java.util.List.of(damage.warning(file)));
    }

    /**
     * UTF-16LE or BE when the bytes (a whole file, or the start of one) are UTF-16 without a byte order mark, told by
     * their zero bytes as browsers and {@code file} tell it; empty for UTF-8, a single-byte code page or binary data.
     */
    static Optional<Charset> utf16WithoutByteOrderMark(byte[] bytes) {
        return hasUtf8MultiByteSequences(bytes) ? Optional.empty() : bomlessUtf16(bytes);
    }

    /**
     * True when the bytes are valid UTF-8 with at least one character beyond ASCII: UTF-8 text, whatever zero bytes a
     * short file has besides (UTF-16 of any script seldom makes even one valid multi-byte sequence, and a few zeros in
     * a short UTF-8 file pass the zero-byte test below, which then read it as Chinese-looking nonsense).
     */
    private static boolean hasUtf8MultiByteSequences(byte[] bytes) {
        boolean beyondAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                beyondAscii = true;
                break;
            }
        }
        return beyondAscii && strict(StandardCharsets.UTF_8, bytes, 0).isPresent();
    }

    /**
     * UTF-16 without BOM shows itself by zero bytes on one side of the code units only (the high
     * byte of ASCII characters); text in UTF-8 or a single-byte charset has no zero bytes at all.
     */
    private static Optional<Charset> bomlessUtf16(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        long zeroEven = 0;
        long zeroOdd = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            // The second half of an emoji may end in a zero byte (U+1F600 is D83D DE00): not a sign of the other order.
            zeroEven += bytes[i] == 0 && !secondHalfOfAPair(bytes, i + 1, i - 1) ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 && !secondHalfOfAPair(bytes, i, i - 2) ? 1 : 0;
        }
        long units = bytes.length / 2;
        if (printableAsciiBesidesZeros(bytes) && Math.max(zeroEven, zeroOdd) * 10 < units * 9) {
            // Text of ASCII letters with zero bytes strewn in (a damaged file): UTF-16 of ASCII text has a zero in
            // nearly every code unit, and UTF-16 of any other script has bytes above 0x7E.
            return Optional.empty();
        }
        // Even Cyrillic UTF-16 has zero high bytes for its spaces, digits and punctuation.
        if (zeroOdd * 20 >= units && zeroEven * 20 <= zeroOdd) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeroEven * 20 >= units && zeroOdd * 20 <= zeroEven) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * Whether the unit whose high byte is at {@code high} is a low surrogate after a high surrogate, the high byte of
     * the unit before being at {@code highBefore}.
     */
    private static boolean secondHalfOfAPair(byte[] bytes, int high, int highBefore) {
        return highBefore >= 0 && (bytes[high] & 0xFC) == 0xDC && (bytes[highBefore] & 0xFC) == 0xD8;
    }

    private static boolean printableAsciiBesidesZeros(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0 && b != '\t' && b != '\n' && b != '\r' && (b < 0x20 || b > 0x7E)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the text has bytes above 0x7F but no run of them is plausible in Windows-1251 or -1252: a run is
     * plausible when it touches an ASCII letter ("caf\u00e9", "\u201cquoted\u201d"), when it reads as one word in
     * either code page (only letters, all lower case, all capitals or one capital first: "в", "Москва", "США"), or
     * as punctuation and symbols only ("\u2013", "\u00ab\u00bb"). ASCII text with a few damaged bytes has only
     * implausible runs ("\u044f\u044e\u0413" from FF FE C3), and is better read as the UTF-8 it was, with the
     * damage replaced and reported, than as Cyrillic letters nobody wrote.
     */
    static boolean onlyStrayHighBytes(byte[] bytes) {
        boolean anyRun = !everyHighByteRun(bytes, (start, end) -> false); // stops at the first run
        return anyRun && everyHighByteRun(bytes, (start, end) -> {
            boolean touchesLetter = start > 0 && isAsciiLetter(bytes[start - 1])
                    || end < bytes.length && isAsciiLetter(bytes[end]);
            return !touchesLetter && !plausibleInASingleByteCodePage(bytes, start, end - start);
        });
    }

    /** A test of one run of bytes above 0x7F, {@code bytes[start, end)}. */
    private interface RunTest {
        boolean passes(int start, int end);
    }

    /**
     * Whether every run of bytes above 0x7F passes {@code test}, the runs walked in order up to the first that fails;
     * true when there is none.
     */
    private static boolean everyHighByteRun(byte[] bytes, RunTest test) {
        int i = 0;
        while (i < bytes.length) {
            if ((bytes[i] & 0x80) == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < bytes.length && (bytes[i] & 0x80) != 0) {
                i++;
            }
            if (!test.passes(start, i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the run reads as one word, or as punctuation, in Windows-1252 or one of the Cyrillic code pages. */
    private static boolean plausibleInASingleByteCodePage(byte[] bytes, int start, int length) {
        return plausibleRun(new String(bytes, start, length, WINDOWS_1252))
                || CyrillicCodePage.ALL.stream().anyMatch(c -> plausibleRun(new String(bytes, start, length, c)));
    }

    /**
     * True when every run of bytes above 0x7F reads as one word, or as punctuation, in Windows-1252 or a Cyrillic code
     * page: a Western or Russian text, which two-byte Chinese or Korean, its runs long and their case mixed in these
     * code pages, seldom is. A short Russian line in KOI8-R ("мама папа") decodes as common Chinese in GBK.
     */
    static boolean readsAsSingleByteWords(byte[] bytes) {
        return everyHighByteRun(bytes, (start, end) -> plausibleInASingleByteCodePage(bytes, start, end - start));
    }

    /**
     * One word's shape (letters: lower, capitals, or a capital then lower case), or punctuation and symbols other than
     * box drawing only.
     */
    private static boolean plausibleRun(String run) {
        if (run.chars().noneMatch(Character::isLetter)) {
            // Box drawing is what DOS 866 and KOI8 make of most bytes; text seldom holds it.
            return run.chars().noneMatch(c -> c == '\uFFFD' || Character.isISOControl(c) || Character.isDigit(c)
                    || c >= '\u2500' && c <= '\u25FF');
        }
        if (!run.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String rest = run.substring(1);
        return rest.chars().allMatch(Character::isLowerCase) || run.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Bytes 0xC0-0xFF are letters in both Windows code pages and in KOI8, and DOS 866 writes most of its letters at
     * 0x80-0xAF. Russian words consist of such bytes entirely, while Western accented letters and Windows-1252's quotes
     * sit between ASCII letters: so adjacent high letters point to a Cyrillic code page, high letters next to ASCII
     * letters to Windows-1252.
     */
    static boolean looksCyrillic(byte[] bytes) {
        long highNextToHigh = 0;
        long highNextToAscii = 0;
        long lettersAlone = 0;
        long asciiWords = 0;
        for (int i = 0; i < bytes.length; i++) {
            boolean a = isHighLetter(bytes[i]);
            boolean b = i + 1 < bytes.length && isHighLetter(bytes[i + 1]);
            if (a && b) {
                highNextToHigh++;
            } else if (a && i + 1 < bytes.length && isAsciiLetter(bytes[i + 1]) || b && isAsciiLetter(bytes[i])) {
                highNextToAscii++;
            }
            if ((bytes[i] & 0xFF) >= 0xC0 && !b && (i == 0 || !isHighLetter(bytes[i - 1]))
                    && !timesOrDivideBetweenNumbers(bytes, i)) {
                lettersAlone++;
            }
            if (isAsciiLetter(bytes[i]) && i > 0 && isAsciiLetter(bytes[i - 1])
                    && (i == 1 || !isAsciiLetter(bytes[i - 2]))) {
                asciiWords++;
            }
        }
        // A letter standing alone ("2014 г.", a letter-spaced "У К А З") is a Russian word far more often than a
        // Western one, unless it stands among more Western words than there are such letters: 1252's "à" in
        // "rendez-vous à 10 heures" is Cyrillic "а" in 1251.
        return highNextToHigh > highNextToAscii || highNextToAscii == 0 && lettersAlone > asciiWords;
    }

    /** 1252's × or ÷ (1251's Ч, ч; KOI8's в, В) between numbers: "3 × 4", "1920×1080". */
    private static boolean timesOrDivideBetweenNumbers(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        if (b != 0xD7 && b != 0xF7) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && bytes[before] == ' ') {
            before--;
        }
        int after = i + 1;
        while (after < bytes.length && bytes[after] == ' ') {
            after++;
        }
        return before >= 0 && after < bytes.length && isDigit(bytes[before]) && isDigit(bytes[after]);
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isHighLetter(byte b) {
        int unsigned = b & 0xFF;
        // Windows-1252's no-break space, dashes, quotes and ellipsis stand side by side in Western text too.
        return unsigned >= 0xC0 || unsigned >= 0x80 && unsigned <= 0xAF && unsigned != 0xA0 && unsigned != 0x85
                && (unsigned < 0x91 || unsigned > 0x97);
    }

    private static boolean isAsciiLetter(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
