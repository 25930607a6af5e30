package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The assistant's unit queries are MoreLikeThis's, word for word and boost for boost, with the words' statistics
 * remembered per part: the suggestions must not change by building them faster.
 */
class WordStatisticsTest {
    private static final String[] VOCABULARY = ("protest police march crowd minister budget reform strike union "
            + "workers wages election vote party leader speech riot arrest court judge ruling appeal students "
            + "teachers school hospital nurses doctors health crisis inflation prices fuel tax tariff trade border "
            + "migrants asylum camp refugees army soldiers peace talks treaty sanctions embargo oil gas pipeline "
            + "climate flood drought harvest farmers").split(" ");
    private final List<DirectoryReader> parts = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (DirectoryReader part : parts) {
            part.close();
            part.directory().close();
        }
    }

    @Test
    void queriesAreMoreLikeThisOnesAndFindTheSameUnits() throws IOException {
        Random random = new Random(17);
        Analyzer analyzer = IndexFields.analyzer();
        for (int p = 0; p < 3; p++) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                // the parts differ in size, so a word's statistics differ by part
                for (int u = 0; u < 200 + 150 * p; u++) {
                    Document d = new Document();
                    d.add(new TextField(IndexFields.TEXT_EN, sentence(random, 3 + random.nextInt(20)),
                            Field.Store.NO));
                    writer.addDocument(d);
                }
                writer.forceMerge(1);
            }
            parts.add(DirectoryReader.open(directory));
        }
        WordStatistics words = new WordStatistics(parts, analyzer, 10);
        for (IndexReader reader : List.of(new MultiReader(parts.get(0), parts.get(2)),
                new MultiReader(parts.toArray(new IndexReader[0])))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            int compared = 0;
            for (int i = 0; i < 400; i++) {
                // repeated words (term frequency above 1), unknown words, and now and then no word at all
                String text = sentence(random, random.nextInt(30)) + (i % 7 == 0 ? " zyzzyva quux" : "");
                Query expected = moreLikeThis(reader, analyzer, text);
                Query actual = words.query(reader, IndexFields.TEXT_EN, text);
                assertThat(actual.toString()).isEqualTo(expected.toString());
                TopDocs a = searcher.search(actual, 10);
                TopDocs e = searcher.search(expected, 10);
                assertThat(a.scoreDocs).hasSameSizeAs(e.scoreDocs);
                for (int j = 0; j < a.scoreDocs.length; j++) {
                    ScoreDoc x = a.scoreDocs[j];
                    ScoreDoc y = e.scoreDocs[j];
                    assertThat(x.doc).isEqualTo(y.doc);
                    assertThat(x.score).isEqualTo(y.score);
                }
                compared += a.scoreDocs.length;
            }
            assertThat(compared).isGreaterThan(1000);
        }
    }

    @Test
    void aBudgetOfWordsStillGivesTheSameQueries() throws IOException {
        Random random = new Random(5);
        Analyzer analyzer = IndexFields.analyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int u = 0; u < 300; u++) {
                Document d = new Document();
                d.add(new TextField(IndexFields.TEXT_EN, sentence(random, 10), Field.Store.NO));
                writer.addDocument(d);
            }
        }
        parts.add(DirectoryReader.open(directory));
        IndexReader reader = new MultiReader(parts.get(0));
        WordStatistics words = new WordStatistics(parts, analyzer, 10);
        // more distinct words than the budget remembers: numbered ones the index does not hold, then the vocabulary
        for (int i = 0; i < WordStatistics.WORDS_PER_PART + 10; i++) {
            words.query(reader, IndexFields.TEXT_EN, "unheard" + letters(i));
        }
        for (int i = 0; i < 50; i++) {
            String text = sentence(random, 12);
            assertThat(words.query(reader, IndexFields.TEXT_EN, text).toString())
                    .isEqualTo(moreLikeThis(reader, analyzer, text).toString());
        }
    }

    private static Query moreLikeThis(IndexReader reader, Analyzer analyzer, String text) throws IOException {
        MoreLikeThis like = new MoreLikeThis(reader);
        like.setAnalyzer(analyzer);
        like.setFieldNames(new String[] {IndexFields.TEXT_EN});
        like.setMinTermFreq(1);
        like.setMinDocFreq(1);
        like.setBoost(true);
        like.setMaxQueryTerms(10);
        return like.like(IndexFields.TEXT_EN, new StringReader(text));
    }

    /** {@code n} in letters only (a, b, …, z, ba, bb, …), so every number is another word. */
    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        do {
            out.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return out.reverse().toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return out.toString();
    }
}
