package org.parallax.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.classification.BM25NBClassifier;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.parallax.model.AssistantMethod;
import org.parallax.model.LabelScore;
import org.parallax.model.NeighbourVotes;
import org.parallax.model.ParallaxException;

/**
 * The assistant's classifiers over the coded units of a project. The units go into in-memory indexes analysed
 * exactly like the search index (English or Russian stemming, {@link IndexFields#analyzer}), part by part (a
 * part is a fold of the evaluation), so every unit is indexed once and a model that holds one part out learns from
 * the others with exactly their word statistics: for naive Bayes a reader over the other parts' indexes, for k
 * nearest neighbours one index of all parts in which the held-out part's units read as deleted and the search
 * uses the other parts' statistics ({@link UnitParts}, {@link WordStatistics}).
 * The project's own index holds one entry per document and no codes, so the units need indexes of their own;
 * they live only as long as this object and never touch the disk.
 *
 * <p>k nearest neighbours is our own top-k search: a MoreLikeThis query of the unit's words, nothing else.
 * Lucene's {@code KNearestNeighborClassifier} adds a required {@code label:*} clause that makes every query
 * visit every training unit; here a query visits only units sharing a word, and the top k by BM25 vote as
 * that classifier votes. Naive Bayes stays Lucene's {@code BM25NBClassifier}.
 *
 * <p>Deterministic: each part is indexed in the given order by one thread with in-order merges, and the parts
 * are read in order, so document numbers (Lucene's tie-break between equal scores) and scores are the same on
 * every run; labels of equal score are ordered by name.
 */
public final class PassageClassifier implements Closeable {
    /** The label of units the analyst left uncoded: the classifier learns what is not coded too. */
    public static final String UNCODED = "-";
    private static final String LABEL = "label";
    private static final String LABEL_ORDINALS = "label_ordinal";
    private static final String DOCUMENT = "document";
    /** The fields naive Bayes reads (both languages). */
    private static final String[] TEXT_FIELDS = {IndexFields.TEXT_EN, IndexFields.TEXT_RU};
    /**
     * Words of a unit a query looks for: its most distinctive ones by tf-idf (Lucene's MoreLikeThis takes 25,
     * sized for whole documents). A sentence rarely has more content words than this, and each further word,
     * being commoner, adds the longest posting lists: on the benchmark corpus 10 instead of 25 halves the CPU
     * time of a document's suggestions (docs/performance.md).
     */
    private static final int QUERY_WORDS = 10;
    /** Documents whose units a scope keeps marked as excluded (more than are judged at once). */
    private static final int EXCLUDED_DOCUMENTS_KEPT = 64;
    /** Indexing memory of each part's writer before it writes a segment (heap budget of the benchmark). */
    private static final double WRITER_BUFFER_MB = 8;

    /**
     * Naive Bayes: the parts, searched together by a reader over those a model learns from. k nearest
     * neighbours: one reader of every part's units in one index, part after part ({@link #unitParts}), so a
     * query sets up its words' postings once rather than once per part (docs/performance.md, "Issue 17, session
     * 10"); a model that holds a part out skips that part's units as if deleted.
     */
    private final List<DirectoryReader> parts;
    /** Where each part lies in the one index (k nearest neighbours; null for naive Bayes). */
    private final UnitParts unitParts;
    /** Label ordinals of every unit, by part and document number: read once, not per neighbour. */
    private final Map<IndexReader, int[][]> unitLabels;
    private final List<String> labels;
    private final AssistantMethod method;
    private final int neighbours;
    private final Analyzer analyzer = IndexFields.analyzer();

    /** The words of the one index (k nearest neighbours; null for naive Bayes). */
    private final WordStatistics words;
    /** The top-k search over the one index (k nearest neighbours; null for naive Bayes). */
    private final NearestUnits nearestUnits;
    /** The scope of every part but one, by the part left out, and last the scope of all: made once each. */
    private final Scope[] scopes;

