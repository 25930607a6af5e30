package org.parallax.model;

import java.time.Instant;

/** A free-text note of the analyst, attached to the project or to one document. */
public record Memo(long id, Long documentId, String title, String text, Instant created) {
}
