package org.parallax.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the assistant's nearest-neighbour methods turn the k units most like a text into codes with a confidence:
 * each neighbour votes for its labels with its similarity relative to the best neighbour, and a label's confidence
 * is the sum of its votes divided by k. 1.0 means all k nearest units carry the label and are as close as the
 * closest. The lexical and the semantic method share this rule, so their confidences read alike.
 */
public final class NeighbourVotes {
    private NeighbourVotes() {
    }

    /**
     * The labels of the neighbours, best neighbour first ({@code similarities} in descending order, all above 0),
     * with their confidences, in the order the labels first appear.
     */
    public static List<LabelScore> of(double[] similarities, List<List<String>> labels, int k) {
        List<LabelScore> out = new ArrayList<>();
        if (similarities.length == 0 || !(similarities[0] > 0)) {
            return out;
        }
        double best = similarities[0];
        Map<String, Double> votes = new LinkedHashMap<>();
        for (int i = 0; i < similarities.length; i++) {
            for (String label : labels.get(i)) {
                votes.merge(label, similarities[i] / best, Double::sum);
            }
        }
        votes.forEach((label, vote) -> out.add(new LabelScore(label, vote / k)));
        return out;
    }
}
