package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index tokenizes a text once and replays the tokens to each text field's filters (ADR 0017); the terms and
 * positions must be exactly those of the analysers that parse queries, or stemmed and phrase searches miss.
 */
class RecordedTokensTest {
    private static final String HOSTILE = "NATO's expansion, the U.S.-Russia talks (2007) — \uD83D\uDE00 emoji "
            + "\uD83D\uDE00\uD83D\uDE00, Putin’s speech; e-mail a@b.org 3.14 " + "x".repeat(300) + " the end\n"
            + "Россия и НАТО: расширение, безопасность. 中文字 テスト";

    private final Analyzer queries = IndexFields.analyzer();

    @Test
    void theReplayedChainsGiveTheQueryAnalysersTermsAndPositions() throws IOException {
        List<String> texts = new ArrayList<>();
        SearchFixtures.all().forEach(d -> texts.add(d.text()));
        texts.add(HOSTILE);
        texts.add("");
        texts.add("وقّع الوزراء المعاهدة في الاجتماع، ٢٠٢٤. قال الوزير إن الاتفاقية مهمة للسلام. הממשלה חתמה על ההסכם.");
        for (String text : texts) {
            assertSame(text, IndexFields.TEXT_EN, IndexFields::englishStems);
            assertSame(text, IndexFields.TEXT_RU, IndexFields::russianStems);
            assertSame(text, IndexFields.TEXT_AR, IndexFields::arabicStems);
            assertSame(text, IndexFields.TEXT_PLAIN, IndexFields::exactForms);
            assertSame(text, IndexFields.TEXT_EXACT, IndexFields::exactForms);
        }
    }

    @Test
    void theOffsetTableGivesEachPositionsCharacters() throws IOException {
        String text = SearchFixtures.munichRussian().text() + HOSTILE;
        TokenOffsets recorded = TokenOffsets.record(tokenizer(text));
        assertThat(recorded.count()).isGreaterThan(3 * TokenOffsets.BLOCK);
        TokenOffsets.Table table = new TokenOffsets.Table(recorded.encode());
        List<String> fromTable = new ArrayList<>();
        for (int position = recorded.count() - 1; position >= 0; position--) { // backwards: every block decoded anew
            fromTable.add(0, text.substring(table.start(position), table.end(position)));
        }
        assertThat(fromTable).isEqualTo(tokens(tokenizer(text)).stream().map(Token::term).toList());
    }

    @Test
    void aTableWithGapsBetweenPositionsFindsThemByPosition() throws IOException {
        String text = "keep drop keep drop drop keep";
        TokenStream gaps = new StopFilter(tokenizer(text), new CharArraySet(List.of("drop"), false));
        TokenOffsets.Table table = new TokenOffsets.Table(TokenOffsets.record(gaps).encode());
        assertThat(List.of(table.start(0), table.end(0), table.start(2), table.start(5), table.end(5)))
                .containsExactly(0, 4, 10, 25, 29);
    }

    private void assertSame(String text, String field, UnaryOperator<TokenStream> chain) throws IOException {
        List<Token> expected = tokens(queries.tokenStream(field, text));
        TokenOffsets recorded = StandardWords.of(text);
        List<Token> replayed = tokens(chain.apply(new RecordedTokens(text, recorded)));
        assertThat(replayed).as(field).isEqualTo(expected);
        if (field.equals(IndexFields.TEXT_EXACT)) {
            assertThat(replayed.size()).isEqualTo(recorded.count());
        }
    }

    private static TokenStream tokenizer(String text) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new java.io.StringReader(text));
        return tokenizer;
    }

    private record Token(String term, int position, int start, int end) {
    }

    private static List<Token> tokens(TokenStream stream) throws IOException {
        List<Token> out = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        try (stream) {
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return out;
    }
}
