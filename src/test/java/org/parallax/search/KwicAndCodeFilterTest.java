package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.search.SearchFixtures.MIXED;
import static org.parallax.search.SearchFixtures.MIXED_TEXT;
import static org.parallax.search.SearchFixtures.MUNICH_EN;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.model.TextRange;

class KwicAndCodeFilterTest extends FixtureIndexTest {
    private static SearchResult search(String query, CodedRanges codes) {
        return index.search(query, SearchOptions.defaults().withMaxLines(1000), codes);
    }

    @Test
    void kwicOffsetsAreUtf16IndicesOfTheStoredText() {
        for (String query : List.of("threat", "угроза", "\"use of force\"", "nato", "безопасность", "threat*")) {
            SearchResult result = search(query, CodedRanges.none());
            assertThat(result.lines()).as(query).isNotEmpty().allSatisfy(line -> {
                String text = SearchFixtures.text(line.docId());
                assertThat(text.substring(line.start(), line.end())).isEqualTo(line.hit());
                assertThat(text.substring(Math.max(0, line.start() - 200), line.start()).replaceAll("\\s+", " "))
                        .endsWith(line.left());
            });
        }
    }

    @Test
    void offsetsStayExactAfterEmojiAndCyrillic() {
        SearchResult result = search("threat", CodedRanges.none());

        List<KwicLine> mixed = result.lines().stream().filter(l -> l.docId() == MIXED).toList();
        assertThat(mixed).extracting(KwicLine::start)
                .containsExactly(MIXED_TEXT.indexOf("threat"), MIXED_TEXT.indexOf("threats"));
        assertThat(mixed).extracting(KwicLine::hit).containsExactly("threat", "threats");
        assertThat(mixed.get(1).left()).contains("😀 was discussed;");
        assertThat(search("\"угрозой\"", CodedRanges.none()).lines().stream().filter(l -> l.docId() == MIXED))
                .singleElement().satisfies(l -> {
                    assertThat(l.start()).isEqualTo(MIXED_TEXT.indexOf("угрозой"));
                    assertThat(l.left()).isEqualTo("Заявление 🙂🇺🇦 — ");
                    assertThat(l.right()).startsWith(" назвали расширение. The threat");
                });
    }

    /**
     * A hit as long as a whole passage or document (a code's passage, a document a memo matched) shows its two ends
     * on one line: the whole of it made a line of tens of thousands of characters.
     */
    @Test
    void aLongHitShowsItsTwoEndsOnOneLine() {
        String text = "Preamble. " + "The parties shall refrain from the threat or use of force.\n".repeat(200)
                + "Signed in Paris.";
        TextRange whole = new TextRange(10, text.length());

        KwicLine line = Kwic.line(1, "t", null, null, text, whole, 20);

        assertThat(line.hit()).startsWith("The parties shall refrain").endsWith("use of force. Signed in Paris.")
                .contains(" … ").doesNotContain("\n").hasSizeLessThanOrEqualTo(2 * Kwic.HIT_ENDS + 3);
        assertThat(line.start()).isEqualTo(10);
        assertThat(line.end()).isEqualTo(text.length());
    }

    @Test
    void contextNeverSplitsASurrogatePair() {
        int hit = MIXED_TEXT.indexOf("was");
        KwicLine line = Kwic.line(MIXED, "t", null, null, MIXED_TEXT, new TextRange(hit, hit + 3), 2);

        assertThat(line.left()).isEqualTo(" ");
        assertThat(Kwic.line(MIXED, "t", null, null, MIXED_TEXT, new TextRange(hit, hit + 3), 3).left())
                .isEqualTo("😀 ");
    }

    @Test
    void codeFilterKeepsOnlyHitsInsideCodedPassages() {
        String text = SearchFixtures.text(MUNICH_EN);
        Matcher m = Pattern.compile("use\\s+of\\s+force").matcher(text);
        m.find();
        int first = m.start();
        m.find();
        TextRange secondSentence = new TextRange(m.start() - 20, m.end() + 10);
        Map<Long, List<TextRange>> balance = Map.of(MUNICH_EN,
                List.of(new TextRange(first - 5, first + 30), secondSentence));
        CodedRanges codes = name -> name.equals("Balance of power") ? balance : null;

        SearchResult result = search("\"use of force\" code:\"Balance of power\"", codes);

        assertThat(result.totalHits()).isEqualTo(2);
        assertThat(result.lines()).extracting(KwicLine::start).containsExactly(first, m.start());
        assertThat(result.hitsPerDocument()).containsOnlyKeys(MUNICH_EN);
        assertThat(search("threat code:\"Balance of power\"", codes).totalHits()).isZero();
    }

    @Test
    void codeOnlyQueryListsThePassagesThemselves() {
        Map<Long, List<TextRange>> passages = Map.of(MUNICH_EN, List.of(new TextRange(0, 20), new TextRange(100, 150)),
                MIXED, List.of(new TextRange(0, 9)));
        CodedRanges codes = name -> name.equals("Convergence of norms") ? passages : null;

        SearchResult all = search("code:\"Convergence of norms\"", codes);
        SearchResult russianActor = search("code:\"Convergence of norms\" actor:Russia", codes);

        assertThat(all.totalHits()).isEqualTo(3);
        assertThat(all.lines().get(0).hit()).isEqualTo(SearchFixtures.text(MUNICH_EN).substring(0, 20));
        assertThat(russianActor.hitsPerDocument()).containsOnlyKeys(MUNICH_EN);
        assertThat(russianActor.lines()).extracting(KwicLine::start).containsExactly(0, 100);
    }

    @Test
    void linesCanBeSortedByDateAndActor() {
        SearchResult result = search("threat", CodedRanges.none());

        assertThat(result.linesSortedBy(SearchResult.BY_DATE)).last().extracting(KwicLine::docId).isEqualTo(MIXED);
        assertThat(result.linesSortedBy(SearchResult.BY_DATE)).first().extracting(KwicLine::docId).isEqualTo(MUNICH_EN);
        assertThat(result.linesSortedBy(SearchResult.BY_ACTOR)).first().extracting(KwicLine::actor).isEqualTo("other");
        assertThat(result.lines()).isSortedAccordingTo(SearchResult.BY_DOCUMENT);
    }
}
