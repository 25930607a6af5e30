package org.parallax.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;

/**
 * A child JVM for {@link TeamBatchKillTest}: logs into a team project (URL as the first argument, password from
 * PGPASSWORD) and codes {@value #PASSAGES} passages as one batch, as auto-coding does. Prints "batch N" when done.
 */
public final class TeamBatchChild {
    static final int PASSAGES = 10_000;

    private TeamBatchChild() {
    }

    public static void main(String[] args) {
        try (Workbench workbench = Workbench.open(args[0], null)) {
            List<Segment> drafts = drafts(workbench);
            List<Segment> saved = workbench.coding().codeAll(drafts, "batch");
            System.out.println("batch " + saved.size());
        }
    }

    /**
     * The passages the child codes, in the order the store inserts them (document, then offset): short spans
     * spread over every document, all distinct.
     */
    static List<Segment> drafts(Workbench workbench) {
        List<Document> documents = workbench.documents().list().stream()
                .sorted(Comparator.comparingLong(Document::id)).toList();
        Code code = workbench.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst()
                .orElseThrow();
        long coder = workbench.activeCoder().id();
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        List<Segment> drafts = new ArrayList<>(PASSAGES);
        int perDocument = (PASSAGES + documents.size() - 1) / documents.size();
        for (Document d : documents) {
            // Spans of length 1, then 2, …: as many distinct ones as needed even in a short document.
            int added = 0;
            for (int length = 1; length <= d.length() && added < perDocument; length++) {
                for (int start = 0; start + length <= d.length() && added < perDocument
                        && drafts.size() < PASSAGES; start++, added++) {
                    drafts.add(new Segment(0, d.id(), start, start + length, code.id(), coder, null, now));
                }
            }
        }
        drafts.sort(Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start)
                .thenComparingInt(Segment::end));
        return drafts;
    }
}
