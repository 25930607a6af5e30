package org.parallax.io.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.TextNormalizer;
import org.parallax.io.refi.ExchangeProject.Source;

/**
 * A source of megabytes with tens of thousands of selections: each selection's position was counted from the
 * text's start (its code points, and for a text not in NFC its normalised prefix), so the import ran for hours.
 */
class SelectionPositionsWorkTest {
    private static final String GUID = "aaaaaaaa-0000-0000-0000-000000000001";
    private static final String SOURCE_GUID = "aaaaaaaa-0000-0000-0000-000000000002";
    /** A decomposed é (not NFC), an emoji (two UTF-16 units, one code point) and a CRLF on every line. */
    private static final String LINE = "Threat cafe\u0301 \uD83D\uDE80 NATO grows\r\n";
    private static final int LINES = 100_000;

    @TempDir
    Path dir;

    @Test
    void fiftyThousandSelectionsInATwoMegabyteSourceAreReadInSeconds() {
        String raw = LINE.repeat(LINES);
        int natoInLine = LINE.codePointCount(0, LINE.indexOf("NATO"));
        int lineCodePoints = LINE.codePointCount(0, LINE.length());
        StringBuilder selections = new StringBuilder();
        for (int line = 0; line < LINES; line += 2) {
            long start = (long) line * lineCodePoints + natoInLine;
            selections.append(QdpxFiles.selection("bbbbbbbb-0000-0000-0000-%012d".formatted(line), start, start + 4,
                    "NATO"));
        }
        Path file = QdpxFiles.zip(dir.resolve("large.qdpx"), Map.of(
                "project.qde", utf8(QdpxFiles.projectWithSource(SOURCE_GUID, "internal://" + GUID + ".txt",
                        selections.toString())),
                "sources/" + GUID + ".txt", utf8(raw)));

        RefiImport read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new QdpxReader().read(file));

        Source source = read.project().sources().get(0);
        assertThat(source.text()).isEqualTo(TextNormalizer.normalize(raw));
        assertThat(source.selections()).hasSize(LINES / 2)
                .allSatisfy(s -> assertThat(source.text().substring(s.start(), s.end())).isEqualTo("NATO"));
        assertThat(source.selections().get(LINES / 2 - 1).start())
                .isEqualTo(source.text().lastIndexOf("NATO", source.text().length() - LINE.length()));
    }

    /** The index found from the nearest known point is the one normalising the whole prefix gives, at every index. */
    @Test
    void everyIndexMapsAsNormalisingItsPrefixWould() {
        String piece = "\uFEFFa\u0301\r\n\rб\u0308 \uD83D\uDE80x\uD83Dй e\u0327\u0301\r\n";
        String raw = "\uFEFF" + piece.repeat(250);
        NormalisedIndex index = new NormalisedIndex(raw);
        for (int i = 0; i <= raw.length(); i++) {
            assertThat(index.of(i)).as("index %d", i).isEqualTo(TextNormalizer.normalize(raw.substring(0, i)).length());
        }
        String nfc = "Line one\r\nline two\r\n\r\nend".repeat(200);
        NormalisedIndex lines = new NormalisedIndex(nfc);
        for (int i = 0; i <= nfc.length(); i++) {
            assertThat(lines.of(i)).as("index %d", i).isEqualTo(TextNormalizer.normalize(nfc.substring(0, i)).length());
        }
    }
}
