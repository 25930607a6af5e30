package org.parallax.search;

import java.util.List;

/**
 * One unit of text the assistant learns from: the document it comes from (so a suggestion for that document
 * can leave it out), its text, whether it is Russian (which stemmer reads it) and the labels it carries (code
 * ids as text; an empty list marks a unit the analyst left uncoded).
 */
public record TrainingPassage(long document, String text, boolean russian, List<String> labels) {
    public TrainingPassage {
        labels = List.copyOf(labels);
    }
}
