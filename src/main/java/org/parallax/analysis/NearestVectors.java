package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.parallax.model.LabelScore;
import org.parallax.model.NeighbourVotes;

/**
 * Labelled unit vectors (sentence embeddings) and the k of them nearest to a query by cosine, voting for their labels
 * ({@link NeighbourVotes}). Each entry belongs to a part (a fold of the evaluation, or {@link #EVERY_PART}) and a
 * document, so one set of vectors serves the model of every fold and leaves out the document being read. An exact
 * search over all entries: the assistant keeps a few thousand, and a query costs one dot product with each.
 * Deterministic: equal similarities are ordered by entry, and entries keep the order they were given.
 */
public final class NearestVectors {
    /** The part of an entry that every model learns from (e.g. a code's definition). */
    public static final int EVERY_PART = -1;
    /** The held-out part meaning "none held out". */
    public static final int NONE = -1;

    private final int dimension;
    private final float[] vectors;
    private final int[] parts;
    private final long[] documents;
    private final List<List<String>> labels;

    /** One entry: its part, its document (-1: none), its unit vector and its labels. */
    public record Entry(int part, long document, float[] vector, List<String> labels) {
        public Entry {
            labels = List.copyOf(labels);
        }
    }

    public NearestVectors(int dimension, List<Entry> entries) {
        this.dimension = dimension;
        this.vectors = new float[entries.size() * dimension];
        this.parts = new int[entries.size()];
        this.documents = new long[entries.size()];
        this.labels = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.vector().length != dimension) {
                throw new IllegalArgumentException("Vector of length " + e.vector().length + ", expected " + dimension);
            }
            System.arraycopy(e.vector(), 0, vectors, i * dimension, dimension);
            parts[i] = e.part();
            documents[i] = e.document();
            labels.add(e.labels());
        }
    }

    /** Number of entries. */
    public int size() {
        return parts.length;
    }

    /**
     * The labels of the k entries nearest to {@code query} (a unit vector) with their confidences, leaving out the
     * entries of part {@code heldOut} ({@link #NONE}: none) and of document {@code excludedDocument} (-1: none).
     * Only entries of positive similarity are neighbours; a zero query has none.
     */
    public List<LabelScore> classify(float[] query, int k, int heldOut, long excludedDocument) {
        // the worst of the best k on top: a lower similarity, or an equal one of a later entry
        PriorityQueue<int[]> best = new PriorityQueue<>(k + 1, (a, b) -> a[0] != b[0]
                ? Float.compare(Float.intBitsToFloat(a[0]), Float.intBitsToFloat(b[0])) : Integer.compare(b[1], a[1]));
        float[] similarity = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if ((heldOut != NONE && parts[i] == heldOut) || (excludedDocument >= 0 && documents[i] == excludedDocument)) {
                continue;
            }
            float s = dot(query, i * dimension);
            if (!(s > 0)) {
                continue;
            }
            similarity[i] = s;
            if (best.size() < k) {
                best.add(new int[] {Float.floatToIntBits(s), i});
            } else {
                float worst = Float.intBitsToFloat(best.peek()[0]);
                if (s > worst) {
                    best.poll();
                    best.add(new int[] {Float.floatToIntBits(s), i});
                }
            }
        }
        int n = best.size();
        int[] order = new int[n];
        for (int j = n - 1; j >= 0; j--) {
            order[j] = best.poll()[1];
        }
        double[] scores = new double[n];
        List<List<String>> neighbourLabels = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            scores[j] = similarity[order[j]];
            neighbourLabels.add(labels.get(order[j]));
        }
        return NeighbourVotes.of(scores, neighbourLabels, k);
    }

    private float dot(float[] query, int offset) {
        float sum = 0;
        for (int d = 0; d < dimension; d++) {
            sum += query[d] * vectors[offset + d];
        }
        return sum;
    }
}
