package org.parallax.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.parallax.model.QuerySyntaxException;

/**
 * Lucene's classic syntax mapped onto the index layout: bare words are stemmed (English, Russian, Arabic, or kept
 * as they are for texts in other languages),
 * quoted phrases and wildcard/fuzzy terms use exact forms, {@code date:} takes years or ISO dates and
 * {@code code:}, {@code frame:} and {@code memo:} become {@link CodeClause}s for the searcher to apply.
 */
final class UserQueryParser extends QueryParser {
    static final Set<String> USER_FIELDS = Set.of("actor", "type", "title", "lang", "date", "code", "frame", "memo");

    private final String queryText;
    private final boolean exactForms;
    private final List<String> codes = new ArrayList<>();
    private final List<String> memos = new ArrayList<>();
    private final List<String> frames = new ArrayList<>();
    private final CommonWords leftOut = new CommonWords();
    private final QueryNotes notes;
    /** The proximity of the quoted text being read ({@code "a b"~5}), for its note; 0 otherwise. */
    private int quotedSlop;

    private UserQueryParser(String queryText, Analyzer analyzer, boolean exactForms) {
        super(IndexFields.TEXT, analyzer);
        this.queryText = queryText;
        this.exactForms = exactForms;
        this.notes = new QueryNotes(analyzer);
        setDefaultOperator(AND_OPERATOR);
        // each word is its own clause, so that its forms in each language pair up per word
        setSplitOnWhitespace(true);
    }

    /** Parses a user query; throws {@link QuerySyntaxException} with a readable message. */
    static ParsedQuery read(String queryText, Analyzer analyzer, boolean exactForms) {
        if (queryText == null || queryText.isBlank()) {
            throw new QuerySyntaxException("The query is empty: type a word, a \"phrase\" or a field such as actor:Russia", -1);
        }
        QueryErrors.checkBalanced(queryText);
        UserQueryParser parser = new UserQueryParser(queryText, analyzer, exactForms);
        Query parsed;
        try {
            parsed = parser.parse(queryText);
        } catch (ParseException e) {
            throw QueryErrors.explain(queryText, e);
        }
        if (parsed == null || parsed instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
            throw new QuerySyntaxException(parser.leftOut.isEmpty()
                    ? "The query '" + queryText + "' holds no word to search for (signs alone are not indexed)"
                    : parser.leftOut.refusal(queryText), -1);
        }
        return parser.withoutCodeClauses(parsed).withNotes(parser.notes.notes(parser.leftOut));
    }

    @Override
    protected Query getFieldQuery(String typedField, String text, int slop) throws ParseException {
        quotedSlop = slop; // Lucene reads a quoted text here, then through the method below
        try {
            return super.getFieldQuery(typedField, text, slop);
        } finally {
            quotedSlop = 0;
        }
    }

    @Override
    protected Query getFieldQuery(String typedField, String text, boolean quoted) throws ParseException {
        String field = lowerCase(typedField);
        switch (field) {
            case IndexFields.TEXT:
                return textQuery(text, quoted);
            case "code":
                codes.add(text);
                return new CodeClause(text, "code");
            case "frame":
                frames.add(text);
                return new CodeClause(text, "frame");
            case "memo":
                return memoClause(quoted ? "\"" + text + "\"" : text);
            case "date":
                return dateRange(text, text, true, true);
            default:
                return super.getFieldQuery(checkedField(field), text, quoted);
        }
    }

    private Query textQuery(String text, boolean quoted) throws ParseException {
        if (quoted || exactForms) {
            if (!exactForms) {
                notes.quoted(text, quotedSlop);
            }
            return super.getFieldQuery(IndexFields.TEXT_EXACT, text, quoted);
        }
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        for (String field : IndexFields.STEMMED_FIELDS) {
            Query inField = super.getFieldQuery(field, text, false);
            if (inField == null) {
                if (super.getFieldQuery(IndexFields.TEXT_EXACT, text, false) != null) {
                    leftOut.add(text, field); // a word, not signs alone
                }
                return null; // a stop word in any language: ignore it rather than require it
            }
            anyLanguage.add(inField, Occur.SHOULD);
        }
        return anyLanguage.build();
    }

