package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parallax.model.Segment;

/**
 * The passages a Codes-tab pair row lists ({@link CoOccurrence#passagesOf}) are, on random passages of two codes and
 * a third in random documents of random paragraphs, exactly those of the definition the sweep replaced: each passage
 * of either code that overlaps one of the other (every passage against every other), or that touches a paragraph
 * some passage of each code touches, in document order; only a passage of the same coder counts (two coders' passages
 * are two readings, not one passage given two codes). Empty passages, passages between paragraphs and a pair of a
 * code with itself are among the cases.
 */
class CoOccurringPassagesPropertyTest {
    private static final long FIRST = 1;
    private static final long SECOND = 2;

    @Property(tries = 400)
    void theSweepListsThePassagesTheDefinitionDoes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int count,
                                                    @ForAll CoOccurrence.Mode mode, @ForAll boolean withItself) {
        Random random = new Random(seed);
        Map<Long, String> texts = new TreeMap<>();
        for (long document = 1; document <= 3; document++) {
            texts.put(document, text(random));
        }
        List<Segment> passages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long document = 1 + random.nextInt(3);
            int length = texts.get(document).length();
            int start = random.nextInt(length + 1);
            int end = Math.min(length, start + random.nextInt(random.nextBoolean() ? 8 : 80));
            passages.add(new Segment(i + 1, document, start, end, 1 + random.nextInt(3), 1 + random.nextInt(2), null,
                    Instant.EPOCH));
        }
        long second = withItself ? FIRST : SECOND;

        List<Segment> swept = CoOccurrence.passagesOf(mode, FIRST, second, passages, texts::get);

        assertThat(swept).containsExactlyElementsOf(byTheDefinition(mode, second, passages, texts));
    }

    /** Paragraphs of 1 to 40 letters and spaces between blank lines, the text sometimes starting with one. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\n\n" : "");
        int paragraphs = 1 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            for (int c = 1 + random.nextInt(40); c > 0; c--) {
                text.append(random.nextInt(6) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
            }
            text.append(p + 1 < paragraphs ? "\n\n" : "");
        }
        return text.toString();
    }

    private static List<Segment> byTheDefinition(CoOccurrence.Mode mode, long second, List<Segment> all,
                                                 Map<Long, String> texts) {
        Map<Long, List<Segment>> byDocument = new TreeMap<>();
        for (Segment s : all) {
            if ((s.codeId() == FIRST || s.codeId() == second) && s.end() > s.start()) {
                byDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s);
            }
        }
        List<Segment> out = new ArrayList<>();
        byDocument.forEach((document, list) -> {
            list.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end)
                    .thenComparingLong(Segment::id));
            List<TextUnit> paragraphs = UnitSplitter.paragraphs(document, texts.get(document));
            for (Segment s : list) {
                boolean together = mode == CoOccurrence.Mode.OVERLAP
                        ? list.stream().anyMatch(o -> o.coderId() == s.coderId() && o.codeId() != s.codeId()
                                && o.overlaps(s.start(), s.end()))
                        : paragraphs.stream().anyMatch(p -> s.overlaps(p.start(), p.end())
                                && list.stream().anyMatch(o -> o.coderId() == s.coderId() && o.codeId() == FIRST
                                        && o.overlaps(p.start(), p.end()))
                                && list.stream().anyMatch(o -> o.coderId() == s.coderId() && o.codeId() != FIRST
                                        && o.overlaps(p.start(), p.end())));
                if (together) {
                    out.add(s);
                }
            }
        });
        return out;
    }
}
