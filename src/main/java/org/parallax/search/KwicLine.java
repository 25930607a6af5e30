package org.parallax.search;

import java.time.LocalDate;

/**
 * One hit in keyword-in-context form: {@code [start, end)} are UTF-16 offsets into the document's
 * stored text, {@code hit} is exactly that substring; {@code left}/{@code right} are context with
 * line breaks shown as spaces.
 */
public record KwicLine(long docId, String title, LocalDate date, String actor, int start, int end,
                       String left, String hit, String right) {
}
