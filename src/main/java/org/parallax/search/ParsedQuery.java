package org.parallax.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A user query split into what Lucene runs ({@code query}, selecting documents and text hits), the codes whose
 * passages the hits must lie in, the frames with a passage of one of whose codes they must lie in, and the memo
 * searches whose passages they must lie in; {@code findsText} is
 * false for filter-only queries; {@code notes} say how the query was read ({@link QueryNotes}).
 */
record ParsedQuery(Query query, List<String> codes, List<String> frames, List<String> memos, boolean findsText,
                   List<String> notes) {

    ParsedQuery {
        codes = List.copyOf(codes);
        frames = List.copyOf(frames);
        memos = List.copyOf(memos);
        notes = List.copyOf(notes);
    }

    ParsedQuery withNotes(List<String> notes) {
        return new ParsedQuery(query, codes, frames, memos, findsText, notes);
    }

    static ParsedQuery of(Query query, List<String> codes, List<String> frames, List<String> memos) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        boolean findsText = IndexFields.TEXT_FIELDS.stream().anyMatch(fields::contains);
        return new ParsedQuery(query, codes, frames, memos, findsText, List.of());
    }
}
