package org.parallax.model;

/**
 * A label an assistant classifier proposes for a text (a code id as text, or the "no code" label), with its score
 * in [0, 1] (higher is more confident).
 */
public record LabelScore(String label, double score) {
}
