package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.search.SearchFixtures.BIDEN;
import static org.parallax.search.SearchFixtures.MIXED;
import static org.parallax.search.SearchFixtures.MUNICH_EN;
import static org.parallax.search.SearchFixtures.MUNICH_RU;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.bench.PlainScan;
import org.junit.jupiter.api.Test;

class SearchQueriesTest extends FixtureIndexTest {
    private static SearchResult search(String query) {
        return index.search(query, SearchOptions.defaults().withMaxLines(1000), CodedRanges.none());
    }

    private static List<Integer> regexStarts(long docId, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(SearchFixtures.text(docId));
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        return starts;
    }

    private static List<Integer> hitStarts(SearchResult result, long docId) {
        return result.lines().stream().filter(l -> l.docId() == docId).map(KwicLine::start).toList();
    }

    private static List<String> hitWords(SearchResult result) {
        return result.lines().stream().map(l -> l.hit().toLowerCase(Locale.ROOT)).distinct().sorted().toList();
    }

    @Test
    void phraseFindsEveryOccurrenceIncludingAcrossLineBreaks() {
        SearchResult result = search("\"use of force\"");

        List<Integer> expected = regexStarts(MUNICH_EN, "\\buse\\s+of\\s+force\\b");
        assertThat(expected).hasSize(4);
        assertThat(hitStarts(result, MUNICH_EN)).isEqualTo(expected);
        assertThat(result.totalHits()).isEqualTo(4);
        assertThat(hitWords(result)).allMatch(h -> h.matches("use\\s+of\\s+force"));
    }

    @Test
    void proximityAllowsWordsInBetweenOnlyWithinTheSlop() {
        assertThat(search("\"use force\"").totalHits()).isZero();
        assertThat(search("\"use force\"~1").totalHits()).isEqualTo(4);
        assertThat(search("\"force use\"~3").totalHits()).isEqualTo(4);
    }

    @Test
    void englishWordsAreStemmed() {
        SearchResult threat = search("threat");
        SearchResult threaten = search("threaten");

        assertThat(hitWords(threat)).containsExactly("threat", "threats");
        assertThat(hitStarts(threat, MUNICH_EN)).isEqualTo(regexStarts(MUNICH_EN, "\\bthreats?\\b"));
        assertThat(hitStarts(threat, BIDEN)).isEqualTo(regexStarts(BIDEN, "\\bthreats?\\b"));
        assertThat(threat.hitsPerDocument()).containsOnlyKeys(MUNICH_EN, BIDEN, MIXED);
        assertThat(hitWords(threaten)).containsExactly("threatening");
        assertThat(hitStarts(threaten, BIDEN)).isEqualTo(regexStarts(BIDEN, "\\bthreatening\\b"));
    }

    @Test
    void russianWordsAreStemmedInRussianDocuments() {
        SearchResult result = search("угроза");

        assertThat(hitWords(result)).contains("угроза", "угрозы", "угрозу", "угрозой");
        assertThat(hitStarts(result, MUNICH_RU)).isEqualTo(regexStarts(MUNICH_RU, "(?<!\\p{L})угроз\\p{L}*"));
        assertThat(result.hitsPerDocument()).containsKey(MUNICH_RU);
    }

    @Test
    void quotesAndTheExactToggleMatchOnlyTheWrittenForm() {
        SearchResult quoted = search("\"threat\"");
        SearchResult toggled = index.search("threat",
                SearchOptions.defaults().withMaxLines(1000).withExactForms(true), CodedRanges.none());

        assertThat(hitWords(quoted)).containsExactly("threat");
        assertThat(quoted.totalHits()).isEqualTo(regexStarts(MUNICH_EN, "\\bthreat\\b").size()
                + regexStarts(BIDEN, "\\bthreat\\b").size() + 1);
        assertThat(toggled.lines()).isEqualTo(quoted.lines());
    }

    @Test
    void wildcardsAndFuzzyTermsMatchWordForms() {
        SearchResult wildcard = search("threat*");
        SearchResult fuzzy = search("thraet~1");

        assertThat(hitWords(wildcard)).containsExactly("threat", "threatening", "threats");
        assertThat(hitStarts(wildcard, BIDEN)).isEqualTo(regexStarts(BIDEN, "\\bthreat\\w*"));
        assertThat(hitWords(fuzzy)).containsExactly("threat");
    }

