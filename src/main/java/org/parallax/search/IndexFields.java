package org.parallax.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.tartarus.snowball.ext.RussianStemmer;

/** The index layout: field names, their analysers, and how a project document becomes a Lucene document. */
final class IndexFields {
    /** Identity term for updateDocument/deleteDocuments. */
    static final String ID = "id";
    /** Document id as doc values, to order hits without loading stored fields. */
    static final String ID_VALUE = "id_value";
    static final String HASH = "hash";
    static final String TEXT = "text";
    static final String TEXT_EN = "text_en";
    static final String TEXT_RU = "text_ru";
    static final String TEXT_AR = "text_ar";
    /** The words, lower-cased and unstemmed, of a text in a language without a stemmer here (Hebrew, Greek, …). */
    static final String TEXT_PLAIN = "text_plain";
    static final String TEXT_EXACT = "text_exact";
    static final String TITLE = "title";
    static final String ACTOR = "actor";
    static final String TYPE = "type";
    static final String LANG = "lang";
    static final String DATE = "date";
    static final String DATE_DAY = "date_day";
    /** Where each word position of the text starts and ends ({@link TokenOffsets}), as binary doc values. */
    static final String OFFSETS = "offsets";

    /**
     * The layout's version, kept in every commit's user data: an index of another version (or of none, written before
     * versions were kept) is emptied when opened and indexed again in the background (ADR 0017).
     */
    static final String FORMAT = "8-russian-yo-folded";
    static final String FORMAT_KEY = "parallax.index.format";

    /** Fields whose matches are hits with offsets into the stored text. */
    static final List<String> TEXT_FIELDS = List.of(TEXT_EN, TEXT_RU, TEXT_AR, TEXT_PLAIN, TEXT_EXACT);
    /** The fields a bare word is looked for in, each in its own analysis: one of them holds each text's words. */
    static final List<String> STEMMED_FIELDS = List.of(TEXT_EN, TEXT_RU, TEXT_AR, TEXT_PLAIN);

    /** Positions for phrases and hits, no offsets: a hit's characters come from {@link #OFFSETS}. */
    private static final FieldType TEXT_WITH_POSITIONS = textWithPositions();

    private IndexFields() {
    }

    /**
     * One analyser for indexing and parsing: stemmed English, Russian and Arabic, exact lower-cased words (the
     * default, which {@link #TEXT_PLAIN} and {@link #TEXT_EXACT} use), keyword filters.
     */
    static Analyzer analyzer() {
        Analyzer keyword = new LowerCaseKeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new WordsAnalyzer(IndexFields::exactForms), Map.of(
                TEXT_EN, new WordsAnalyzer(IndexFields::englishStems),
                TEXT_RU, new WordsAnalyzer(IndexFields::russianStems),
                TEXT_AR, new WordsAnalyzer(IndexFields::arabicStems),
                TYPE, keyword,
                LANG, keyword));
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /**
     * The Lucene document for {@code doc}; with {@code keepText} the index also stores a copy of the text for KWIC
     * lines (an index without a project behind it), otherwise KWIC lines read the project's text.
     */
    static Document toLucene(IndexedDocument doc, boolean keepText) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(doc.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ID_VALUE, doc.id()));
        d.add(new SortedDocValuesField(HASH, new BytesRef(doc.contentHash())));
        if (keepText) {
            d.add(new StoredField(TEXT, doc.text()));
        }
        TokenOffsets tokens = StandardWords.of(doc.text());
        String stemmed = doc.stemmedField();
        RecordedTokens words = new RecordedTokens(doc.text(), tokens);
        d.add(new Field(stemmed, switch (stemmed) {
            case TEXT_RU -> russianStems(words);
            case TEXT_AR -> arabicStems(words);
            case TEXT_PLAIN -> exactForms(words);
            default -> englishStems(words);
        }, TEXT_WITH_POSITIONS));
        d.add(new Field(TEXT_EXACT, exactForms(new RecordedTokens(doc.text(), tokens)), TEXT_WITH_POSITIONS));
        d.add(new BinaryDocValuesField(OFFSETS, tokens.encode()));
        d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
        addOptional(d, ACTOR, doc.actor());
        addOptional(d, TYPE, doc.type());
        addOptional(d, LANG, doc.language() == null ? null : doc.language().trim().toLowerCase(Locale.ROOT));
        if (doc.date() != null) {
            d.add(new StoredField(DATE, doc.date().toString()));
            d.add(new IntPoint(DATE_DAY, (int) doc.date().toEpochDay()));
        }
        return d;
    }

    private static void addOptional(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.YES));
        }
    }

    /*
     * The chains below are the filters of EnglishAnalyzer, RussianAnalyzer, ArabicAnalyzer and StandardAnalyzer (no
     * stop words), each with ё read as е after lower-casing ({@link YoFolding}), behind one shared tokenizer pass; the
     * queries are parsed with the same chains ({@link WordsAnalyzer}), and RecordedTokensTest holds the two to the
     * same terms and positions.
     */
    static TokenStream englishStems(TokenStream tokens) {
        TokenStream result = new EnglishPossessiveFilter(tokens);
        result = exactForms(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(result);
    }

    static TokenStream russianStems(TokenStream tokens) {
        TokenStream result = exactForms(tokens);
        result = new StopFilter(result, RussianAnalyzer.getDefaultStopSet());
        return new SnowballFilter(result, new RussianStemmer());
    }

    static TokenStream arabicStems(TokenStream tokens) {
        TokenStream result = exactForms(tokens);
        result = new DecimalDigitFilter(result);
        result = new StopFilter(result, ArabicAnalyzer.getDefaultStopSet());
        result = new ArabicNormalizationFilter(result);
        return new ArabicStemFilter(result);
    }

    /** Lower-cased words, ё read as е in every language's text, so a Russian word quoted in an English text is too. */
    static TokenStream exactForms(TokenStream tokens) {
        return new YoFolding(new LowerCaseFilter(tokens));
    }

    private static FieldType textWithPositions() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    /**
     * The standard tokenizer and one of the chains above, for parsing queries; wildcard and fuzzy terms, which are not
     * analysed, are lower-cased and folded the same way.
     */
    static final class WordsAnalyzer extends Analyzer {
        private final UnaryOperator<TokenStream> chain;

        WordsAnalyzer(UnaryOperator<TokenStream> chain) {
            this.chain = chain;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, chain.apply(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return exactForms(in);
        }
    }

    /** Whole value as one lower-cased term, so that {@code type:Speech} finds "speech". */
    static final class LowerCaseKeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
