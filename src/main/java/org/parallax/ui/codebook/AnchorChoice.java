package org.parallax.ui.codebook;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A passage of a code offered in the code form, ticked when it is one of the code's anchor examples. */
public final class AnchorChoice {
    private final long segmentId;
    private final String label;
    private final BooleanProperty anchored;

    public AnchorChoice(long segmentId, String label, boolean anchored) {
        this.segmentId = segmentId;
        this.label = label;
        this.anchored = new SimpleBooleanProperty(anchored);
    }

    public long segmentId() {
        return segmentId;
    }

    /** The passage's text and document, as listed. */
    public String label() {
        return label;
    }

    public BooleanProperty anchoredProperty() {
        return anchored;
    }
}
