package org.parallax.workbench;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.parallax.model.Provenance;

/**
 * The provenance of many passages held for an undo step as columns: a passage's id, confidence and the number of
 * its record's shared part (method, version, settings line, date), about 20 bytes a passage instead of a record
 * with three strings of its own each as read from the store (about 300 bytes). An {@code assistant run} that
 * replaces a layer of two million passages keeps their provenance for undo; as records it did not fit the
 * benchmark's heap (docs/performance.md, "Issue 17, session 10"). Read-only once built; the records are made one at
 * a time on request.
 */
final class ProvenanceColumns extends AbstractList<Provenance> implements RandomAccess {
    private record Shared(String method, String version, String settings, Instant created) {
    }

    private final List<Shared> shared = new ArrayList<>();
    private final Map<Shared, Integer> numbers = new HashMap<>();
    private long[] ids = new long[16];
    private double[] confidences = new double[16];
    private int[] kinds = new int[16];
    private int size;

    /** Adds the records; appending only, before the columns are read. */
    void addAll(List<Provenance> records) {
        for (Provenance p : records) {
            if (size == ids.length) {
                int grown = size + (size >> 1);
                ids = Arrays.copyOf(ids, grown);
                confidences = Arrays.copyOf(confidences, grown);
                kinds = Arrays.copyOf(kinds, grown);
            }
            Shared part = new Shared(p.method(), p.version(), p.settings(), p.created());
            int kind = numbers.computeIfAbsent(part, k -> {
                shared.add(k);
                return shared.size() - 1;
            });
            ids[size] = p.segmentId();
            confidences[size] = p.confidence();
            kinds[size] = kind;
            size++;
        }
    }

    /** Drops the spare capacity the appends left. */
    void trim() {
        ids = Arrays.copyOf(ids, size);
        confidences = Arrays.copyOf(confidences, size);
        kinds = Arrays.copyOf(kinds, size);
    }

    @Override
    public Provenance get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        Shared s = shared.get(kinds[index]);
        return new Provenance(ids[index], s.method(), s.version(), s.settings(), confidences[index], s.created());
    }

    @Override
    public int size() {
        return size;
    }
}
