package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.search.IndexedDocument;
import org.parallax.search.SearchIndex;

/**
 * Brings the search index up to documents already stored in the project, on one background thread
 * (docs/decisions/0015-index-catches-up.md): an import stores its documents and hands their ids here, so they are
 * visible and codable at once while the index catches up, and parsing and storing the next files overlap with
 * indexing. Searches meanwhile answer for what is indexed ({@link #progress}); {@link #await} waits for the rest.
 * Only durable documents are queued, so a crash loses index work only: Search.ensureIndex finds those documents
 * missing from the index on the next open and queues them again.
 */
final class IndexCatchUp {
    private static final System.Logger LOG = System.getLogger(IndexCatchUp.class.getName());
    private static final long BATCH_CHARS = 4_000_000;
    private static final int BATCH_DOCUMENTS = 64;
    /**
     * When the first indexed documents become searchable; each later publish waits twice as long as the one before
     * (up to the commit interval). Every publish flushes the writer's buffer as small segments that merges then
     * rewrite, so a fixed short interval made a long import flush and merge ever more often as the machine slowed;
     * doubling bounds the flushes of a run of any length to a few plus one per commit.
     */
    private static final long FIRST_PUBLISH_NANOS = 2_000_000_000L;
    /** How often indexed work is made durable, bounding what a crash makes the next open redo. */
    private static final long COMMIT_NANOS = ChunkPause.indexCommitNanos(15_000_000_000L);

    private final Project project;
    private final LinkedHashSet<Long> queue = new LinkedHashSet<>();
    private final List<Consumer<IndexProgress>> listeners = new CopyOnWriteArrayList<>();
    /** Held while a batch is read and indexed, and by changes that must not interleave with one (delete, edit). */
    private final Object batchLock = new Object();
    /** Documents left out of the index because their text could not be read; a search names them. */
    final UnindexedTexts unindexed = new UnindexedTexts();
    /** Documents searchable so far in this run. */
    private int indexed;
    /** Documents indexed but not yet visible to searches (until the next publish or commit). */
    private int unpublished;
    private int total;
    private String problem;
    /** The problem as the window says it (ParallaxException#inTheWindow): its menus where the problem names commands. */
    private String problemInTheWindow;
    /** Set when a run stopped on a failure, until ensureIndex has checked the index again: outlives a new run. */
    private boolean recheck;
    private Thread thread;
    /** From a run's start until its listeners have heard its end. */
    private boolean busy;
    private boolean stopped;

    IndexCatchUp(Project project) {
        this.project = project;
    }

