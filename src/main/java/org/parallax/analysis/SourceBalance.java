package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.model.Matrix;

/**
 * Who supplies the evidence of each cell: the passages of every cell split by their document's source
 * actor, with a warning where one actor supplies more than a threshold share (default 75 %) of it.
 */
public final class SourceBalance {
    /** The default share above which one actor dominates a cell. */
    public static final double DEFAULT_THRESHOLD = 0.75;
    /** Label for passages whose document names no actor. */
    public static final String NO_ACTOR = "No actor";

    /** One cell's passages per actor (sorted by actor), and its dominant actor and share. */
    public record Cell(int row, int column, String rowLabel, String columnLabel, Map<String, Integer> byActor,
                       int passages, String leadingActor, double leadingShare, boolean imbalanced) {
    }

    private SourceBalance() {
    }

    /**
     * Splits every non-empty cell of {@code matrix} by actor; {@code actorOfSegment} gives each segment's
     * document actor (null or absent for none). A cell is imbalanced when one actor's share exceeds
     * {@code threshold} (strictly); ties for the lead go to the actor first in alphabetical order.
     */
    public static List<Cell> compute(Matrix matrix, Map<Long, String> actorOfSegment, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("A source-balance threshold is a share above 0 and at most 1, not "
                    + threshold);
        }
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            for (int c = 0; c < matrix.columns().size(); c++) {
                long[] ids = matrix.segmentIds(r, c);
                if (ids.length == 0) {
                    continue;
                }
                Map<String, Integer> byActor = new TreeMap<>();
                for (long id : ids) {
                    String actor = actorOfSegment.get(id);
                    byActor.merge(actor == null || actor.isBlank() ? NO_ACTOR : actor, 1, Integer::sum);
                }
                String leading = null;
                int most = 0;
                for (var e : byActor.entrySet()) {
                    if (e.getValue() > most) {
                        leading = e.getKey();
                        most = e.getValue();
                    }
                }
                double share = (double) most / ids.length;
                cells.add(new Cell(r, c, matrix.rows().get(r).label(), matrix.columns().get(c).label(),
                        Collections.unmodifiableMap(byActor), ids.length, leading, share, share > threshold));
            }
        }
        return cells;
    }

    /** Only the imbalanced cells of {@link #compute}. */
    public static List<Cell> warnings(Matrix matrix, Map<Long, String> actorOfSegment, double threshold) {
        return compute(matrix, actorOfSegment, threshold).stream().filter(Cell::imbalanced).toList();
    }
}
