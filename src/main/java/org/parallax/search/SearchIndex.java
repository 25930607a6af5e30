package org.parallax.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.parallax.model.ParallaxException;

/**
 * A project's full-text index: one Lucene document per project document, kept in step by
 * {@link #update}, {@link #delete} and {@link #rebuild}, searched with the query language of docs/search.md.
 * It is derived data; a damaged index opens as {@link IndexStatus.State#CORRUPT} and is rebuilt by the caller.
 */
public final class SearchIndex implements Closeable {
    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

    private final Directory directory;
    private final String name;
    private final Analyzer analyzer = IndexFields.analyzer();
    private final StoredTexts storedTexts = new StoredTexts();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;

    private SearchIndex(Directory directory, String name) {
        this.directory = directory;
        this.name = name;
    }

    /** Opens or creates the index in {@code folder}; a damaged index is reported by {@link #status}, not thrown. */
    public static SearchIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            SearchIndex index = new SearchIndex(FSDirectory.open(folder), folder.toString());
            index.openWriter(false);
            return index;
        } catch (IOException e) {
            throw new ParallaxException("Cannot open the search index folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An index held in memory, for tests and throw-away projects. */
    public static SearchIndex inMemory() {
        SearchIndex index = new SearchIndex(new ByteBuffersDirectory(), "(in memory)");
        index.openWriter(false);
        return index;
    }

    /** Adds a document or replaces the indexed version with the same id, and makes it searchable. */
    public synchronized void update(IndexedDocument document) {
        updateAll(java.util.List.of(document));
    }

    /** Adds or replaces several documents in one commit (one import). */
    public synchronized void updateAll(Collection<IndexedDocument> documents) {
        IndexWriter w = usableWriter();
        try {
            for (IndexedDocument document : documents) {
                w.updateDocument(IndexFields.idTerm(document.id()), IndexFields.toLucene(document));
            }
            commitAndRefresh(w);
        } catch (IOException e) {
            throw failure("update", e);
        }
    }

    /** Removes a document; unknown ids are ignored. */
    public synchronized void delete(long documentId) {
        IndexWriter w = usableWriter();
        try {
            w.deleteDocuments(IndexFields.idTerm(documentId));
            commitAndRefresh(w);
        } catch (IOException e) {
            throw failure("delete from", e);
        }
    }

    /**
     * Replaces the whole index with {@code documents}, reporting the count indexed so far to
     * {@code progress}. Returns false if {@code cancelled} turned true: the previous index is then kept.
     */
    public synchronized boolean rebuild(Iterator<IndexedDocument> documents, IntConsumer progress,
                                        BooleanSupplier cancelled) {
        if (writer == null) {
            openWriter(true);
        }
        IndexWriter w = usableWriter();
        try {
            w.deleteAll();
            int count = 0;
            while (documents.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    w.rollback();
                    openWriter(false);
                    return false;
                }
                w.addDocument(IndexFields.toLucene(documents.next()));
                progress.accept(++count);
            }
            commitAndRefresh(w);
            return true;
        } catch (IOException e) {
            throw failure("rebuild", e);
        }
    }

    /** Compares the index with the project's documents ({@code id -> content hash}). */
    public IndexStatus status(Map<Long, String> expected) {
        if (writer == null) {
            return IndexStatus.corrupt();
        }
        try {
            return withSearcher(searcher -> IndexComparison.compare(searcher.getIndexReader(), expected));
        } catch (ParallaxException e) {
            LOG.log(System.Logger.Level.WARNING, "Search index " + name + " could not be read", e);
            return IndexStatus.corrupt();
        }
    }

    /** Runs a query; see docs/search.md for the syntax. Throws {@link QuerySyntaxException} for a malformed query. */
    public SearchResult search(String query, SearchOptions options, CodedRanges codes) {
        ParsedQuery parsed = UserQueryParser.read(query, analyzer, options.exactForms());
        PassageFilter passages = parsed.codes().isEmpty() ? PassageFilter.none()
                : PassageFilter.of(parsed.codes(), codes, query);
        return withSearcher(searcher -> new HitFinder(searcher, parsed, options, passages, storedTexts).run());
    }

    /** Runs a query with default options and no coded passages. */
    public SearchResult search(String query) {
        return search(query, SearchOptions.defaults(), CodedRanges.none());
    }

    /** Exact number of hits of a query, without building KWIC lines. */
    public long countHits(String query) {
        return search(query, SearchOptions.defaults().withMaxLines(0), CodedRanges.none()).totalHits();
    }

    /** Number of documents in the index. */
    public int documentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Bytes the index occupies in its directory. */
    public long sizeInBytes() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw failure("measure", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            closeWriter();
            directory.close();
        } catch (IOException e) {
            throw failure("close", e);
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager manager = searchers;
        if (manager == null) {
            throw damaged();
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw failure("search", e);
        }
    }

    private void openWriter(boolean wipe) {
        try {
            closeWriter();
            if (wipe) {
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            IndexWriter w = new IndexWriter(directory, config);
            try {
                searchers = new SearcherManager(w, null);
            } catch (IOException | RuntimeException e) {
                w.close();
                throw e;
            }
            writer = w;
        } catch (LockObtainFailedException e) {
            throw new ParallaxException("The search index " + name
                    + " is in use by another Parallax window or process; close it first", e);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Search index " + name + " is damaged and must be rebuilt", e);
            writer = null;
            searchers = null;
        }
    }

    private void closeWriter() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    private void commitAndRefresh(IndexWriter w) throws IOException {
        w.commit();
        searchers.maybeRefreshBlocking();
    }

    private IndexWriter usableWriter() {
        IndexWriter w = writer;
        if (w == null) {
            throw damaged();
        }
        return w;
    }

    private ParallaxException damaged() {
        return new ParallaxException("The search index " + name + " is damaged; rebuild it (nothing is lost, "
                + "it is made from the project's documents)");
    }

    private ParallaxException failure(String action, IOException e) {
        LOG.log(System.Logger.Level.ERROR, "Search index " + name + ": cannot " + action, e);
        return new ParallaxException("Cannot " + action + " the search index " + name + ": " + e.getMessage(), e);
    }
}
