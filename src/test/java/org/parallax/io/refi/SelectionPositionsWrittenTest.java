package org.parallax.io.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.Coding;
import org.parallax.io.refi.ExchangeProject.Selection;
import org.parallax.io.refi.ExchangeProject.Source;

/**
 * The code point positions the writer gives a source's selections, counted together in one pass, are each
 * selection's own count from the text's start, whatever the selections' order; read back they are the same spans.
 */
class SelectionPositionsWrittenTest {
    private static final String CODE = "22222222-2222-2222-2222-222222222222";
    private static final Pattern POSITIONS = Pattern.compile(
            "<PlainTextSelection [^>]*startPosition=\"(\\d+)\" endPosition=\"(\\d+)\"");

    @TempDir
    Path dir;

    @Test
    void positionsInAnyOrderAreTheCodePointsBeforeEachEnd() {
        String line = "Угроза \uD83D\uDE80 NATO \uD83C\uDFF3\uFE0F grows 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n";
        String text = line.repeat(300);
        List<Selection> selections = new ArrayList<>();
        Random random = new Random(18);
        for (int i = 0; i < 2_000; i++) {
            int start = wholeCodePoint(text, random.nextInt(text.length()));
            int end = wholeCodePoint(text, Math.min(text.length(), start + 1 + random.nextInt(400)));
            if (end > start) {
                selections.add(selection(i, start, end));
            }
        }
        selections.add(selection(-1, text.length() - 3, text.length()));
        selections.add(selection(-2, 0, text.length()));
        Source source = new Source("aaaaaaaa-0000-0000-0000-000000000002", "emoji", text, Map.of(), selections, null);
        ExchangeProject project = new ExchangeProject("p", "Parallax", List.of(), List.of(new CodeNode(CODE, "Threat",
                true, null, null, List.of())), List.of(), List.of(source), List.of());

        String xml = new String(new QdpxWriter().projectXml(project), StandardCharsets.UTF_8);

        Matcher written = POSITIONS.matcher(xml);
        for (Selection s : selections) {
            assertThat(written.find()).isTrue();
            assertThat(Integer.parseInt(written.group(1))).isEqualTo(text.codePointCount(0, s.start()));
            assertThat(Integer.parseInt(written.group(2))).isEqualTo(text.codePointCount(0, s.end()));
        }
        assertThat(written.find()).isFalse();

        Path file = dir.resolve("emoji.qdpx");
        new QdpxWriter().write(project, file);
        Source read = new QdpxReader().read(file).project().sources().get(0);
        assertThat(read.text()).isEqualTo(text);
        assertThat(read.selections()).extracting(s -> List.of(s.start(), s.end()))
                .containsExactlyInAnyOrderElementsOf(selections.stream().map(s -> List.of(s.start(), s.end())).toList());
    }

    private static int wholeCodePoint(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static Selection selection(int n, int start, int end) {
        String guid = "bbbbbbbb-0000-0000-0000-%012d".formatted(Math.abs(n) + (n < 0 ? 900_000 : 0));
        return new Selection(guid, start, end, null, null, List.of(new Coding(guid.replace('b', 'c'), CODE, null, null,
                List.of())), List.of());
    }
}
