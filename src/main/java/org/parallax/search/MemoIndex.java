package org.parallax.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.parallax.model.Memo;
import org.parallax.model.ParallaxException;
import org.parallax.model.QuerySyntaxException;

/**
 * Full-text search inside memos: an in-memory Lucene index built from the project's memos (derived data, rebuilt
 * whenever they change). Bare words and {@code memo:} search the memo text (English and Russian stems and exact
 * words); {@code kind:} and {@code author:} filter; phrases, wildcards, AND/OR/NOT as in the Search tab.
 */
public final class MemoIndex {
    static final String ID = "id";
    static final String MEMO = "memo";
    private static final String MEMO_EN = "memo_en";
    private static final String MEMO_RU = "memo_ru";
    private static final String KIND = "kind";
    private static final String AUTHOR = "author";
    private static final String[] TEXT_FIELDS = {MEMO, MEMO_EN, MEMO_RU};

    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(
            new IndexFields.WordsAnalyzer(IndexFields::exactForms), Map.of(
                    MEMO_EN, new IndexFields.WordsAnalyzer(IndexFields::englishStems),
                    MEMO_RU, new IndexFields.WordsAnalyzer(IndexFields::russianStems),
                    KIND, new IndexFields.LowerCaseKeywordAnalyzer(), AUTHOR, new IndexFields.LowerCaseKeywordAnalyzer()));
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final int size;

    private MemoIndex(Collection<Memo> memos) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Memo memo : memos) {
                Document d = new Document();
                d.add(new StringField(ID, Long.toString(memo.id()), Field.Store.YES));
                for (String field : TEXT_FIELDS) {
                    d.add(new TextField(field, memo.text(), Field.Store.NO));
                }
                d.add(new StringField(KIND, memo.target().kind().label(), Field.Store.NO));
                if (memo.author() != null) {
                    d.add(new StringField(AUTHOR, memo.author().toLowerCase(Locale.ROOT), Field.Store.NO));
                }
                writer.addDocument(d);
            }
            writer.commit();
        } catch (IOException e) {
            throw new ParallaxException("Cannot index the memos: " + e.getMessage(), e);
        }
        this.size = memos.size();
    }

    /** Indexes the given memos. */
    public static MemoIndex of(Collection<Memo> memos) {
        return new MemoIndex(memos);
    }

    /** The ids of the memos that match {@code query}, best first; a query that cannot be read throws in words. */
    public Set<Long> search(String query) {
        Query parsed = parse(query);
        Set<Long> out = new LinkedHashSet<>();
        if (size == 0) {
            return out;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (ScoreDoc hit : searcher.search(parsed, size).scoreDocs) {
                out.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)));
            }
        } catch (IOException e) {
            throw new ParallaxException("Cannot search the memos: " + e.getMessage(), e);
        }
        return out;
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("The memo search is empty: type a word or a \"phrase\"", -1);
        }
        QueryErrors.checkBalanced(query);
        Parser parser = new Parser(analyzer);
        try {
            Query parsed = parser.parse(query);
            if (parsed == null || parsed instanceof BooleanQuery b && b.clauses().isEmpty()) {
                throw new QuerySyntaxException("The memo search '" + query + "' has no word to look for", -1);
            }
            return parsed;
        } catch (ParseException e) {
            throw QueryErrors.explain(query, e);
        }
    }

    /** Bare words and memo: go to all text fields; kind: and author: match whole lower-cased values. */
    private static final class Parser extends MultiFieldQueryParser {
        private static final Set<String> FIELDS = Set.of(MEMO, KIND, AUTHOR);

        Parser(Analyzer analyzer) {
            super(TEXT_FIELDS, analyzer);
            setDefaultOperator(AND_OPERATOR);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            return super.getFieldQuery(textField(field), text, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            return super.getFieldQuery(textField(field), text, slop);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(exactField(field), termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(exactField(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(exactField(field), termStr, minSimilarity);
        }

        private static String exactField(String field) {
            return field == null || MEMO.equals(field) ? MEMO : checked(field);
        }

        /** Null (all text fields) for bare words and memo:, the field itself for kind: and author:. */
        private String textField(String field) throws ParseException {
            if (field == null || MEMO.equals(field)) {
                return null;
            }
            return checked(field);
        }

        private static String checked(String field) {
            if (!FIELDS.contains(field)) {
                throw new QuerySyntaxException("Unknown field '" + field + ":' in a memo search (use memo:, kind: "
                        + "or author:)", -1);
            }
            return field;
        }

    }
}
