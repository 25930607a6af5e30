package org.parallax.search;

import java.util.Objects;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Placeholder the parser leaves for {@code code:"Name"} (or {@code memo:word}, passages whose memo matches, or
 * {@code frame:Name}, passages coded with any of the frame's codes); it never reaches Lucene, the searcher filters
 * hits by it.
 */
final class CodeClause extends Query {
    private final String codeName;
    /** The query's field: {@code code}, {@code memo} or {@code frame}. */
    private final String field;

    CodeClause(String value, String field) {
        this.codeName = value;
        this.field = field;
    }

    String codeName() {
        return codeName;
    }

    String field() {
        return field;
    }

    @Override
    public String toString(String ignored) {
        return field + ":\"" + codeName + "\"";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && codeName.equals(((CodeClause) other).codeName)
                && field.equals(((CodeClause) other).field);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), codeName, field);
    }
}
