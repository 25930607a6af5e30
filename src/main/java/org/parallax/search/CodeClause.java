package org.parallax.search;

import java.util.Objects;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** Placeholder the parser leaves for {@code code:"Name"}; it never reaches Lucene, the searcher filters hits by it. */
final class CodeClause extends Query {
    private final String codeName;

    CodeClause(String codeName) {
        this.codeName = codeName;
    }

    String codeName() {
        return codeName;
    }

    @Override
    public String toString(String field) {
        return "code:\"" + codeName + "\"";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && codeName.equals(((CodeClause) other).codeName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), codeName);
    }
}
