package org.parallax.model;

/** One hypothesis of a set: a name (H1), a statement and its prior probability; a catch-all stands for "other explanation". */
public record Hypothesis(long id, String name, String statement, double prior, boolean catchAll) {
}
