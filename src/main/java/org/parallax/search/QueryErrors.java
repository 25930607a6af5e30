package org.parallax.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.parallax.model.QuerySyntaxException;

/** Turns query syntax problems into messages that name the position and the offending token. */
final class QueryErrors {
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern LUCENE_PREFIX = Pattern.compile("^Cannot parse '.*?': ", Pattern.DOTALL);
    /** A word of the query that begins with a wildcard (the parser refuses it, in its own words). */
    private static final Pattern LEADING_WILDCARD = Pattern.compile("(?<![^\\s(\"+-])[*?]\\S*");

    private QueryErrors() {
    }

    /** Finds unclosed quotes and unbalanced brackets before the parser does, to say which one. */
    static void checkBalanced(String query) {
        Deque<Integer> open = new ArrayDeque<>();
        int quote = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quote = quote < 0 ? i : -1;
            } else if (quote < 0 && (c == '(' || c == '[' || c == '{')) {
                open.push(i);
            } else if (quote < 0 && (c == ')' || c == ']' || c == '}')) {
                if (open.isEmpty() || !matches(query.charAt(open.pop()), c)) {
                    throw at(i, "The bracket '" + c + "' at position " + (i + 1) + " has no matching opening bracket");
                }
            }
        }
        if (quote >= 0) {
            throw at(quote, "The quotation mark at position " + (quote + 1) + " is never closed");
        }
        if (!open.isEmpty()) {
            int i = open.peekLast();
            throw at(i, "The bracket '" + query.charAt(i) + "' at position " + (i + 1) + " is never closed");
        }
    }

    /** Explains a parser failure, pointing at the token where reading stopped. */
    static QuerySyntaxException explain(String query, ParseException e) {
        ParseException source = e.getCause() instanceof ParseException cause ? cause : e;
        if (source.currentToken != null && source.currentToken.next != null) {
            Token bad = source.currentToken.next;
            int position = bad.beginColumn; // Lucene's char stream counts columns from 0
            if (bad.kind == QueryParserConstants.EOF) {
                return at(query.length(), "The query ends too early: something is missing after '"
                        + source.currentToken.image + "' (an operator needs a word on both sides)");
            }
            if (isSign(bad) && isSign(source.currentToken)) {
                return doubledSign(query, source.currentToken.beginColumn);
            }
            return at(position, "Unexpected '" + bad.image + "' at position " + (position + 1)
                    + "; check the operators (AND, OR, NOT, +, -), quotes and brackets around it");
        }
        String detail = LUCENE_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
        Matcher wildcard = LEADING_WILDCARD.matcher(query);
        if (detail.contains("not allowed as first character") && wildcard.find()) {
            return at(wildcard.start(), "'" + wildcard.group() + "' at position " + (wildcard.start() + 1)
                    + " begins with * or ?, which no word of a search may: put at least one letter first (secur*, n?to)");
        }
        Matcher column = COLUMN.matcher(detail);
        int position = column.find() ? Integer.parseInt(column.group(1)) : -1;
        String where = position >= 0 ? " at position " + (position + 1) : "";
        return at(position, "The query cannot be read" + where + ": " + firstLine(detail));
    }

    private static boolean isSign(Token token) {
        return token.kind == QueryParserConstants.MINUS || token.kind == QueryParserConstants.PLUS;
    }

    /**
     * A word that begins with two signs ({@code --literal-text}, typed after the command line's {@code --}): the first
     * is read as "must not", and the parser's "Unexpected '-'" did not say how to search for the word as written.
     */
    private static QuerySyntaxException doubledSign(String query, int start) {
        int end = start;
        while (end < query.length() && !Character.isWhitespace(query.charAt(end))) {
            end++;
        }
        String word = query.substring(start, end);
        return at(start, "'" + word + "' at position " + (start + 1) + " begins with two of the signs + and -, which"
                + " mean must and must not; to find it as written, put it in quotes: \"" + word + "\"");
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }

    private static boolean matches(char open, char close) {
        // ranges may mix brackets: [1997 TO 2002} is inclusive-exclusive
        return open == '(' ? close == ')' : close == ']' || close == '}';
    }

    private static QuerySyntaxException at(int position, String message) {
        return new QuerySyntaxException(message, position);
    }
}
