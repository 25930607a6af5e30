package org.parallax.model;

/** A search query that cannot be read; the message says where and why, in the researcher's terms. */
public class QuerySyntaxException extends ParallaxException {
    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** Zero-based character position of the problem in the query, or -1 if it concerns the whole query. */
    public int position() {
        return position;
    }
}
