package org.parallax.workbench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.parallax.model.ParallaxException;
import org.parallax.store.ProjectFile;

/**
 * Writes the packed copy of each document's passages that the next opening would read from rows (decision 34), as the
 * user's own project file is closed: then no click of this window waits for it, where a writer running beside the
 * coder made clicks wait seconds (docs/performance.md, "packs of passages rebuilt in the background"). Short write
 * transactions, a few documents each, so another program's write waits for one of them at most; each reads its
 * documents' rows in the transaction that writes their packs, so a passage written by anyone meanwhile is never
 * missed, and a kill leaves every pack whole or absent. Stops at {@link #BUDGET}: the rest is written at the next close.
 */
final class PassagePacksOnClose {
    private static final System.Logger LOG = System.getLogger(PassagePacksOnClose.class.getName());
    /** At most this many passages a transaction (one document with more is written alone). */
    static final int PASSAGES_PER_TRANSACTION = 2_000;
    static final int DOCUMENTS_PER_TRANSACTION = 8;
    /**
     * Closing must end well before the window's background thread is given up on exit (10 s); what is left over is
     * written at the next close.
     */
    static final Duration BUDGET = Duration.ofSeconds(4);
    /** A test hook: told the number of transactions written so far after each one commits. */
    static volatile IntConsumer afterTransaction = done -> { };

    private PassagePacksOnClose() {
    }

    /**
     * Writes the packs {@code project} lacks, if it is a project file open for writing; a failure is logged and
     * leaves the passages as they are (a pack is a copy, never the record). Returns the documents packed.
     */
    static int write(Project project) {
        if (!(project.store.location() instanceof ProjectFile) || project.store.readOnlyReason().isPresent()) {
            return 0;
        }
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int packed = 0;
        try {
            List<List<Long>> transactions = transactions(project.segments.unpackedDocuments());
            for (int i = 0; i < transactions.size(); i++) {
                if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                    LOG.log(System.Logger.Level.INFO, "passages of " + (transactions.size() - i) + " groups of "
                            + "documents left unpacked until the next close");
                    break;
                }
                project.segments.writePacks(transactions.get(i));
                packed += transactions.get(i).size();
                afterTransaction.accept(i + 1);
            }
        } catch (ParallaxException e) {
            LOG.log(System.Logger.Level.WARNING, "passages not packed on closing: " + e.getMessage());
        }
        return packed;
    }

    /** The documents in groups of at most {@link #DOCUMENTS_PER_TRANSACTION} and about {@link #PASSAGES_PER_TRANSACTION}. */
    static List<List<Long>> transactions(Map<Long, Integer> passagesByDocument) {
        List<List<Long>> transactions = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        int passages = 0;
        for (Map.Entry<Long, Integer> document : passagesByDocument.entrySet()) {
            if (!current.isEmpty() && (current.size() == DOCUMENTS_PER_TRANSACTION
                    || passages + document.getValue() > PASSAGES_PER_TRANSACTION)) {
                transactions.add(current);
                current = new ArrayList<>();
                passages = 0;
            }
            current.add(document.getKey());
            passages += document.getValue();
        }
        if (!current.isEmpty()) {
            transactions.add(current);
        }
        return transactions;
    }
}
