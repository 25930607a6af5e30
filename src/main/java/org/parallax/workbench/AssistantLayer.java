package org.parallax.workbench;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.parallax.model.ParallaxException;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.store.CoderStore;
import org.parallax.store.ProvenanceStore;
import org.parallax.store.SegmentStore;

/**
 * The passages one {@code assistant run} codes, held column by column in blocks of primitive arrays (33 bytes a
 * passage; documents and codes by their number in the layer) rather than as a suggestion, a draft, a provenance
 * record and a map key each (about 300 bytes): on the benchmark project the layer is about 2.2 million passages,
 * which as objects did not fit a 256 MB heap (docs/performance.md). It is stored, and put back by redo, a chunk of
 * {@link #CHUNK} passages at a time. Every passage of a layer shares its coder, version, settings line and date; the
 * method may differ by document (the semantic method leaves documents not in English to knn).
 */
final class AssistantLayer {
    /** Passages turned into objects at once when storing. */
    static final int CHUNK = 20_000;
    /**
     * Passages per block: each array stays below half of G1's smallest region (1 MB), since a larger array is
     * "humongous" and takes whole regions: with 65,536 a block's four 512 KB arrays took 4 MB of regions for 2.7 MB
     * of data, about 150 MB of a 256 MB heap for the benchmark's layer (docs/performance.md, session 9).
     */
    static final int BLOCK = 1 << 15;
    /** Bytes a block's arrays take. */
    static final long BLOCK_BYTES = BLOCK * (8L + 4 + 4 + 4 + 4 + 8 + 1);
    /**
     * Share of the heap limit a layer may take (one part in this many): the project's passages, the model and the
     * store's chunks need the rest. A run whose layer would not fit stops with a message before anything is stored,
     * instead of running out of memory.
     */
    private static final int HEAP_SHARE = 3;

    private final int chunk;
    /** The coder {@code assistant}, found or added as the layer is stored: a run that stores nothing adds no coder. */
    private long coderId;
    private final String version;
    private final String settings;
    private final Instant created;
    private final List<String> methods = new ArrayList<>();
    private final Ordinals documents = new Ordinals();
    private final Ordinals codes = new Ordinals();
    private final List<Block> blocks = new ArrayList<>();
    private final long budget;
    private int size;

    AssistantLayer(String version, String settings, Instant created) {
        this(version, settings, created, CHUNK, Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    /**
     * With chunks of {@code chunk} passages and at most {@code budget} bytes of columns (tests store a small layer
     * in many chunks, and try a small budget).
     */
    AssistantLayer(String version, String settings, Instant created, int chunk, long budget) {
        this.chunk = chunk;
        this.budget = budget;
        this.version = version;
        this.settings = settings;
        this.created = created;
    }

    /** Adds one suggestion as a passage of the layer, coded by {@code method}. */
    void add(Suggestion s, String method) {
        int m = methods.indexOf(method);
        if (m < 0) {
            methods.add(method);
            m = methods.size() - 1;
        }
        if (size == blocks.size() * BLOCK) {
            if ((blocks.size() + 1) * BLOCK_BYTES > budget) {
                throw new ParallaxException("The assistant's layer would hold more than " + size + " passages, more "
                        + "than a third of the Java heap limit (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MiB) holds; nothing was stored. Run it on fewer documents at a time (--docs), with a "
                        + "higher threshold, or with a larger heap (PARALLAX_JAVA_OPTIONS=-Xmx1g)");
            }
            blocks.add(new Block());
        }
        Block b = blocks.get(size / BLOCK);
        int i = size % BLOCK;
        b.documents[i] = documents.of(s.documentId());
        b.starts[i] = s.start();
        b.ends[i] = s.end();
        b.codes[i] = codes.of(s.codeId());
        b.confidences[i] = s.confidence();
        b.methods[i] = (byte) m;
        size++;
    }

    int size() {
        return size;
    }

    /** The blocks' arrays: about 33 bytes a passage, held as long as the run is in the undo history. */
    long heldBytes() {
        return blocks.size() * BLOCK_BYTES;
    }

    /**
     * Stores the passages, as the coder {@code assistant} (added in the same transaction when the project has none
     * yet, and only when there is a passage to store), and their provenance, chunk by chunk; joins the caller's
     * transaction. A passage the store skips as a duplicate is left out of the layer.
     */
    void store(CoderStore coders, SegmentStore segments, ProvenanceStore provenance) {
        if (size > 0) {
            coderId = coders.ensure(AssistantSettings.CODER).id();
        }
        for (int from = 0; from < size; from += chunk) {
            int to = Math.min(size, from + chunk);
            List<Segment> drafts = new ArrayList<>(to - from);
            Map<String, Integer> rows = new HashMap<>();
            for (int i = from; i < to; i++) {
                Segment draft = segment(i, 0);
                drafts.add(draft);
                rows.put(Coding.provenanceKey(draft), i);
            }
            List<Provenance> records = new ArrayList<>(to - from);
            for (Segment saved : segments.insertAll(drafts)) {
                int i = rows.get(Coding.provenanceKey(saved));
                setId(i, saved.id());
                records.add(provenance(i));
            }
            provenance.saveAll(records);
        }
        dropUnstored();
    }

    /** Puts the stored passages back with their ids and provenance (redo); joins the caller's transaction. */
    void restore(SegmentStore segments, ProvenanceStore provenance) {
        for (int from = 0; from < size; from += chunk) {
            int to = Math.min(size, from + chunk);
            List<Segment> passages = new ArrayList<>(to - from);
            List<Provenance> records = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                passages.add(segment(i, id(i)));
                records.add(provenance(i));
            }
            segments.restoreAll(passages);
            provenance.saveAll(records);
        }
    }

    /** Removes the stored passages (undo; their provenance goes with them); joins the caller's transaction. */
    void delete(SegmentStore segments) {
        for (int from = 0; from < size; from += chunk) {
            int to = Math.min(size, from + chunk);
            List<Long> ids = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                ids.add(id(i));
            }
            segments.deleteAll(ids);
        }
    }

