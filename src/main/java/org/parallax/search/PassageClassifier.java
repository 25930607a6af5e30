package org.parallax.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.classification.BM25NBClassifier;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.Classifier;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.parallax.model.AssistantMethod;
import org.parallax.model.ParallaxException;

/**
 * Lucene's classification module over the coded units of a project: the units go into an in-memory index
 * analysed exactly like the search index (English or Russian stemming, {@link IndexFields#analyzer}), and a
 * k-nearest-neighbour or BM25 naive Bayes classifier ranks labels for new text. The project's own index holds
 * one entry per document and no codes, so the units need an index of their own; it lives only as long as this
 * object and never touches the disk.
 *
 * <p>Deterministic: the units are indexed in the given order by one thread with in-order merges, so document
 * ids (Lucene's tie-break between equal scores) and scores are the same on every run; labels of equal score
 * are ordered by name.
 */
public final class PassageClassifier implements Closeable {
    /** The label of units the analyst left uncoded: the classifier learns what is not coded too. */
    public static final String UNCODED = "-";
    private static final String LABEL = "label";
    private static final String[] TEXT_FIELDS = {IndexFields.TEXT_EN, IndexFields.TEXT_RU};

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final Analyzer analyzer = IndexFields.analyzer();
    /** Lucene's classifiers reconfigure one shared MoreLikeThis per call, so each thread gets its own. */
    private final ThreadLocal<Classifier<BytesRef>> classifiers;

    private PassageClassifier(ByteBuffersDirectory directory, AssistantMethod method, int neighbours) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.classifiers = ThreadLocal.withInitial(() -> create(method, neighbours));
    }

    /** Indexes the units and prepares a classifier; {@code neighbours} is k for {@link AssistantMethod#KNN}. */
    public static PassageClassifier train(List<TrainingPassage> units, AssistantMethod method, int neighbours) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                .setMergeScheduler(new SerialMergeScheduler())
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(32)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (TrainingPassage unit : units) {
                writer.addDocument(toLucene(unit));
            }
        } catch (IOException e) {
            throw new ParallaxException("Cannot index the coded passages for the assistant: " + e.getMessage(), e);
        }
        try {
            return new PassageClassifier(directory, method, neighbours);
        } catch (IOException e) {
            throw new ParallaxException("Cannot read the assistant's passage index: " + e.getMessage(), e);
        }
    }

    /** Number of units learnt from. */
    public int size() {
        return reader.numDocs();
    }

    /**
     * Every label the classifier sees in {@code text} with its score, best first (ties by label), including
     * {@link #UNCODED}. Safe to call from several threads at once.
     */
    public List<LabelScore> classify(String text) {
        try {
            List<ClassificationResult<BytesRef>> results = classifiers.get().getClasses(text);
            List<LabelScore> out = new ArrayList<>();
            if (results != null) {
                for (ClassificationResult<BytesRef> r : results) {
                    double score = r.getScore();
                    if (!Double.isNaN(score)) {
                        out.add(new LabelScore(r.getAssignedClass().utf8ToString(), score));
                    }
                }
            }
            out.sort(Comparator.comparingDouble(LabelScore::score).reversed().thenComparing(LabelScore::label));
            return out;
        } catch (IOException e) {
            throw new ParallaxException("The assistant could not classify a passage: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new ParallaxException("Cannot close the assistant's passage index: " + e.getMessage(), e);
        }
    }

    private Classifier<BytesRef> create(AssistantMethod method, int neighbours) {
        try {
            return switch (method) {
                // minimum document and term frequency 1: a sentence says most words once
                case KNN -> new KNearestNeighborClassifier(reader, new BM25Similarity(), analyzer, null,
                        neighbours, 1, 1, LABEL, TEXT_FIELDS);
                case BAYES -> new BM25NBClassifier(reader, analyzer, null, LABEL, TEXT_FIELDS);
            };
        } catch (IOException e) {
            throw new ParallaxException("Cannot prepare the assistant's classifier: " + e.getMessage(), e);
        }
    }

    private static Document toLucene(TrainingPassage unit) {
        Document d = new Document();
        d.add(new TextField(unit.russian() ? IndexFields.TEXT_RU : IndexFields.TEXT_EN, unit.text(), Field.Store.NO));
        if (unit.labels().isEmpty()) {
            d.add(new StringField(LABEL, UNCODED, Field.Store.YES));
        }
        for (String label : unit.labels()) {
            d.add(new StringField(LABEL, label, Field.Store.YES));
        }
        return d;
    }

}
