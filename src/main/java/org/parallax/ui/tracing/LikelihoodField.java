package org.parallax.ui.tracing;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The evidence form's entry for one hypothesis: P(E|H) as typed (number, verbal term, or LOW:HIGH). */
public record LikelihoodField(String hypothesis, StringProperty text) {
    public LikelihoodField(String hypothesis) {
        this(hypothesis, new SimpleStringProperty(""));
    }
}
