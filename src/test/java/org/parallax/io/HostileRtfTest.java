package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile or mistaken .rtf fails with one line naming the file and the problem. */
class HostileRtfTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void aBinaryFileNamedRtfIsNoRtf() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("recording.rtf"), noise);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("recording.rtf: not an RTF file (it does not begin with {\\rtf)");
    }

    @Test
    void aPdfNamedRtfIsNamedAsAPdf() throws IOException {
        Path pdf = Fixtures.pdf(dir.resolve("real.pdf"), List.of("The Parties to this Treaty"));
        Path file = Files.copy(pdf, dir.resolve("treaty.rtf"));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("treaty.rtf: is a PDF file with a .rtf name; rename it to .pdf to import it");
    }

    @Test
    void binaryDataAfterAnRtfHeaderIsRefused() throws IOException {
        byte[] head = "{\\rtf1\\ansi ".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2000);
        new Random(3).nextBytes(java.util.Arrays.copyOfRange(bytes, head.length, bytes.length));
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 20);
        }
        Path file = Files.write(dir.resolve("junk.rtf"), bytes);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("junk.rtf: damaged RTF file (its text holds binary data)");
    }

    /** Groups cost no call depth, but a bound on them keeps memory bounded: real files nest a few dozen deep. */
    @Test
    void deepNestingFailsWithOneLine() throws IOException {
        int depth = 100_000;
        Path file = Files.writeString(dir.resolve("deep.rtf"),
                "{\\rtf1\\ansi " + "{".repeat(depth) + "deep" + "}".repeat(depth) + "}");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("deep.rtf: exceeds the extraction limit (groups nested more than 1000 deep)");
    }

    @Test
    void aBinaryBlockLongerThanTheFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("bin.rtf"), "{\\rtf1\\ansi a{\\pict\\bin2000000000 xx}}");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("bin.rtf: damaged RTF file (\\bin2000000000 announces 2000000000 bytes of binary data,"
                        + " but the file ends 4 bytes later)");
    }

    /** A count past what an int holds was quoted as 2147483647, a number the file never wrote. */
    @Test
    void aBinaryCountBeyondAnIntIsQuotedAsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("huge-bin.rtf"), "{\\rtf1\\ansi Start \\bin99999999999 xyz\\par}");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("huge-bin.rtf: damaged RTF file (\\bin99999999999 announces 99999999999 bytes of binary data,"
                        + " but the file ends 8 bytes later)");
    }

    /**
     * A file cut short (a crash while it was saved, a download that stopped) came in as far as it went without a word,
     * so the interview's missing end went unnoticed. It is still read up to its end, and the import says so; a whole
     * file says nothing.
     */
    @Test
    void aFileThatEndsBeforeItsLastBraceIsReadToItsEndAndSaysSo() throws IOException {
        Path cut = Files.writeString(dir.resolve("cut.rtf"), "{\\rtf1\\ansi {\\b Interview.}\\par The answer was");
        Path whole = Files.writeString(dir.resolve("whole.rtf"), "{\\rtf1\\ansi {\\b Interview.}\\par Done.}");

        ImportedText imported = reader.read(cut);

        assertThat(imported.text()).isEqualTo("Interview.\n\nThe answer was\n");
        assertThat(imported.warnings()).containsExactly("cut.rtf: the file ends before the } that closes the document "
                + "(cut short by a crash, a full disk or an unfinished download?); its text was read up to where it ends");
        assertThat(reader.read(whole).warnings()).isEmpty();
    }

    /** Ten digits were read as the parameter and the rest as text: "\\fs123456789012 b" put "12 b" in the text. */
    @Test
    void aParameterOfMoreDigitsThanAnIntHoldsLeavesNoneAsText() throws IOException {
        Path file = Files.writeString(dir.resolve("digits.rtf"), "{\\rtf1\\ansi a\\fs123456789012 b\\par}");

        assertThat(reader.read(file).text()).isEqualTo("ab\n");
    }

    /**
     * {@code \\uc99999} was read as 16, and the 16 characters after each {@code \\u} were skipped as its fallback:
     * "Caf\\u233 e au lait" became "Cafée rest of ...". No code page takes more than 4 bytes for a character, so a
     * larger count is read as 1 and said.
     */
    @Test
    void aFallbackCountNoCodePageNeedsKeepsTheTextAfterAUnicodeCharacter() throws IOException {
        Path file = Files.writeString(dir.resolve("uc.rtf"), "{\\rtf1\\ansi {\\uc99999 Caf\\u233 e au lait and the "
                + "rest of this group.} Next group.\\par}");

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Café au lait and the rest of this group. Next group.\n");
        assertThat(imported.warnings()).containsExactly("uc.rtf: \\uc99999 gives more fallback characters after each "
                + "\\u character than any code page takes (4); read as \\uc1, so the text after them is kept");
    }

    /** An unknown code page reads as Windows-1252, a bad hex escape is dropped: the rest still comes in. */
    @Test
    void wrongEncodingsDoNotStopTheText() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.rtf"), "{\\rtf1\\ansi\\ansicpg99999 caf\\'e9 \\'zz ok\\par}");

        assertThat(reader.read(file).text()).isEqualTo("café  ok\n");
    }

    @Test
    void anRtfWithNoTextSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.rtf"), "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par}");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("empty.rtf: contains no text");
    }
}