    @Override
    protected Query getRangeQuery(String typedField, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        String field = lowerCase(typedField);
        if (!field.equals("date")) {
            throw unsupported(field, "ranges [a TO b]", "date:[1997 TO 2002]");
        }
        return dateRange(part1, part2, startInclusive, endInclusive);
    }

    private Query dateRange(String from, String to, boolean startInclusive, boolean endInclusive) {
        int low = from == null ? Integer.MIN_VALUE : QueryDates.firstDay(from, position("date"), startInclusive);
        int high = to == null ? Integer.MAX_VALUE : QueryDates.lastDay(to, position("date"), endInclusive);
        return IntPoint.newRangeQuery(IndexFields.DATE_DAY, low, high);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (lowerCase(field).equals("memo")) {
            return memoClause(termStr);
        }
        return super.getWildcardQuery(multiTermField(field, "wildcards"), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (lowerCase(field).equals("memo")) {
            return memoClause(termStr + "*");
        }
        return super.getPrefixQuery(multiTermField(field, "wildcards"), termStr);
    }

    /** {@code memo:doubt}: hits must lie in passages whose memo matches (searched in the memo index). */
    private Query memoClause(String memoQuery) {
        memos.add(memoQuery);
        return new CodeClause(memoQuery, "memo");
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(multiTermField(field, "fuzzy search (~)"), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(multiTermField(field, "regular expressions"), termStr);
    }

    private String multiTermField(String typedField, String what) {
        String field = lowerCase(typedField);
        if (field.equals(IndexFields.TEXT)) {
            return IndexFields.TEXT_EXACT;
        }
        if (field.equals("date") || field.equals("code") || field.equals("frame") || field.equals("memo")) {
            throw unsupported(field, what, switch (field) {
                case "date" -> "date:[1997 TO 2002]";
                case "frame" -> "frame:Realism";
                default -> "code:\"Balance of power\"";
            });
        }
        return checkedField(field);
    }

    /** Field names are case-insensitive: Actor:Russia works like actor:Russia. */
    private static String lowerCase(String field) {
        return field.equals(IndexFields.TEXT) ? field : field.toLowerCase(Locale.ROOT);
    }

    private String checkedField(String field) {
        if (!USER_FIELDS.contains(field)) {
            throw new QuerySyntaxException("Unknown field '" + field + ":' at position " + (position(field) + 1)
                    + "; fields are actor:, type:, title:, lang:, date:, code:, frame: and memo: (write \\: to search for a colon)",
                    position(field));
        }
        return field;
    }

    private QuerySyntaxException unsupported(String field, String what, String example) {
        return new QuerySyntaxException("The field '" + field + ":' at position " + (position(field) + 1)
                + " does not support " + what + "; for example " + example, position(field));
    }

    private int position(String field) {
        return queryText.toLowerCase(Locale.ROOT).indexOf(field.toLowerCase(Locale.ROOT) + ":");
    }

    /** Lifts top-level {@code code:}, {@code frame:} and {@code memo:} clauses out of the query; anywhere else they cannot be honoured. */
    private ParsedQuery withoutCodeClauses(Query parsed) {
        if (parsed instanceof CodeClause) {
            return ParsedQuery.of(new MatchAllDocsQuery(), codes, frames, memos);
        }
        if (!(parsed instanceof BooleanQuery bool)) {
            return ParsedQuery.of(parsed, codes, frames, memos);
        }
        BooleanQuery.Builder rest = new BooleanQuery.Builder();
        boolean onlyProhibited = true;
        int kept = 0;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getQuery() instanceof CodeClause && clause.isRequired()) {
                continue;
            }
            rest.add(clause);
            kept++;
            onlyProhibited &= clause.isProhibited();
        }
        if (kept == 0 || onlyProhibited) {
            rest.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        Query remaining = rest.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch()).build();
        rejectNestedCodeClauses(remaining);
        return ParsedQuery.of(remaining, codes, frames, memos);
    }

    private void rejectNestedCodeClauses(Query query) {
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof CodeClause code) {
                    String field = code.field();
                    throw new QuerySyntaxException(code + " at position " + (position(field) + 1)
                            + " can only be combined with AND (it narrows the whole search), not with OR, NOT or brackets",
                            position(field));
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
    }
}
