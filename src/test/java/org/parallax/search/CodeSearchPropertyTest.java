package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.parallax.model.MergedRanges;
import org.parallax.model.QuerySyntaxException;
import org.parallax.model.TextRange;

/**
 * A {@code code:} search gives exactly the hits of the same query without codes that lie inside a passage of every
 * named code: the same total, counts per document and KWIC lines in id order, cut at any line limit. Over the shipped
 * sample's words, phrases and prefixes with random passages, in an index of three parts whose documents' ids
 * interleave across the parts and run backwards inside each (so hits are found in index order and lines cut in id
 * order), one document replaced.
 */
class CodeSearchPropertyTest {
    private static final SearchOptions ALL_LINES = SearchOptions.defaults().withMaxLines(1_000_000);
    private static final Map<Long, IndexedDocument> DOCUMENTS = new HashMap<>();
    private static final SearchIndex INDEX = interleavedIndex();
    private static final List<String> WORDS = SampleTexts.wordsOf(DOCUMENTS.values());

    @AfterContainer
    static void closeIndex() {
        INDEX.close();
    }

    @Property(tries = 200)
    void aCodeSearchFindsTheHitsInsideThePassagesOfEveryCode(@ForAll("queries") String words,
                                                             @ForAll("lineLimits") int maxLines,
                                                             @ForAll boolean twoCodes,
                                                             @ForAll boolean exactForms,
                                                             @ForAll long seed) {
        Random random = new Random(seed);
        Map<String, Map<Long, List<TextRange>>> codes = Map.of("A", passages(random), "B", passages(random));
        CodedRanges ranges = codes::get;
        SearchOptions options = SearchOptions.defaults().withMaxLines(maxLines).withExactForms(exactForms);
        String query = words + " code:A" + (twoCodes ? " code:B" : "");

        if (catchThrowable(() -> INDEX.search(words, ALL_LINES.withExactForms(exactForms), CodedRanges.none()))
                != null) {
            return; // common words only ("a", "на"): refused without a code, passages as hits with one
        }
        List<KwicLine> inside = INDEX.search(words, ALL_LINES.withExactForms(exactForms), CodedRanges.none()).lines()
                .stream().filter(line -> inside(line, codes.get("A")) && (!twoCodes || inside(line, codes.get("B"))))
                .toList();
        Map<Long, Integer> perDocument = new LinkedHashMap<>();
        inside.forEach(line -> perDocument.merge(line.docId(), 1, Integer::sum));

        SearchResult result = INDEX.search(query, options, ranges);

        assertThat(result.totalHits()).isEqualTo(inside.size());
        assertThat(result.hitsPerDocument()).isEqualTo(perDocument);
        assertThat(result.lines()).isEqualTo(inside.subList(0, Math.min(maxLines, inside.size())));
    }

    @Property(tries = 100)
    void aLineLimitCutsTheLinesAndChangesNothingElse(@ForAll("queries") String words,
                                                     @ForAll("lineLimits") int maxLines,
                                                     @ForAll boolean withWords,
                                                     @ForAll long seed) {
        Random random = new Random(seed);
        Map<String, Map<Long, List<TextRange>>> codes = Map.of("A", passages(random), "B", passages(random));
        String query = (withWords ? words + " " : "") + "code:A code:B";
        SearchResult all;
        try {
            all = INDEX.search(query, ALL_LINES, codes::get);
        } catch (QuerySyntaxException refused) {
            return; // a query of common words only: refused alike with any limit (the property above)
        }

        SearchResult cut = INDEX.search(query, SearchOptions.defaults().withMaxLines(maxLines), codes::get);

        assertThat(cut.totalHits()).isEqualTo(all.totalHits());
        assertThat(cut.hitsPerDocument()).isEqualTo(all.hitsPerDocument());
        assertThat(cut.lines()).isEqualTo(all.lines().subList(0, Math.min(maxLines, all.lines().size())));
    }

