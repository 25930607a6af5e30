package org.parallax.search;

import java.util.Objects;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Placeholder the parser leaves for {@code code:"Name"} (or {@code memo:word}, passages whose memo matches); it
 * never reaches Lucene, the searcher filters hits by it.
 */
final class CodeClause extends Query {
    private final String codeName;
    private final boolean memo;

    CodeClause(String codeName) {
        this(codeName, false);
    }

    CodeClause(String value, boolean memo) {
        this.codeName = value;
        this.memo = memo;
    }

    String codeName() {
        return codeName;
    }

    boolean memo() {
        return memo;
    }

    @Override
    public String toString(String field) {
        return (memo ? "memo:\"" : "code:\"") + codeName + "\"";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && codeName.equals(((CodeClause) other).codeName) && memo == ((CodeClause) other).memo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), codeName, memo);
    }
}
