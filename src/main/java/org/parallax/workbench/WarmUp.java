package org.parallax.workbench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Document;

/**
 * Does, on a background thread once a window has opened a project, what the first search and the first matrix
 * would otherwise do on the user's click: load every passage, count each text's words, check and open the search
 * index, and run one query and Table 1 (three times) so their classes are loaded and compiled. Best effort: a
 * failure is logged and the click does the work as before. Stops between steps when the project closes.
 */
final class WarmUp {
    private static final System.Logger LOG = System.getLogger(WarmUp.class.getName());
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final int TABLE1_RUNS = 3;

    private final Project project;
    private final Analysis analysis;
    private final Search search;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopped;
    private Thread thread;

    WarmUp(Project project, Analysis analysis, Search search) {
        this.project = project;
        this.analysis = analysis;
        this.search = search;
    }

    synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::run, "parallax-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /** Waits up to {@code millis} for the warm-up to finish; true if it did (or never started). */
    boolean await(long millis) {
        synchronized (this) {
            if (thread == null) {
                return true;
            }
        }
        try {
            return done.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the warm-up to stop and waits for the step under way (no interrupt: Lucene's files must not see one). */
    void stop() {
        stopped = true;
        await(10_000);
    }

    private void run() {
        try {
            project.segmentCache.all();
            List<Document> documents = project.documents.list();
            project.textFacts.warm(documents, () -> stopped);
            // Three runs, not one: the tally's loops are compiled by the optimising JIT only after a few calls
            // (thread CPU of the first three on the 200,000-passage team bench: 76, 37, 21 ms), and the user's
            // first click should meet the compiled code.
            for (int run = 0; run < TABLE1_RUNS && !stopped; run++) {
                analysis.table1();
            }
            if (!stopped) {
                search.ensureIndex(new TaskProgress() {
                    public void update(long doneCount, long total, String message) {
                    }

                    public boolean isCancelled() {
                        return stopped;
                    }
                });
            }
            if (!stopped && !documents.isEmpty()) {
                // Not waiting for a background indexing still under way: what is indexed warms the same paths.
                firstWord(documents.get(0)).ifPresent(word -> search.kwic(word, false, 1));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "Warming up the project stopped: " + e.getMessage(), e);
        } finally {
            done.countDown();
        }
    }

    private java.util.Optional<String> firstWord(Document document) {
        String text = project.documents.text(document.id());
        Matcher m = WORD.matcher(text.substring(0, Math.min(text.length(), 2_000)));
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }
}
