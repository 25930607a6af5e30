package org.parallax.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.workbench.Workbench;

/** The passages both benchmarks code, so their figures for a file and for a team server compare like for like. */
final class BenchPassages {
    private BenchPassages() {
    }

    /** Codes {@code calls} passages one by one, 50 characters each, spread over the documents and codes. */
    static Timings codeOneByOne(Workbench workbench, List<Document> documents, List<Code> codes, int calls) {
        Timings timings = new Timings(calls);
        for (int i = 0; i < calls; i++) {
            Document document = documents.get(i % documents.size());
            int start = (i / documents.size()) * 7 % Math.max(1, document.length() - 100);
            Code code = codes.get(i % codes.size());
            timings.time(() -> workbench.coding().code(document.id(), start, start + 50, code.id(), null));
        }
        return timings;
    }

    /** {@code count} random passages of 20 to 600 characters by the active coder, for one batch. */
    static List<Segment> randomBatch(Workbench workbench, List<Document> documents, List<Code> codes, int count,
            Random random) {
        long coderId = workbench.activeCoder().id();
        Instant created = Instant.now();
        List<Segment> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Document document = documents.get(random.nextInt(documents.size()));
            int length = Math.min(20 + random.nextInt(580), document.length() - 1);
            int start = random.nextInt(document.length() - length);
            drafts.add(new Segment(0, document.id(), start, start + length,
                    codes.get(random.nextInt(codes.size())).id(), coderId, null, created));
        }
        return drafts;
    }
}