    @Example
    void theIndexHasThreePartsAndTheSearchesFindHitsInsidePassages() {
        INDEX.search("x", SearchOptions.defaults(), CodedRanges.none()); // opens the searcher
        Map<Long, List<TextRange>> everywhere = new HashMap<>();
        DOCUMENTS.values().forEach(d -> everywhere.put(d.id(), List.of(new TextRange(0, d.text().length()))));
        SearchResult security = INDEX.search("security code:A", ALL_LINES, name -> everywhere);
        assertThat(security.matchingDocuments()).isGreaterThan(5);
        assertThat(security.totalHits()).isGreaterThan(50)
                .isEqualTo(INDEX.search("security", ALL_LINES, CodedRanges.none()).totalHits());
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> phrase = Arbitraries.of(phrases());
        Arbitrary<String> prefix = word.filter(w -> w.length() >= 4)
                .map(w -> w.substring(0, 3).toLowerCase(Locale.ROOT) + "*");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, word), net.jqwik.api.Tuple.of(3, phrase),
                net.jqwik.api.Tuple.of(2, prefix), net.jqwik.api.Tuple.of(1, Arbitraries.of("security", "NATO",
                        "безопасности", "security OR Russia", "NATO -Russia")));
    }

    @Provide
    Arbitrary<Integer> lineLimits() {
        return Arbitraries.of(0, 1, 7, 100, 10_000);
    }

    /** Two neighbouring words of a sample text, quoted. */
    private static List<String> phrases() {
        List<String> phrases = new ArrayList<>();
        for (IndexedDocument document : DOCUMENTS.values()) {
            String[] words = document.text().split("[^\\p{L}\\p{N}\\p{M}]+");
            for (int i = 1; i + 1 < words.length; i += 97) {
                phrases.add("\"" + words[i] + " " + words[i + 1] + "\"");
            }
        }
        return phrases;
    }

    /**
     * Random passages of one code: none in some documents, a few of up to 2,000 characters in the others, some
     * overlapping or touching (the filter joins them), sorted by start.
     */
    private static Map<Long, List<TextRange>> passages(Random random) {
        Map<Long, List<TextRange>> byDocument = new HashMap<>();
        for (IndexedDocument document : DOCUMENTS.values()) {
            int length = document.text().length();
            List<TextRange> passages = new ArrayList<>();
            for (int i = random.nextInt(4) == 0 ? 0 : random.nextInt(12); i > 0; i--) {
                int start = random.nextInt(length);
                passages.add(new TextRange(start, Math.min(length, start + 1 + random.nextInt(2_000))));
                if (random.nextInt(5) == 0) {
                    int end = passages.get(passages.size() - 1).end();
                    passages.add(new TextRange(end, Math.min(length, end + 1 + random.nextInt(50))));
                }
            }
            passages.sort(null);
            byDocument.put(document.id(), passages);
        }
        return byDocument;
    }

    private static boolean inside(KwicLine line, Map<Long, List<TextRange>> passages) {
        return MergedRanges.of(passages.getOrDefault(line.docId(), List.of())).contains(line.start(), line.end());
    }

    /**
     * The sample's texts in three parts: ids 1, 4, 7, … in the first, 2, 5, 8, … in the second, the rest in the third,
     * each part staged one document at a time in decreasing id order; then the second text replaced.
     */
    private static SearchIndex interleavedIndex() {
        List<IndexedDocument> documents = SampleTexts.documents();
        SearchIndex index = SearchIndex.inMemory((docId, hash) -> {
            IndexedDocument document = DOCUMENTS.get(docId);
            return document != null && document.contentHash().equals(hash) ? document.text() : null;
        });
        for (int part = 0; part < 3; part++) {
            for (int i = documents.size() - 1; i >= 0; i--) {
                if (i % 3 == part) {
                    DOCUMENTS.put(documents.get(i).id(), documents.get(i));
                    index.stage(List.of(documents.get(i)));
                }
            }
            index.commit();
        }
        IndexedDocument second = documents.get(1);
        IndexedDocument replaced = new IndexedDocument(second.id(), second.title(), null, null, null, second.language(),
                second.text() + "\n\nA later paragraph on security guarantees.", "v2");
        DOCUMENTS.put(replaced.id(), replaced);
        index.update(replaced);
        return index;
    }
}