    @Test
    void fieldFiltersRestrictDocuments() {
        assertThat(search("threat actor:usa").hitsPerDocument()).containsOnlyKeys(BIDEN);
        assertThat(search("threat date:[2000 TO 2010]").hitsPerDocument()).containsOnlyKeys(MUNICH_EN);
        assertThat(search("threat date:2022-02").hitsPerDocument()).containsOnlyKeys(BIDEN);
        assertThat(search("threat date:[2022-02-25 TO *]").hitsPerDocument()).isEmpty();
        assertThat(search("threat type:Speech").hitsPerDocument()).containsOnlyKeys(MUNICH_EN, BIDEN);
        assertThat(search("threat Actor:USA").hitsPerDocument()).containsOnlyKeys(BIDEN);
        assertThat(search("title:munich").hitsPerDocument()).containsOnlyKeys(MUNICH_EN);
        assertThat(search("безопасность lang:ru").hitsPerDocument()).containsOnlyKeys(MUNICH_RU);
    }

    @Test
    void filterOnlyQueriesListDocumentsWithoutHits() {
        SearchResult result = search("actor:russia");

        assertThat(result.hitsPerDocument()).containsOnlyKeys(MUNICH_EN, MUNICH_RU);
        assertThat(result.totalHits()).isZero();
        assertThat(result.lines()).isEmpty();
    }

    @Test
    void booleanOperatorsCombineDocuments() {
        assertThat(search("unipolar OR ukraine").hitsPerDocument()).containsOnlyKeys(MUNICH_EN, BIDEN);
        assertThat(search("nato -unipolar").hitsPerDocument()).containsOnlyKeys(BIDEN);
        assertThat(search("nato AND NOT unipolar").hitsPerDocument()).containsOnlyKeys(BIDEN);
        assertThat(search("+nato +unipolar").hitsPerDocument()).containsOnlyKeys(MUNICH_EN);
        assertThat(search("nato unipolar").hitsPerDocument()).containsOnlyKeys(MUNICH_EN);
        assertThat(search("-nato").hitsPerDocument()).containsOnlyKeys(MUNICH_RU, MIXED);
        assertThat(search("(unipolar OR ukraine) AND NOT biden").hitsPerDocument()).containsOnlyKeys(MUNICH_EN);
    }

    @Test
    void dateRangesTakeYearsMonthsAndOpenOrExclusiveEnds() {
        assertThat(search("actor:russia date:[2007-02-10 TO 2007-02-10]").hitsPerDocument())
                .containsOnlyKeys(MUNICH_EN, MUNICH_RU);
        assertThat(search("date:{2007-02-10 TO *]").hitsPerDocument()).containsOnlyKeys(BIDEN);
        assertThat(search("date:[* TO 2022-02-24}").hitsPerDocument()).containsOnlyKeys(MUNICH_EN, MUNICH_RU);
        assertThat(search("date:2007").hitsPerDocument()).containsOnlyKeys(MUNICH_EN, MUNICH_RU);
    }

    @Test
    void totalsStayExactWhenLinesAreLimited() {
        SearchResult all = search("security");
        SearchResult firstFive = index.search("security", SearchOptions.defaults().withMaxLines(5), CodedRanges.none());

        assertThat(firstFive.lines()).hasSize(5).isEqualTo(all.lines().subList(0, 5));
        assertThat(firstFive.totalHits()).isEqualTo(all.totalHits()).isEqualTo(all.lines().size());
        assertThat(firstFive.hitsPerDocument()).isEqualTo(all.hitsPerDocument());
        assertThat(index.countHits("security")).isEqualTo(all.totalHits());
        assertThat(all.hitsPerDocument().values().stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(all.totalHits());
    }

    @Test
    void countMatchesAPlainScanForAWholeWord() {
        List<String> texts = SearchFixtures.all().stream().map(IndexedDocument::text).toList();

        assertThat(index.countHits("nato"))
                .isEqualTo(PlainScan.countMatches(texts, PlainScan.phrasePattern("NATO")));
        assertThat(index.countHits("\"international security\""))
                .isEqualTo(PlainScan.countMatches(texts, PlainScan.phrasePattern("international security")));
    }
}
