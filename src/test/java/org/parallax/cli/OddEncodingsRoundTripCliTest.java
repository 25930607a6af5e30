package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * Text files in the encodings other programs leave (UTF-16 with its byte order mark, a character beyond the BMP and a
 * CRLF in it; Windows-1251 and Latin-1 without a mark) imported, coded, exported as .qdpx and imported into a new
 * project: the passages come back at the same offsets with the same texts, the one after the surrogate pair too.
 */
class OddEncodingsRoundTripCliTest {
    private static final String RUSSIAN = "Встреча НАТО и России прошла в Брюсселе. Стороны обсудили ";

    @TempDir
    Path dir;

    @Test
    void passagesOfOddlyEncodedTextsComeBackAtTheSameOffsetsWithTheSameTexts() throws Exception {
        Path first = dir.resolve("first.parallax");
        Cli.ok("new", first, "--codebook", "table1");
        Cli.ok("import", first,
                write("utf16.txt", withBom(RUSSIAN + "\uD83D\uDE00 безопасность.\r\nВторая строка."), null),
                write("cp1251.txt", RUSSIAN + "безопасность и договор.", Charset.forName("windows-1251")),
                write("latin1.txt", "Les ministres se sont réunis à Bruxelles; l'OTAN a évoqué la sécurité. Déjà vu.",
                        StandardCharsets.ISO_8859_1));
        for (int doc = 1; doc <= 3; doc++) {
            Cli.ok("code", first, "--doc", doc, "--start", "8", "--end", "30", "--code", "Balance of power");
        }
        Cli.ok("code", first, "--doc", "1", "--start", "60", "--end", "85", "--code", "Balance of power");
        Path qdpx = dir.resolve("out.qdpx");
        Cli.ok("export", "qdpx", first, qdpx);
        Path second = dir.resolve("second.parallax");
        Cli.ok("new", second);

        Cli imported = Cli.ok("import", second, qdpx);

        assertThat(imported.out()).contains("3 documents added").contains("4 passages added");
        assertThat(passages(second)).isEqualTo(passages(first)).hasSize(4)
                .anyMatch(p -> p.contains("НАТО и России прошла в")).anyMatch(p -> p.contains("réunis à"))
                .anyMatch(p -> p.contains("безопасность. Вторая стр"));
    }

    /** Each passage's document, offsets, code and text, without its id. */
    private static List<String> passages(Path project) {
        return Cli.ok("segments", project).out().lines().skip(1).map(l -> l.strip().replaceFirst("^\\d+\\s+", ""))
                .sorted().toList();
    }

    private Path write(String name, Object text, Charset charset) throws Exception {
        byte[] bytes = text instanceof byte[] b ? b : ((String) text).getBytes(charset);
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] withBom(String text) {
        ByteBuffer utf16 = StandardCharsets.UTF_16LE.encode(text);
        byte[] out = new byte[utf16.remaining() + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        utf16.get(out, 2, utf16.remaining());
        return out;
    }
}
