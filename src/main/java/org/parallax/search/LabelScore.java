package org.parallax.search;

/** A label the classifier proposes for a text, with its score in [0, 1] (higher is more confident). */
public record LabelScore(String label, double score) {
}
