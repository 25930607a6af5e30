package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.parallax.model.QuerySyntaxException;

/**
 * A plain word is answered from its terms' postings ({@link PlainWord}, {@link TermUnion}) with exactly what the query
 * parser's general path gives for it: the same hits, counts per document, order and KWIC lines, over the words of the
 * shipped sample's English and Russian texts, in an index of several parts with a replaced document in one of them.
 */
class PlainWordSearchTest {
    private static final Map<Long, IndexedDocument> DOCUMENTS = new HashMap<>();
    private static final SearchIndex INDEX = sampleIndex();
    private static final List<String> WORDS = SampleTexts.wordsOf(DOCUMENTS.values());

    @AfterContainer
    static void closeIndex() {
        INDEX.close();
    }

    @Property(tries = 250)
    void aWordOfTheSampleFindsWhatTheParsedQueryFinds(@ForAll("sampleWords") String word,
                                                       @ForAll boolean exactForms,
                                                       @ForAll("lineLimits") int maxLines) {
        SearchOptions options = SearchOptions.defaults().withMaxLines(maxLines).withExactForms(exactForms);

        Object direct = answer(() -> INDEX.search(word, options, CodedRanges.none()));
        Object parsed = answer(() -> INDEX.searchParsed(word, options, CodedRanges.none()));

        assertThat(direct).isEqualTo(parsed);
    }

    @Example
    void theSampleHasWordsInBothLanguagesAndWordsFoundInManyDocuments() {
        assertThat(WORDS).contains("NATO", "Russia", "безопасности", "2007");
        assertThat(PlainWord.terms("безопасности", IndexFields.analyzer(), false))
                .hasSize(IndexFields.STEMMED_FIELDS.size());
        SearchResult security = INDEX.search("security", SearchOptions.defaults(), CodedRanges.none());
        assertThat(security.matchingDocuments()).isGreaterThan(5);
        assertThat(security.totalHits()).isGreaterThan(50).isEqualTo(security.lines().size());
        assertThat(security).isEqualTo(INDEX.searchParsed("security", SearchOptions.defaults(), CodedRanges.none()));
    }

    @Example
    void whatIsNotOnePlainWordGoesToTheParser() {
        var analyzer = IndexFields.analyzer();
        for (String query : List.of("AND", "NOT", "nato*", "\"nato\"", "actor:Russia", "nato russia", "nato~",
                "-nato", "the", "и", "في", "", "U.S.")) {
            assertThat(PlainWord.terms(query, analyzer, false)).as(query).isNull();
        }
        assertThat(PlainWord.terms(" nato ", analyzer, false)).hasSize(IndexFields.STEMMED_FIELDS.size());
        assertThat(PlainWord.terms("Nato", analyzer, true)).containsExactly(
                new org.apache.lucene.index.Term(IndexFields.TEXT_EXACT, "nato"));
    }

    @Example
    void aStopWordIsRefusedAsTheParserRefusesIt() {
        assertThatThrownBy(() -> INDEX.search("the", SearchOptions.defaults(), CodedRanges.none()))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("only common words");
    }

    @Provide
    Arbitrary<String> sampleWords() {
        return Arbitraries.of(WORDS).flatMap(word -> Arbitraries.of(word, word.toLowerCase(Locale.ROOT),
                word.toUpperCase(Locale.ROOT), " " + word + " "));
    }

    @Provide
    Arbitrary<Integer> lineLimits() {
        return Arbitraries.of(0, 1, 7, 100, 10_000);
    }

    /** The result, or the refusal's class and message: a word the parser refuses must be refused alike. */
    private static Object answer(java.util.function.Supplier<SearchResult> search) {
        Throwable refused = catchThrowable(search::get);
        return refused == null ? search.get() : refused.getClass().getSimpleName() + ": " + refused.getMessage();
    }

    /** The sample's texts in three commits (three index parts), the second text indexed again with another hash. */
    private static SearchIndex sampleIndex() {
        List<IndexedDocument> documents = SampleTexts.documents();
        SearchIndex index = SearchIndex.inMemory((docId, hash) -> {
            IndexedDocument document = DOCUMENTS.get(docId);
            return document != null && document.contentHash().equals(hash) ? document.text() : null;
        });
        int third = documents.size() / 3;
        for (List<IndexedDocument> part : List.of(documents.subList(0, third), documents.subList(third, 2 * third),
                documents.subList(2 * third, documents.size()))) {
            part.forEach(d -> DOCUMENTS.put(d.id(), d));
            index.updateAll(part);
        }
        IndexedDocument second = documents.get(1);
        IndexedDocument replaced = new IndexedDocument(second.id(), second.title(), null, null, null, second.language(),
                second.text() + "\n\nA later paragraph on security guarantees.", "v2");
        DOCUMENTS.put(replaced.id(), replaced);
        index.update(replaced);
        return index;
    }
}
