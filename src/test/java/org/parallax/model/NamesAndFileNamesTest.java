package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stored name is cleaned of the characters a message escapes in a file's name, and of no others that show:
 * the two rules share one notion of "line break or control", so a name that reads as one line on screen and a
 * file name a message shows on one line cannot drift apart.
 */
class NamesAndFileNamesTest {
    @Test
    void aCharacterIsCleanedFromANameExactlyWhenAMessageEscapesIt() {
        List<String> apart = new ArrayList<>();
        int escapedCount = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            String name = "x" + c + "y";
            if (Character.isSurrogate(c) || c == ' ' || Character.getType(c) == Character.FORMAT
                    || !Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
                continue; // spaces and invisible characters are cleaned but need no escape; a mark joins the x
            }
            boolean escaped = !FileNames.shown(name).equals(name);
            boolean cleaned = !Names.clean(name).equals(name);
            escapedCount += escaped ? 1 : 0;
            if (escaped != cleaned) {
                apart.add(String.format("U+%04X escaped %s, cleaned %s", (int) c, escaped, cleaned));
            }
        }
        assertThat(apart).isEmpty();
        assertThat(escapedCount).as("C0 and C1 controls, DEL, U+2028 and U+2029").isEqualTo(32 + 1 + 32 + 2);
    }

    @Test
    void aLineBreakIsShownAsAnEscapeAndCleanedToASpace() {
        assertThat(FileNames.shown("minutes\n2014.txt")).isEqualTo("minutes\\n2014.txt");
        assertThat(FileNames.shown("x\u2029y")).isEqualTo("x\\u2029y");
        assertThat(Names.clean("Balance\nof\u2028power")).isEqualTo("Balance of power");
    }
}
