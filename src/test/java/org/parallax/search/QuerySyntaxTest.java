package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.ParallaxException;
import org.parallax.model.QuerySyntaxException;
import org.parallax.model.TextRange;

class QuerySyntaxTest {
    private static SearchIndex index;

    @BeforeAll
    static void indexTexts() {
        index = SearchIndex.inMemory();
        index.update(SearchFixtures.mixed());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejecting(String query) {
        CodedRanges codes = name -> name.equals("Balance of power") ? Map.of(1L, List.of(new TextRange(0, 5))) : null;
        return assertThatThrownBy(() -> index.search(query, SearchOptions.defaults(), codes))
                .isInstanceOf(QuerySyntaxException.class)
                .isInstanceOf(ParallaxException.class);
    }

    @Test
    void unclosedQuoteIsNamedWithItsPosition() {
        rejecting("threat \"balance of power").hasMessage("The quotation mark at position 8 is never closed")
                .extracting(e -> ((QuerySyntaxException) e).position()).isEqualTo(7);
    }

    @Test
    void unbalancedBracketsAreNamed() {
        rejecting("(threat OR risk").hasMessageContaining("'(' at position 1 is never closed");
        rejecting("threat) OR risk").hasMessageContaining("')' at position 7 has no matching opening bracket");
        rejecting("date:[1997 TO 2002").hasMessageContaining("'[' at position 6 is never closed");
    }

    @Test
    void danglingOperatorsPointAtTheProblem() {
        rejecting("threat AND").hasMessageContaining("ends too early").hasMessageContaining("'AND'");
        rejecting("threat OR OR risk").hasMessageContaining("Unexpected 'OR' at position 11");
    }

    /** A word written with two dashes, given after the command line's {@code --}, was "Unexpected '-'". */
    @Test
    void aWordBeginningWithTwoSignsIsToldToBeQuoted() {
        rejecting("treaty --literal-text").hasMessage("'--literal-text' at position 8 begins with two of the signs + "
                + "and -, which mean must and must not; to find it as written, put it in quotes: \"--literal-text\"");
        rejecting("+-nato").hasMessageContaining("'+-nato' at position 1 begins with two of the signs");
    }

    @Test
    void unknownFieldsAndBadDatesAreExplained() {
        rejecting("speaker:Putin").hasMessageContaining("Unknown field 'speaker:' at position 1")
                .hasMessageContaining("actor:");
        rejecting("date:[1997 TO 20x2]").hasMessageContaining("'20x2' in date: is not a date");
        rejecting("date:1997-13").hasMessageContaining("'1997-13' in date: is not a date");
        rejecting("title:[a TO b]").hasMessageContaining("does not support ranges");
    }

    /** "*ity" was refused in the search engine's own words: "'*' or '?' not allowed as first character in WildcardQuery". */
    @Test
    void aWordBeginningWithAWildcardIsRefusedInPlainWords() {
        rejecting("threat *ity").hasMessage("'*ity' at position 8 begins with * or ?, which no word of a search may: "
                + "put at least one letter first (secur*, n?to)")
                .extracting(e -> ((QuerySyntaxException) e).position()).isEqualTo(7);
    }

    @Test
    void codeClausesMustNarrowTheWholeQuery() {
        rejecting("threat OR code:\"Balance of power\"").hasMessageContaining("can only be combined with AND");
        rejecting("threat -code:\"Balance of power\"").hasMessageContaining("can only be combined with AND");
        rejecting("threat code:\"Unknown code\"").hasMessageContaining("There is no code named 'Unknown code'");
    }

    @Test
    void emptyAndStopWordOnlyQueriesAreExplained() {
        rejecting("   ").hasMessageContaining("The query is empty");
        rejecting("the").hasMessageContaining("only common words");
        rejecting("*reat").hasMessageContaining("'*reat' at position 1 begins with * or ?").hasMessageNotContaining("Cannot parse");
    }
}