    /** Queues stored documents for indexing and starts the background thread if it is idle. */
    void add(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (stopped) {
                return;
            }
            if (thread == null) {
                // A new run: progress counts from here (also after a run that stopped on a problem).
                indexed = 0;
                unpublished = 0;
                total = 0;
            }
            int before = queue.size();
            queue.addAll(documentIds);
            total += queue.size() - before;
            problem = null;
            problemInTheWindow = null;
            if (thread == null) {
                startThread();
            }
        }
        tell();
    }

    private synchronized void startThread() {
        thread = new Thread(this::run, "parallax-indexing");
        thread.setDaemon(true);
        busy = true;
        thread.start();
    }

    /** Runs {@code change} while no batch is being indexed, so the index never gets an older version after it. */
    void exclusive(Runnable change) {
        synchronized (batchLock) {
            change.run();
        }
    }

    /** Drops a queued document (it was deleted). Call inside {@link #exclusive}. */
    synchronized void forget(long documentId) {
        unindexed.forget(documentId);
        if (queue.remove(documentId)) {
            total--;
        }
    }

    /** Drops everything queued: a full rebuild is about to index every document anyway. */
    synchronized void clear() {
        total -= queue.size();
        queue.clear();
    }

    synchronized IndexProgress progress() {
        int leftOut = unindexed.list().size();
        if (thread == null && problem == null) {
            return leftOut == 0 ? IndexProgress.COMPLETE : new IndexProgress(0, 0, null, null, leftOut);
        }
        return new IndexProgress(indexed, total, problem, problemInTheWindow, leftOut);
    }

    /** Whether indexing stopped on a failure since the last call; the caller then checks the index again. */
    synchronized boolean takeProblem() {
        boolean had = recheck;
        recheck = false;
        problem = null;
        problemInTheWindow = null;
        return had;
    }

    /** Hears the progress after every batch and when the index is complete, on the indexing thread. */
    void onProgress(Consumer<IndexProgress> listener) {
        listeners.add(listener);
    }

    void removeProgressListener(Consumer<IndexProgress> listener) {
        listeners.remove(listener);
    }

    /** Waits up to {@code millis} until nothing is queued or being indexed; true if so. */
    synchronized boolean await(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (busy) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Stops after the batch under way, keeping what was indexed (no interrupt: Lucene's files must not see one). */
    void stop() {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        await(60_000);
    }

    private void run() {
        long lastPublish = System.nanoTime();
        long lastCommit = lastPublish;
        long publishInterval = FIRST_PUBLISH_NANOS;
        boolean dirty = false;
        try {
            while (true) {
                List<Long> batch = nextBatch();
                Optional<SearchIndex> index = project.indexUnlessInUse();
                if (index.isEmpty()) {
                    // Another process holds the index: it brings it up to date itself (it notices outside changes).
                    clear();
                    return;
                }
                if (batch.isEmpty()) {
                    if (dirty) {
                        index.get().commit();
                        published();
                    }
                    return;
                }
                int count = indexBatch(index.get(), batch);
                synchronized (this) {
                    unpublished += count;
                }
                dirty = true;
                long now = System.nanoTime();
                if (now - lastCommit >= COMMIT_NANOS) {
                    index.get().commit();
                    published();
                    lastCommit = now;
                    lastPublish = now;
                    ChunkPause.pauseAfterIndexCommit();
                } else if (now - lastPublish >= publishInterval) {
                    index.get().publish();
                    published();
                    lastPublish = now;
                    publishInterval = nextPublishInterval(publishInterval, COMMIT_NANOS);
                }
            }
        } catch (RuntimeException e) {
            // Derived data: the documents are saved; the next search checks the index and catches up or rebuilds.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // A damaged page's message names parallax restore: the status bar says File → Restore from backup….
            stoppedOn(why, e instanceof ParallaxException failure && e.getMessage() != null ? failure.inTheWindow()
                    : why, e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Not thrown on: uncaught, it printed a stack trace and the index stayed behind without a word, so a
            // search then missed the documents' words. Its batch is unreachable by now, so there is room to say so.
            String why = e instanceof OutOfMemoryError ? "out of memory while indexing; " + HeapLimit.exceeded()
                    : "the indexer ran out of stack";
            stoppedOn(why, why, e);
        } finally {
            finish();
        }
    }

    private void stoppedOn(String why, String inTheWindow, Throwable e) {
        LOG.log(System.Logger.Level.WARNING, "Indexing stopped: " + why, e);
        synchronized (this) {
            problem = why;
            problemInTheWindow = inTheWindow;
            recheck = true;
            queue.clear();
        }
    }

    /** The wait before the publish after one that waited {@code interval}: twice as long, at most a commit's. */
    static long nextPublishInterval(long interval, long commitInterval) {
        return Math.max(interval, Math.min(2 * interval, commitInterval));
    }

    /** Ends this thread's run; tells the listeners before waking {@link #await}, so a waiter sees the last word. */
    private void finish() {
        boolean more;
        synchronized (this) {
            thread = null;
            more = !queue.isEmpty() && !stopped;
            if (more) {
                // Queued after this thread found the queue empty: index those too.
                startThread();
            } else if (problem == null) {
                indexed = 0;
                unpublished = 0;
                total = 0;
            }
        }
        if (!more) {
            tell();
        }
        synchronized (this) {
            busy = thread != null;
            notifyAll();
        }
    }

    private void published() {
        synchronized (this) {
            indexed += unpublished;
            unpublished = 0;
        }
        tell();
    }

    /** The next documents to index, up to a few megabytes of text; empty when done or stopped. */
    private synchronized List<Long> nextBatch() {
        List<Long> batch = new ArrayList<>();
        if (stopped) {
            queue.clear();
            return batch;
        }
        Iterator<Long> ids = queue.iterator();
        while (ids.hasNext() && batch.size() < BATCH_DOCUMENTS) {
            batch.add(ids.next());
        }
        return batch;
    }

    /** Reads the batch's documents as stored now and indexes them; returns how many it took off the queue. */
    private int indexBatch(SearchIndex index, List<Long> batch) {
        synchronized (batchLock) {
            List<IndexedDocument> documents = new ArrayList<>();
            long chars = 0;
            int taken = 0;
            for (Long id : batch) {
                synchronized (this) {
                    if (!queue.contains(id)) {
                        continue;
                    }
                }
                Optional<Document> document = project.documents.get(id);
                Optional<String> text = document.isEmpty() ? Optional.empty()
                        : unindexed.read(project.documents, id);
                if (text.isPresent()) {
                    documents.add(Project.indexed(document.get(), text.get()));
                    chars += text.get().length();
                }
                synchronized (this) {
                    queue.remove(id);
                }
                taken++;
                if (chars >= BATCH_CHARS) {
                    break;
                }
            }
            try {
                index.stage(documents);
            } catch (OutOfMemoryError | StackOverflowError e) {
                if (documents.size() == 1) {
                    throw unindexable(documents.get(0).id(), documents.get(0).title(), e);
                }
                // One of them did not fit: each alone now, so the others are indexed and the one that does not is named.
                List<Long> ids = documents.stream().map(IndexedDocument::id).toList();
                documents.clear();
                ids.forEach(id -> stageAlone(index, id));
            }
            return taken;
        }
    }

    private void stageAlone(SearchIndex index, long id) {
        Optional<Document> document = project.documents.get(id);
        Optional<String> text = document.isEmpty() ? Optional.empty() : unindexed.read(project.documents, id);
        if (text.isEmpty()) {
            return;
        }
        try {
            index.stage(List.of(Project.indexed(document.get(), text.get())));
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw unindexable(id, document.get().title(), e);
        }
    }

    /** The document is saved and listed, but its words cannot be searched in this heap (its tokens' table). */
    private static Unindexable unindexable(long id, String title, Error e) {
        String why = e instanceof OutOfMemoryError ? "out of memory; " + HeapLimit.exceeded()
                : "the indexer ran out of stack on it";
        return new Unindexable("document " + id + " (" + title + ") could not be indexed: " + why, e);
    }

    /** A document the index cannot take: the run stops with its name as the problem. */
    private static final class Unindexable extends RuntimeException {
        Unindexable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void tell() {
        IndexProgress now = progress();
        listeners.forEach(l -> l.accept(now));
    }
}
