package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.search.SearchFixtures.MUNICH_EN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.TextRange;

/**
 * A {@code code:} search over a long text (many blocks of the word-offset table) keeps exactly the hits that lie inside
 * a passage of every code: the same hits as the search without codes, filtered here one by one.
 */
class CodeFilterHitsTest extends FixtureIndexTest {
    private static final SearchOptions ALL_LINES = SearchOptions.defaults().withMaxLines(100_000);

    @Test
    void wordAndPhraseHitsInsidePassagesAreExactlyThoseTheFilterKeeps() {
        for (String words : List.of("security", "\"security\"", "\"use of force\"", "secur*")) {
            List<TextRange> hits = hitsIn(index.search(words, ALL_LINES, CodedRanges.none()));
            assertThat(hits).as(words).hasSizeGreaterThan(2);
            Random random = new Random(words.hashCode());
            for (int round = 0; round < 30; round++) {
                List<TextRange> first = passages(hits, random);
                List<TextRange> second = passages(hits, random);
                CodedRanges codes = name -> switch (name) {
                    case "A" -> Map.of(MUNICH_EN, first);
                    case "B" -> Map.of(MUNICH_EN, second);
                    default -> null;
                };

                List<TextRange> inA = hitsIn(index.search(words + " code:A", ALL_LINES, codes));
                List<TextRange> inBoth = hitsIn(index.search(words + " code:A code:B", ALL_LINES, codes));

                assertThat(inA).as(words + ", round " + round).isEqualTo(inside(hits, first));
                assertThat(inBoth).as(words + " in both, round " + round).isEqualTo(inside(inside(hits, first), second));
            }
        }
    }

    @Test
    void documentsIndexedOutOfIdOrderGiveTheSameHits() {
        // Ids against document order inside one index part: the hits are read in id order, so the readers of the
        // part go back; they must be opened again rather than miss the earlier documents.
        try (SearchIndex reversed = SearchIndex.inMemory(SearchFixtures::textOf)) {
            List<IndexedDocument> documents = new ArrayList<>(SearchFixtures.all());
            documents.sort(Comparator.comparingLong(IndexedDocument::id).reversed());
            documents.forEach(document -> reversed.stage(List.of(document))); // one by one: one part, in this order
            reversed.commit();
            Map<Long, List<TextRange>> everywhere = Map.of(MUNICH_EN, List.of(new TextRange(0, 1_000_000)),
                    SearchFixtures.MIXED, List.of(new TextRange(0, 1_000)), SearchFixtures.BIDEN,
                    List.of(new TextRange(0, 1_000_000)));
            CodedRanges codes = name -> everywhere;
            for (String query : List.of("threat", "security code:X", "\"use of force\" code:X", "threat code:X")) {
                SearchResult expected = index.search(query, ALL_LINES, codes);
                SearchResult actual = reversed.search(query, ALL_LINES, codes);
                assertThat(actual.totalHits()).as(query).isPositive().isEqualTo(expected.totalHits());
                assertThat(actual.hitsPerDocument()).as(query).isEqualTo(expected.hitsPerDocument());
                assertThat(actual.lines()).as(query).isEqualTo(expected.lines());
            }
        }
    }

    private static List<TextRange> hitsIn(SearchResult result) {
        return result.lines().stream().filter(l -> l.docId() == MUNICH_EN).map(l -> new TextRange(l.start(), l.end()))
                .toList();
    }

    /**
     * Passages sorted by start: some random, some exactly a hit, some a hit less its last or first character, some
     * touching or overlapping another, so that hits sit on every edge.
     */
    private static List<TextRange> passages(List<TextRange> hits, Random random) {
        int length = SearchFixtures.text(MUNICH_EN).length();
        List<TextRange> passages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int start = random.nextInt(length - 1);
            passages.add(new TextRange(start, Math.min(length, start + 1 + random.nextInt(600))));
        }
        for (int i = 0; i < 6; i++) {
            TextRange hit = hits.get(random.nextInt(hits.size()));
            switch (random.nextInt(4)) {
                case 0 -> passages.add(hit);
                case 1 -> passages.add(new TextRange(hit.start(), hit.end() - 1));
                case 2 -> passages.add(new TextRange(hit.start() + 1, hit.end()));
                default -> {
                    int middle = (hit.start() + hit.end()) / 2;
                    passages.add(new TextRange(hit.start() - 3, middle)); // touches the next: together they hold it
                    passages.add(new TextRange(middle, hit.end() + 2));
                }
            }
        }
        passages.sort(null);
        return passages;
    }

    /** The hits inside the passages, the touching and overlapping ones joined first. */
    private static List<TextRange> inside(List<TextRange> hits, List<TextRange> passages) {
        List<TextRange> joined = new ArrayList<>();
        for (TextRange p : passages) {
            TextRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && p.start() <= last.end()) {
                joined.set(joined.size() - 1, new TextRange(last.start(), Math.max(last.end(), p.end())));
            } else {
                joined.add(p);
            }
        }
        return hits.stream()
                .filter(h -> joined.stream().anyMatch(p -> p.start() <= h.start() && h.end() <= p.end()))
                .toList();
    }
}
