package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.QuerySyntaxException;

/**
 * How a query was read is said in the reader's terms: a query of common words only is refused in words of their
 * language with a way that finds them, a quoted Russian phrase says it found exact forms only, a common word left out
 * of a longer query is named.
 */
class QueryNotesTest {
    private static SearchIndex index;

    @BeforeAll
    static void indexTexts() {
        index = SearchFixtures.indexOfAll();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String refusal(String query) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> index.search(query, SearchOptions.defaults(), CodedRanges.none()));
        assertThat(thrown).as(query).isInstanceOf(QuerySyntaxException.class);
        return thrown.getMessage();
    }

    @Test
    void aRussianCommonWordIsExplainedAsRussianAndItsQuotedFormFindsIt() {
        String message = refusal("ПРО");
        assertThat(message).contains("'ПРО' is a common Russian word", "'про'", "Type \"ПРО\" in quotes")
                .doesNotContain("'the'");
        SearchResult quoted = index.search("\"ПРО\"", SearchOptions.defaults(), CodedRanges.none());
        assertThat(quoted.lines()).extracting(KwicLine::hit).contains("ПРО");
        assertThat(refusal("еще")).contains("'еще' is a common Russian word");
        assertThat(index.search("\"еще\"", SearchOptions.defaults(), CodedRanges.none()).totalHits())
                .isEqualTo(12); // 'еще' eleven times and 'Еще' once in the Munich text
    }

    @Test
    void anEnglishCommonWordIsExplainedAsEnglish() {
        assertThat(refusal("the of")).contains("only common words", "'the', 'of' are common English words",
                "Type \"the of\" in quotes to find them as written").doesNotContain("Russian");
    }

    @Test
    void signsAloneAreNotCalledCommonWords() {
        assertThat(refusal("—")).contains("holds no word to search for").doesNotContain("common");
    }

    @Test
    void aCommonWordBesideOtherWordsIsLeftOutAndSaidToBe() {
        SearchResult withTheWord = search("ПРО НАТО");
        assertThat(withTheWord.totalHits()).isEqualTo(search("НАТО").totalHits());
        assertThat(withTheWord.notes()).containsExactly(
                "'ПРО' was left out as a common Russian word; put it in quotes (\"ПРО\") to require it");
        assertThat(search("НАТО").notes()).isEmpty();
    }

    @Test
    void aQuotedRussianPhraseSaysItFindsExactFormsOnly() {
        SearchResult phrase = search("\"излишнего политеса\"");
        assertThat(phrase.totalHits()).isEqualTo(1);
        assertThat(phrase.notes()).singleElement().asString().contains("\"излишнего политеса\" in quotes finds "
                + "exact word forms only; drop the quotes to find every form of each word");
        assertThat(search("излишний политес").totalHits()).isGreaterThan(phrase.totalHits());
        assertThat(search("\"NATO\"").notes()).as("a word without other forms").isEmpty();
        assertThat(index.search("политеса", SearchOptions.defaults().withExactForms(true), CodedRanges.none())
                .notes()).as("the exact forms toggle asked for them").isEmpty();
    }

    @Test
    void aQuotedPhraseWithProximitySaysWhatDroppingTheQuotesGivesUp() {
        SearchResult near = search("\"излишнего политеса\"~5");
        assertThat(near.totalHits()).isEqualTo(1);
        assertThat(near.notes()).singleElement().asString()
                .startsWith("\"излишнего политеса\"~5 in quotes finds exact word forms only")
                .endsWith("(anywhere in a document, not only within 5 word moves of each other)")
                .doesNotContain("side by side");
    }

    private static SearchResult search(String query) {
        return index.search(query, SearchOptions.defaults(), CodedRanges.none());
    }
}