    private PassageClassifier(List<DirectoryReader> parts, UnitParts unitParts, Map<IndexReader, int[][]> unitLabels,
                              List<String> labels, AssistantMethod method, int neighbours) throws IOException {
        this.parts = parts;
        this.unitParts = unitParts;
        this.unitLabels = unitLabels;
        this.labels = labels;
        this.method = method;
        this.neighbours = neighbours;
        this.words = unitParts == null ? null
                : new WordStatistics(onlyLeaf(parts.get(0)), unitParts, analyzer, QUERY_WORDS);
        this.nearestUnits = unitParts == null ? null : new NearestUnits(onlyLeaf(parts.get(0)));
        this.scopes = new Scope[partCount() + 1];
    }

    private int partCount() {
        return unitParts == null ? parts.size() : unitParts.count();
    }

    /** The one leaf of the k-nearest-neighbour index (null if no unit was indexed). */
    static LeafReader onlyLeaf(DirectoryReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.size() > 1) {
            throw new IllegalStateException("The assistant's units are in " + leaves.size() + " segments, not one");
        }
        return leaves.isEmpty() ? null : leaves.get(0).reader();
    }

    /** Starts indexing units into {@code partCount} parts; {@code neighbours} is k for {@link AssistantMethod#KNN}. */
    public static Builder builder(int partCount, AssistantMethod method, int neighbours) {
        return new Builder(partCount, method, neighbours);
    }

    /** Number of units learnt from, in all parts. */
    public int size() {
        return parts.stream().mapToInt(IndexReader::numDocs).sum();
    }

    /** The classifier that learns from every part. */
    public Scope all() {
        return scope(partCount());
    }

    /** The classifier that learns from every part but {@code part} (the held-out fold). */
    public Scope without(int part) {
        return scope(part);
    }

    /** Made once per classifier and part left out (or none), not once per document judged. */
    private synchronized Scope scope(int leftOut) {
        if (scopes[leftOut] == null) {
            scopes[leftOut] = unitParts == null ? partsScope(leftOut) : unitsScope(leftOut);
        }
        return scopes[leftOut];
    }

    /** Naive Bayes: a reader over every part but {@code leftOut}. */
    private Scope partsScope(int leftOut) {
        List<DirectoryReader> chosen = new ArrayList<>(parts);
        if (leftOut < parts.size()) {
            chosen.remove(leftOut);
        }
        try {
            // closing the scope is not needed: the parts are closed with the classifier
            IndexReader reader = new MultiReader(chosen.toArray(new IndexReader[0]), false);
            List<int[]> partLabels = new ArrayList<>();
            for (DirectoryReader part : chosen) {
                partLabels.addAll(Arrays.asList(unitLabels.get(part)));
            }
            return new Scope(reader, new IndexSearcher(reader), -1, partLabels.toArray(new int[0][]));
        } catch (IOException e) {
            throw new ParallaxException("Cannot read the assistant's passage index: " + e.getMessage(), e);
        }
    }

    /**
     * k nearest neighbours: the one index, with the units of part {@code leftOut} (if it is a part) taken as
     * deleted, searched with the statistics of the other parts.
     */
    private Scope unitsScope(int leftOut) {
        DirectoryReader units = parts.get(0);
        int held = leftOut < unitParts.count() ? leftOut : -1;
        try {
            IndexReader reader = withoutPart(units, unitParts, held);
            return new Scope(reader, searcher(reader, unitParts, held), held, unitLabels.get(units));
        } catch (IOException e) {
            throw new ParallaxException("Cannot read the assistant's passage index: " + e.getMessage(), e);
        }
    }

    /** The one index of units with part {@code held}'s units read as deleted (-1: none). */
    static IndexReader withoutPart(DirectoryReader units, UnitParts unitParts, int held) throws IOException {
        return held < 0 || units.leaves().isEmpty() ? units
                : new MultiReader(new WithoutPart(onlyLeaf(units), unitParts.start(held), unitParts.end(held)));
    }

    /** A searcher over {@code reader} that scores with the statistics of every part but {@code held}. */
    static IndexSearcher searcher(IndexReader reader, UnitParts unitParts, int held) {
        return new IndexSearcher(reader) {
            @Override
            public CollectionStatistics collectionStatistics(String field) {
                return unitParts.statistics(field, held);
            }
        };
    }

    @Override
    public void close() {
        try {
            for (DirectoryReader part : parts) {
                part.close();
                part.directory().close();
            }
        } catch (IOException e) {
            throw new ParallaxException("Cannot close the assistant's passage index: " + e.getMessage(), e);
        }
    }

    /** The units of some parts, searched together. Safe to use from several threads at once. */
    public final class Scope {
        private final IndexReader reader;
        private final IndexSearcher searcher;
        /** The part this scope does not learn from (-1: none; naive Bayes' readers leave it out instead). */
        private final int leftOut;
        private final List<LeafReaderContext> leaves;
        /** Label ordinals by leaf of this scope. */
        private final int[][][] leafLabels;
        /**
         * The units of an excluded document in each leaf, found once per document rather than per query; only of
         * the documents being judged now (a scope serves every document of a run).
         */
        private final Map<Long, Bits[]> excludedUnits = new ConcurrentHashMap<>();

        /** Over {@code reader}, learning from every part but {@code leftOut}; labels by document number. */
        private Scope(IndexReader reader, IndexSearcher searcher, int leftOut, int[][] labelsByUnit) {
            this.reader = reader;
            this.searcher = searcher;
            this.leftOut = leftOut;
            searcher.setSimilarity(new BM25Similarity());
            // every query is new text: caching its clauses would cost memory and time for no hit
            searcher.setQueryCache(null);
            this.leaves = reader.leaves();
            this.leafLabels = new int[leaves.size()][][];
            for (LeafReaderContext leaf : leaves) {
                leafLabels[leaf.ord] = Arrays.copyOfRange(labelsByUnit, leaf.docBase,
                        leaf.docBase + leaf.reader().maxDoc());
            }
        }

        /**
         * Every label the classifier sees in {@code text} with its score, best first (ties by label), including
         * {@link #UNCODED}; units of document {@code excludedDocument} are not learnt from (-1: none excluded).
         * The nearest-neighbour method compares the text with units of its own language only.
         */
        public List<LabelScore> classify(String text, boolean russian, long excludedDocument) {
            try {
                List<LabelScore> out = method == AssistantMethod.KNN ? nearest(text, russian, excludedDocument)
                        : bayes(text, excludedDocument);
                out.sort(Comparator.comparingDouble(LabelScore::score).reversed().thenComparing(LabelScore::label));
                return out;
            } catch (IOException e) {
                throw new ParallaxException("The assistant could not classify a passage: " + e.getMessage(), e);
            }
        }

        /**
         * The k units most like the text by BM25 vote for their labels, each with its score relative to the
         * best: a label's confidence is the sum of its votes divided by k, so 1.0 means all k nearest units
         * carry it and are as close as the closest. A text sharing no word with any unit gets no label.
         */
        private List<LabelScore> nearest(String text, boolean russian, long excludedDocument) throws IOException {
            String field = russian ? IndexFields.TEXT_RU : IndexFields.TEXT_EN;
            // MoreLikeThis's query (a sentence says most words once, and one training unit with a rare word is
            // evidence: minimum term and document frequency 1), its words' statistics looked up once in the index.
            // A flat disjunction of the words, nothing required and nothing prohibited, scored word after word
            // (NearestUnits); the excluded document's units are left out of the k.
            Query query = words.query(reader, leftOut, field, text);
            Bits[] skipped = excludedDocument < 0 ? null : excluded(excludedDocument);
            ScoreDoc[] top = nearestUnits.top(searcher, query, skipped == null ? null : skipped[0], neighbours);
            if (top.length == 0) {
                return new ArrayList<>();
            }
            double[] scores = new double[top.length];
            List<List<String>> labels = new ArrayList<>(scores.length);
            for (int i = 0; i < scores.length; i++) {
                scores[i] = top[i].score;
                labels.add(labelsOf(top[i].doc));
            }
            return NeighbourVotes.of(scores, labels, neighbours);
        }

        private List<LabelScore> bayes(String text, long excludedDocument) throws IOException {
            Query filter = null;
            if (excludedDocument >= 0) {
                filter = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(documentQuery(excludedDocument), BooleanClause.Occur.MUST_NOT).build();
            }
            List<ClassificationResult<BytesRef>> results = new BM25NBClassifier(reader, analyzer, filter, LABEL,
                    TEXT_FIELDS).getClasses(text);
            List<LabelScore> out = new ArrayList<>();
            if (results != null) {
                for (ClassificationResult<BytesRef> r : results) {
                    if (!Double.isNaN(r.getScore())) {
                        out.add(new LabelScore(r.getAssignedClass().utf8ToString(), r.getScore()));
                    }
                }
            }
            return out;
        }

        private List<String> labelsOf(int doc) {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            int[] ordinals = leafLabels[leaf][doc - leaves.get(leaf).docBase];
            List<String> out = new ArrayList<>(ordinals.length);
            for (int ordinal : ordinals) {
                out.add(labels.get(ordinal));
            }
            return out;
        }

        private Bits[] excluded(long document) {
            Bits[] units = excludedUnits.get(document);
            if (units == null) {
                if (excludedUnits.size() >= EXCLUDED_DOCUMENTS_KEPT) {
                    // documents are judged a few at a time: those of earlier chunks are not asked about again
                    excludedUnits.clear();
                }
                units = excludedUnits.computeIfAbsent(document, this::unitsOf);
            }
            return units;
        }

        /** The units of one document, by leaf (null where a leaf has none). */
        private Bits[] unitsOf(long document) {
            Term term = new Term(DOCUMENT, Long.toString(document));
            Bits[] out = new Bits[leaves.size()];
            try {
                for (LeafReaderContext leaf : leaves) {
                    PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
                    if (postings != null) {
                        FixedBitSet units = new FixedBitSet(leaf.reader().maxDoc());
                        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                            units.set(d);
                        }
                        out[leaf.ord] = units;
                    }
                }
            } catch (IOException e) {
                throw new ParallaxException("Cannot read the assistant's passage index: " + e.getMessage(), e);
            }
            return out;
        }
    }

    /**
     * The one leaf of units without one part's: those units read as deleted, so a search skips them before
     * scoring them, and every other unit keeps its document number (Lucene's tie-break between equal scores).
     */
    private static final class WithoutPart extends FilterLeafReader {
        private final Bits live;
        private final int numDocs;

        WithoutPart(LeafReader units, int start, int end) {
            super(units);
            int maxDoc = units.maxDoc();
            this.numDocs = maxDoc - (end - start);
            this.live = new Bits() {
                @Override
                public boolean get(int doc) {
                    return doc < start || doc >= end;
                }

                @Override
                public int length() {
                    return maxDoc;
                }
            };
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return numDocs;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    private static Query documentQuery(long document) {
        return new TermQuery(new Term(DOCUMENT, Long.toString(document)));
    }

    /** Indexes units part by part as they come, so the texts need not all be held at once. */
    public static final class Builder {
        private final List<ByteBuffersDirectory> directories = new ArrayList<>();
        private final List<IndexWriter> writers = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final Map<String, Integer> ordinals = new HashMap<>();
        private final AssistantMethod method;
        private final int neighbours;

        private Builder(int partCount, AssistantMethod method, int neighbours) {
            this.method = method;
            this.neighbours = neighbours;
            try {
                for (int i = 0; i < partCount; i++) {
                    ByteBuffersDirectory directory = directory();
                    directories.add(directory);
                    writers.add(new IndexWriter(directory, config()));
                }
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** Whole files as byte arrays: a query opens many small slices, which are cheapest over one array. */
        private static ByteBuffersDirectory directory() {
            return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                    ByteBuffersDirectory.OUTPUT_AS_BYTE_ARRAY);
        }

        /** One thread, merges in order: document numbers are the same on every run. */
        private static IndexWriterConfig config() {
            return new IndexWriterConfig(IndexFields.analyzer())
                    .setMergeScheduler(new SerialMergeScheduler())
                    .setMergePolicy(new LogDocMergePolicy())
                    .setRAMBufferSizeMB(WRITER_BUFFER_MB)
                    .setCommitOnClose(true);
        }

        /** Adds one unit to a part (0 to partCount - 1). */
        public void add(int part, TrainingPassage unit) {
            Document d = new Document();
            d.add(new TextField(unit.russian() ? IndexFields.TEXT_RU : IndexFields.TEXT_EN, unit.text(),
                    Field.Store.NO));
            d.add(new StringField(DOCUMENT, Long.toString(unit.document()), Field.Store.NO));
            for (String label : unit.labels().isEmpty() ? List.of(UNCODED) : unit.labels()) {
                d.add(new StringField(LABEL, label, Field.Store.NO));
                d.add(new SortedNumericDocValuesField(LABEL_ORDINALS, ordinal(label)));
            }
            try {
                writers.get(part).addDocument(d);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        /** Finishes indexing; the builder cannot be used afterwards. */
        public PassageClassifier build() {
            List<DirectoryReader> readers = new ArrayList<>();
            Map<IndexReader, int[][]> unitLabels = new IdentityHashMap<>();
            try {
                for (int i = 0; i < writers.size(); i++) {
                    // One segment per part: a query looks up each of its words once per segment, and with
                    // dozens of small segments those look-ups cost more than the scoring.
                    writers.get(i).forceMerge(1);
                    writers.get(i).close();
                    readers.add(DirectoryReader.open(directories.get(i)));
                }
                UnitParts unitParts = null;
                if (method == AssistantMethod.KNN) {
                    unitParts = new UnitParts(readers);
                    DirectoryReader units = oneIndex(readers);
                    closeAll(readers);
                    readers = new ArrayList<>(List.of(units));
                }
                for (DirectoryReader reader : readers) {
                    unitLabels.put(reader, labelOrdinals(reader));
                }
                return new PassageClassifier(readers, unitParts, unitLabels, List.copyOf(labels), method, neighbours);
            } catch (IOException e) {
                closeAll(readers);
                throw failed(e);
            }
        }

        /** The parts' units in one segment, part after part, each in the order it was indexed. */
        private static DirectoryReader oneIndex(List<DirectoryReader> parts) throws IOException {
            ByteBuffersDirectory directory = directory();
            try (IndexWriter writer = new IndexWriter(directory, config())) {
                List<CodecReader> segments = new ArrayList<>();
                for (DirectoryReader part : parts) {
                    for (LeafReaderContext leaf : part.leaves()) {
                        segments.add(SlowCodecReaderWrapper.wrap(leaf.reader()));
                    }
                }
                writer.addIndexes(segments.toArray(new CodecReader[0]));
                writer.forceMerge(1);
            }
            return DirectoryReader.open(directory);
        }

        private static void closeAll(List<DirectoryReader> readers) {
            for (DirectoryReader reader : readers) {
                try {
                    reader.close();
                    reader.directory().close();
                } catch (IOException e) {
                    // closing in-memory indexes frees memory only; the failure that led here is the one to report
                }
            }
        }

        private static int[][] labelOrdinals(DirectoryReader reader) throws IOException {
            int[][] out = new int[reader.maxDoc()][];
            Arrays.fill(out, new int[0]);
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedNumericDocValues values = leaf.reader().getSortedNumericDocValues(LABEL_ORDINALS);
                if (values == null) {
                    continue;
                }
                for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                    int[] ordinals = new int[values.docValueCount()];
                    for (int j = 0; j < ordinals.length; j++) {
                        ordinals[j] = (int) values.nextValue();
                    }
                    out[leaf.docBase + d] = ordinals;
                }
            }
            return out;
        }

        private int ordinal(String label) {
            return ordinals.computeIfAbsent(label, l -> {
                labels.add(l);
                return labels.size() - 1;
            });
        }

        private static ParallaxException failed(IOException e) {
            return new ParallaxException("Cannot index the coded passages for the assistant: " + e.getMessage(), e);
        }
    }
}