    /** The stored passages, made one at a time on request. */
    List<Segment> passages() {
        return new Passages();
    }

    private Segment segment(int i, long id) {
        Block b = blocks.get(i / BLOCK);
        int j = i % BLOCK;
        return new Segment(id, documents.id(b.documents[j]), b.starts[j], b.ends[j], codes.id(b.codes[j]), coderId,
                null, created);
    }

    private Provenance provenance(int i) {
        Block b = blocks.get(i / BLOCK);
        int j = i % BLOCK;
        return new Provenance(b.ids[j], methods.get(b.methods[j]), version, settings, b.confidences[j], created);
    }

    private long id(int i) {
        return blocks.get(i / BLOCK).ids[i % BLOCK];
    }

    private void setId(int i, long id) {
        blocks.get(i / BLOCK).ids[i % BLOCK] = id;
    }

    /** Closes the gaps the store's skipped duplicates left (none when the old layer was removed first). */
    private void dropUnstored() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (id(i) != 0) {
                if (kept != i) {
                    move(i, kept);
                }
                kept++;
            }
        }
        size = kept;
        while (blocks.size() > (size + BLOCK - 1) / BLOCK) {
            blocks.remove(blocks.size() - 1);
        }
    }

    private void move(int from, int to) {
        Block a = blocks.get(from / BLOCK);
        Block b = blocks.get(to / BLOCK);
        int i = from % BLOCK;
        int j = to % BLOCK;
        b.ids[j] = a.ids[i];
        b.documents[j] = a.documents[i];
        b.starts[j] = a.starts[i];
        b.ends[j] = a.ends[i];
        b.codes[j] = a.codes[i];
        b.confidences[j] = a.confidences[i];
        b.methods[j] = a.methods[i];
    }

    private static final class Block {
        final long[] ids = new long[BLOCK];
        final int[] documents = new int[BLOCK];
        final int[] starts = new int[BLOCK];
        final int[] ends = new int[BLOCK];
        final int[] codes = new int[BLOCK];
        final double[] confidences = new double[BLOCK];
        final byte[] methods = new byte[BLOCK];
    }

    /** Ids (of documents, of codes) numbered in the order they first come: a few thousand, not one per passage. */
    private static final class Ordinals {
        private final Map<Long, Integer> numbers = new HashMap<>();
        private final List<Long> ids = new ArrayList<>();

        int of(long id) {
            return numbers.computeIfAbsent(id, i -> {
                ids.add(i);
                return ids.size() - 1;
            });
        }

        long id(int number) {
            return ids.get(number);
        }
    }

    private final class Passages extends AbstractList<Segment> implements RandomAccess {
        @Override
        public Segment get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return segment(index, id(index));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
