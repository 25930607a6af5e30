package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The index tokenizes a text once (ADR 0017) and looks each word's terms up in {@link WordForms}; the terms and
 * positions of both text fields must be exactly those of the analysers that parse queries, or stemmed and phrase
 * searches miss.
 */
class IndexedTermsTest {
    private static final String HOSTILE = "NATO's expansion, the U.S.-Russia talks (2007) — \uD83D\uDE00 emoji "
            + "\uD83D\uDE00\uD83D\uDE00, Putin’s speech; e-mail a@b.org 3.14 " + "x".repeat(300) + " the end\n"
            + "Россия и НАТО: расширение, безопасность. 中文字 テスト";

    private final Analyzer queries = IndexFields.analyzer();

    @Test
    void theIndexedFieldsGiveTheQueryAnalysersTermsAndPositions() throws IOException {
        List<IndexedDocument> documents = new ArrayList<>(SearchFixtures.all());
        documents.add(document("en", HOSTILE));
        documents.add(document("ru", HOSTILE));
        documents.add(document("en", ""));
        documents.add(document("en", "the a an of")); // only stop words: no stemmed term at all
        for (IndexedDocument doc : documents) {
            assertIndexedAsQueried(doc, new WordForms(doc.isRussian(), WordForms.CAPACITY));
        }
    }

    @Test
    void aTableEmptiedWhenFullStillGivesTheSameTerms() throws IOException {
        // Capacity 8 on a text of hundreds of distinct words: the table is emptied again and again mid-text.
        for (IndexedDocument doc : SearchFixtures.all()) {
            assertIndexedAsQueried(doc, new WordForms(doc.isRussian(), 8));
        }
    }

    @Test
    void randomTextsWithCapitalsApostrophesStopWordsAndOtherScriptsGiveTheSameTerms() throws IOException {
        String[] pieces = {"The", "the", "THE", "NATO's", "nato’s", "Russia'S", "'s", "s'", "don't", "U.S.", "3.14",
            "1,000", "e-mail", "a_b", "running", "Runs", "ran", "of", "and", "Ärger", "İstanbul", "ΣΊΣΥΦΟΣ", "Россия",
            "НАТО", "и", "\uD83D\uDE00", "中文", "x".repeat(70), " ", "  ", ", ", ". ", "\n", "—", "'", "’"};
        Random random = new Random(18);
        for (int t = 0; t < 200; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            for (String language : List.of("en", "ru")) {
                IndexedDocument doc = document(language, text.toString());
                assertIndexedAsQueried(doc, new WordForms(doc.isRussian(), 16));
            }
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

    /** Compares the fields {@code IndexFields.toLucene} makes (through the shared table) with the query analysers. */
    private void assertIndexedAsQueried(IndexedDocument doc, WordForms forms) throws IOException {
        String stemField = doc.isRussian() ? IndexFields.TEXT_RU : IndexFields.TEXT_EN;
        Document indexed = IndexFields.toLucene(doc, false);
        for (String field : List.of(stemField, IndexFields.TEXT_EXACT)) {
            List<Term> expected = terms(queries.tokenStream(field, doc.text()));
            assertThat(terms(((org.apache.lucene.document.Field) indexed.getField(field)).tokenStreamValue())).as(field + " of " + doc.title())
                    .isEqualTo(expected);
        }
        // The same through a table of its own (a small one is emptied while the text is read).
        TokenOffsets recorded = TokenOffsets.record(tokenizer(doc.text()));
        BytesRef[] stems = new BytesRef[recorded.count()];
        BytesRef[] exact = new BytesRef[recorded.count()];
        for (int i = 0; i < recorded.count(); i++) {
            WordForms.Form form = forms.of(doc.text(), recorded.start(i), recorded.end(i));
            stems[i] = form.stem;
            exact[i] = form.exact;
        }
        assertThat(terms(new FormTokens(stems, recorded))).as(stemField)
                .isEqualTo(terms(queries.tokenStream(stemField, doc.text())));
        assertThat(terms(new FormTokens(exact, recorded))).as("exact")
                .isEqualTo(terms(queries.tokenStream(IndexFields.TEXT_EXACT, doc.text())));
    }

    private static IndexedDocument document(String language, String text) {
        return new IndexedDocument(1, language + ": " + text.length() + " characters", null, null, null, language,
                text, "");
    }

    private static TokenStream tokenizer(String text) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new java.io.StringReader(text));
        return tokenizer;
    }

    private record Token(String term, int position, int start, int end) {
    }

    /** A term and its position, and the position increment left at the end (a trailing stop word's gap). */
    private record Term(String term, int position) {
    }

    private static List<Term> terms(TokenStream stream) throws IOException {
        List<Term> out = new ArrayList<>();
        TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        try (stream) {
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Term(term.getBytesRef().utf8ToString(), position));
            }
            stream.end();
            out.add(new Term("(end)", position + increment.getPositionIncrement()));
        }
        return out;
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
