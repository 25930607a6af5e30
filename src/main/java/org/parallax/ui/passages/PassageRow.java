package org.parallax.ui.passages;

import org.parallax.model.Segment;

/** A coded passage as listed: its quoted text, document, code, coder and memo. */
public record PassageRow(Segment segment, String document, String text, String code, String color, String coder,
                         String memo) {

    public long id() {
        return segment.id();
    }
}
