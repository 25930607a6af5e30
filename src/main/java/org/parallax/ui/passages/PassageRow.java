package org.parallax.ui.passages;

import org.parallax.model.Segment;

/**
 * A coded passage as listed: its quoted text, document, code, coder and memo; {@code ofSeveralCoders} is whether the
 * project shows more than one coder's passages, where a list of passages names each one's coder.
 */
public record PassageRow(Segment segment, String document, String text, String code, String color, String coder,
                         String memo, boolean ofSeveralCoders) {

    public long id() {
        return segment.id();
    }

    /**
     * The line a list of passages (a cell's, a code's) shows: "“quote” — document", and ", coded by NAME" where the
     * project shows several coders. After a merge the same text coded by two coders was listed twice alike, and a
     * researcher could not tell the layers apart; in blind mode the project shows one coder, and no name is added.
     */
    public String listed() {
        return "“" + text + "” — " + document + (ofSeveralCoders ? ", coded by " + coder : "");
    }
}
