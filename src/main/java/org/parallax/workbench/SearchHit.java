package org.parallax.workbench;

import java.time.LocalDate;

/**
 * One search hit as the window shows it (a KWIC line): {@code [start, end)} are UTF-16 offsets into the
 * document's stored text and {@code hit} is exactly that substring.
 */
public record SearchHit(long documentId, String title, LocalDate date, String actor, int start, int end,
                        String left, String hit, String right) {

    /** True if this hit lies at the same place as {@code other}, whatever its context. */
    public boolean samePlace(long otherDocument, int otherStart, int otherEnd) {
        return documentId == otherDocument && start == otherStart && end == otherEnd;
    }
}
