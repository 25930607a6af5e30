package org.parallax.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.parallax.model.DiskFullException;
import org.parallax.model.ParallaxException;
import org.parallax.model.QuerySyntaxException;

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
    /** Whether the index keeps its own copy of each text (no project's texts to slice KWIC lines from). */
    private final boolean keepsTexts;
    private final StoredTexts storedTexts;
    /** Null while the index is damaged. */
    private volatile IndexConnection connection;
    /** Opened by {@link #openCommitted}: never takes the write lock, not even to repair itself. */
    private boolean committedOnly;

    private SearchIndex(Directory directory, String name, DocumentTexts texts) {
        this.directory = directory;
        this.name = name;
        this.keepsTexts = texts == null;
        this.storedTexts = new StoredTexts(texts);
    }

    /**
     * Opens or creates a project's index in {@code folder}, which keeps no copy of the texts: KWIC lines slice the
     * project's stored text from {@code texts}. A damaged index is reported by {@link #status}, not thrown.
     */
    public static SearchIndex open(Path folder, DocumentTexts texts) {
        if (texts == null) {
            throw new IllegalArgumentException("A project index needs the project's texts");
        }
        return openFolder(folder, texts);
    }

    /** Opens or creates an index in {@code folder} that keeps its own copy of every text (no project behind it). */
    public static SearchIndex open(Path folder) {
        return openFolder(folder, null);
    }

    private static SearchIndex openFolder(Path folder, DocumentTexts texts) {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
            throw new IndexFolderReadOnlyException(notAFolder(folder), null);
        }
        try {
            Files.createDirectories(folder);
            SearchIndex index = new SearchIndex(FSDirectory.open(folder), folder.toString(), texts);
            index.connect(false);
            return index;
        } catch (IOException e) {
            throw new ParallaxException("Cannot open the search index folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Why no index can be kept in {@code folder}: its name is taken by a file (or a link to nothing). */
    public static String notAFolder(Path folder) {
        return "the search index folder " + folder + " is a file, not a folder, so the index cannot be kept there: "
                + "move it away (Parallax keeps the index in a folder of that name; searches meanwhile build a "
                + "private index each time)";
    }

    /**
     * Opens the last commit of a project's index in {@code folder} for reading only (searches and {@link #status};
     * every write is refused), or empty when there is no readable index there. It takes no write lock, so it works
     * beside a window that has the project open; it sees what that window last committed, which {@link #status}
     * tells apart. An index of an earlier layout is not read: it waits for a writer to index it again.
     */
    public static Optional<SearchIndex> openCommitted(Path folder, DocumentTexts texts) {
        if (texts == null) {
            throw new IllegalArgumentException("A project index needs the project's texts");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        SearchIndex index = null;
        try {
            index = new SearchIndex(FSDirectory.open(folder), folder.toString(), texts);
            if (DirectoryReader.indexExists(index.directory) && IndexConnection.hasCurrentFormat(index.directory)) {
                index.committedOnly = true;
                index.connection = IndexConnection.openReader(index.directory);
                return Optional.of(index);
            }
        } catch (IOException | RuntimeException | AssertionError e) {
            LOG.log(System.Logger.Level.INFO, "Search index " + folder + " cannot be read as it is", e);
        }
        if (index != null) {
            index.close();
        }
        return Optional.empty();
    }

    /** An index held in memory that keeps its own copy of every text, for tests and throw-away projects. */
    public static SearchIndex inMemory() {
        return inMemoryWith(null);
    }

    /** An index held in memory whose KWIC lines slice the texts {@code texts} holds, like a project's index. */
    public static SearchIndex inMemory(DocumentTexts texts) {
        if (texts == null) {
            throw new IllegalArgumentException("No texts given");
        }
        return inMemoryWith(texts);
    }

    private static SearchIndex inMemoryWith(DocumentTexts texts) {
        SearchIndex index = new SearchIndex(new ByteBuffersDirectory(), "(in memory)", texts);
        index.connect(false);
        return index;
    }

    /** Adds a document or replaces the indexed version with the same id, and makes it searchable. */
    public void update(IndexedDocument document) {
        updateAll(List.of(document));
    }

    /** Adds or replaces several documents in one commit (one import). */
    public synchronized void updateAll(Collection<IndexedDocument> documents) {
        stage(documents);
        commit();
    }

    /**
     * Adds or replaces documents without committing, for a long import that commits once at its end;
     * until then they are neither searchable nor durable (a crash is repaired by {@link #status}).
     */
    public synchronized void stage(Collection<IndexedDocument> documents) {
        IndexConnection c = usableConnection();
        try {
            // Analysis dominates indexing and IndexWriter is thread-safe: use every core.
            documents.parallelStream().forEach(document -> {
                try {
                    c.writer().updateDocument(IndexFields.idTerm(document.id()),
                            IndexFields.toLucene(document, keepsTexts));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw failure("update", e.getCause());
        } catch (AlreadyClosedException e) {
            throw failure("update", new IOException(e.getMessage(), e));
        }
    }

    /**
     * Drops everything staged since the last commit and reopens the writer, so a failed import chunk
     * leaves no trace in the index and the next write finds a working writer (also after a disk-full
     * failure closed the old one).
     */
    public synchronized void discardStaged() {
        IndexConnection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.rollback();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Search index " + name + ": rollback failed", e);
            }
        }
        connect(false);
    }

    /**
     * First phase of a two-phase commit with the project database: writes the staged changes durably but
     * keeps them invisible; {@link #commit} completes them, {@link #discardStaged} or a crash drops them.
     */
    public synchronized void prepareCommit() {
        try {
            usableConnection().writer().prepareCommit();
        } catch (IOException e) {
            throw failure("update", e);
        } catch (AlreadyClosedException e) {
            throw failure("update", new IOException(e.getMessage(), e));
        }
    }

    /** Makes staged (or prepared) changes durable and searchable. */
    public synchronized void commit() {
        try {
            usableConnection().commitAndRefresh();
        } catch (IOException e) {
            throw failure("update", e);
        } catch (AlreadyClosedException e) {
            throw failure("update", new IOException(e.getMessage(), e));
        }
    }

    /**
     * Makes staged changes searchable without making them durable (cheaper than {@link #commit}: no sync), so a
     * long indexing run shows its progress to searches; a crash before the next commit drops them.
     */
    public synchronized void publish() {
        try {
            usableConnection().refresh();
        } catch (IOException e) {
            throw failure("update", e);
        } catch (AlreadyClosedException e) {
            throw failure("update", new IOException(e.getMessage(), e));
        }
    }

    /** Removes a document; unknown ids are ignored. */
    public synchronized void delete(long documentId) {
        IndexConnection c = usableConnection();
        try {
            c.writer().deleteDocuments(IndexFields.idTerm(documentId));
            c.commitAndRefresh();
        } catch (IOException e) {
            throw failure("delete from", e);
        }
    }

    /**
     * Replaces the whole index with {@code documents}, reporting the count indexed so far to
     * {@code progress}. Returns false if {@code cancelled} turned true: the previous index is then kept.
     * A damaged index is wiped first.
     */
    public synchronized boolean rebuild(Iterator<IndexedDocument> documents, IntConsumer progress,
                                        BooleanSupplier cancelled) {
        if (connection == null) {
            connect(true);
        }
        IndexConnection c = usableConnection();
        try {
            c.writer().deleteAll();
            int count = 0;
            while (documents.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    c.rollback();
                    connection = null;
                    connect(false);
                    return false;
                }
                c.writer().addDocument(IndexFields.toLucene(documents.next(), keepsTexts));
                progress.accept(++count);
            }
            c.commitAndRefresh();
            return true;
        } catch (IOException e) {
            throw failure("rebuild", e);
        }
    }

    /**
     * Compares the index with the project's documents ({@code id -> content hash}), after verifying the
     * checksum of every index file (a flipped byte anywhere makes it CORRUPT; reading all files once costs
     * about what reading the project's texts does).
     */
    public IndexStatus status(Map<Long, String> expected) {
        if (connection == null) {
            return IndexStatus.corrupt();
        }
        try {
            return withSearcher(searcher -> {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return IndexComparison.compare(searcher.getIndexReader(), expected);
            });
        } catch (IndexDamagedException e) {
            return IndexStatus.corrupt();
        }
    }

    /** Runs a query; see docs/search.md for the syntax. Throws {@link QuerySyntaxException} for a malformed query. */
    public SearchResult search(String query, SearchOptions options, CodedRanges codes) {
        List<Term> word = PlainWord.terms(query, analyzer, options.exactForms());
        if (word != null) {
            return withSearcher(searcher -> HitFinder.ofWord(searcher, word, options, storedTexts).run());
        }
        return searchParsed(query, options, codes);
    }

    /** Runs a query through the query parser, also when it is one plain word (which {@link #search} reads itself). */
    SearchResult searchParsed(String query, SearchOptions options, CodedRanges codes) {
        ParsedQuery parsed = UserQueryParser.read(query, analyzer, options.exactForms());
        PassageFilter passages = PassageFilter.of(parsed, codes, query);
        return withSearcher(searcher -> new HitFinder(searcher, parsed, options, passages, storedTexts).run())
                .withNotes(parsed.notes());
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
            if (connection != null) {
                connection.close();
                connection = null;
            }
            directory.close();
        } catch (IOException e) {
            throw failure("close", e);
        }
    }

    /**
     * Reads the index. A damaged index fails in many ways (CorruptIndexException, EOFException, a
     * NullPointerException for a missing field, Lucene's own AssertionError "Unknown type flag"): any of
     * them marks the index damaged, so the caller rebuilds it instead of failing again on every search.
     * Our own refusals (ParallaxException, e.g. a malformed query) pass through unchanged.
     */
    private <T> T withSearcher(IndexConnection.SearcherWork<T> work) {
        try {
            try {
                return usableConnection().withSearcher(work);
            } catch (AlreadyClosedException e) {
                // a rebuild replaced the connection while this search started: use the new one
                return usableConnection().withSearcher(work);
            }
        } catch (ParallaxException e) {
            throw e;
        } catch (IOException | RuntimeException | AssertionError e) {
            throw markDamaged(e);
        }
    }

    /** Drops the connection to a damaged index (it is rebuilt from the documents) and says so. */
    private synchronized IndexDamagedException markDamaged(Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, "Search index " + name + " is damaged and will be rebuilt", cause);
        IndexConnection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.rollback();
            } catch (IOException | RuntimeException | AssertionError e) {
                LOG.log(System.Logger.Level.INFO, "Closing the damaged search index " + name + " failed", e);
            }
        }
        return new IndexDamagedException(name, cause);
    }

    private void connect(boolean wipe) {
        if (committedOnly) {
            throw new IllegalStateException("The search index " + name + " was opened for reading only");
        }
        try {
            if (wipe) {
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
            }
            connection = IndexConnection.open(directory, analyzer);
        } catch (LockObtainFailedException e) {
            throw new IndexInUseException("The search index " + name
                    + " is in use by another Parallax window or process; close it first", e);
        } catch (IOException | RuntimeException | AssertionError e) {
            if (directory instanceof FSDirectory fs && !Files.isWritable(fs.getDirectory())) {
                // Lucene's write lock is a file in the folder: a folder that cannot be written is not damage, and
                // wiping it to rebuild would fail on every search.
                throw new IndexFolderReadOnlyException("The search index folder " + name + " cannot be written", e);
            }
            LOG.log(System.Logger.Level.WARNING, "Search index " + name + " is damaged and must be rebuilt", e);
            connection = null;
        }
    }

    private IndexConnection usableConnection() {
        IndexConnection c = connection;
        if (c != null && !c.readOnly() && !c.writer().isOpen()) {
            // Lucene closes its writer after a fatal write error such as a full disk; the committed index
            // on disk is intact, so a fresh writer carries on once the condition has cleared.
            LOG.log(System.Logger.Level.WARNING, "Search index " + name + ": writer was closed by a failed write, "
                    + "reopening", c.writer().getTragicException());
            discardStaged();
            c = connection;
        }
        if (c == null) {
            throw new IndexDamagedException(name, null);
        }
        return c;
    }

    private ParallaxException failure(String action, IOException e) {
        LOG.log(System.Logger.Level.ERROR, "Search index " + name + ": cannot " + action, e);
        if (DiskFullException.causedBy(e)) {
            return new DiskFullException("The disk is full: cannot " + action + " the search index " + name, e);
        }
        return new ParallaxException("Cannot " + action + " the search index " + name + ": " + e.getMessage(), e);
    }
}
