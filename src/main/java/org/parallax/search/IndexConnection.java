package org.parallax.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * An open IndexWriter with the SearcherManager that serves fresh readers from it, replaced together; or, for a
 * command that only reads, the last commit's reader alone (no writer, no write lock).
 */
final class IndexConnection implements Closeable {
    private static final System.Logger LOG = System.getLogger(IndexConnection.class.getName());
    /** Null for a read-only connection. */
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** Work done with a searcher that is released afterwards. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private IndexConnection(IndexWriter writer, SearcherManager searchers) {
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens the index in {@code directory}, creating it if empty; fails if it is damaged or locked. */
    static IndexConnection open(Directory directory, Analyzer analyzer) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            upgradeFormat(writer);
            return new IndexConnection(writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /**
     * Empties an index written in another layout ({@link IndexFields#FORMAT}) and marks it with this one, so that its
     * documents are found missing and indexed again in the background (ADR 0017); its queries could not be answered.
     */
    private static void upgradeFormat(IndexWriter writer) throws IOException {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (IndexFields.FORMAT.equals(data.get(IndexFields.FORMAT_KEY))) {
            return;
        }
        if (writer.getDocStats().maxDoc > 0) {
            LOG.log(System.Logger.Level.INFO, "The search index in " + writer.getDirectory() + " has the layout '"
                    + data.get(IndexFields.FORMAT_KEY) + "', not '" + IndexFields.FORMAT + "': indexing again");
            writer.deleteAll();
        }
        data.put(IndexFields.FORMAT_KEY, IndexFields.FORMAT);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** Whether the last commit in {@code directory} has this version's layout; a reader of another cannot search it. */
    static boolean hasCurrentFormat(Directory directory) throws IOException {
        return IndexFields.FORMAT.equals(
                SegmentInfos.readLatestCommit(directory).getUserData().get(IndexFields.FORMAT_KEY));
    }

    /**
     * Opens the last commit of the index in {@code directory} for reading only: no write lock is taken, so this works
     * while another process writes the index, and what it sees stays that commit.
     */
    static IndexConnection openReader(Directory directory) throws IOException {
        return new IndexConnection(null, new SearcherManager(directory, null));
    }

    boolean readOnly() {
        return writer == null;
    }

    IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("The search index was opened for reading only");
        }
        return writer;
    }

    /** Makes everything written so far durable and visible to new searches. */
    void commitAndRefresh() throws IOException {
        flushBuffers();
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Makes everything written so far visible to new searches, without making it durable. */
    void refresh() throws IOException {
        flushBuffers();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Writes the writer's buffered documents out as segments, several buffers at once. The writer keeps one buffer
     * per thread that indexed (SearchIndex.stage uses every core), and a commit or a reader refresh flushes them one
     * after the other on its own thread: at the end of an import that was most of the final commit, on one core while
     * the other waited (docs/performance.md, "Issue 18, session 9"). Callers hold the index's lock, so no document is
     * added meanwhile and the loop ends once every buffer is empty.
     */
    private void flushBuffers() throws IOException {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        try {
            IntStream.range(0, workers).parallel().forEach(worker -> {
                try {
                    while (writer.flushNextBuffer()) {
                        // each call writes one buffer as a segment; false once none holds a document
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Drops uncommitted changes; the connection is closed afterwards. */
    void rollback() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.rollback();
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
    }
}
