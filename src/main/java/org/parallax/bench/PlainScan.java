package org.parallax.bench;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline a regex-based tool pays per search: every stored text scanned with a regular expression.
 * Used only to measure the index against it.
 */
public final class PlainScan {
    private PlainScan() {
    }

    /** Pattern for a word or a phrase: words separated by any whitespace, whole words, case-insensitive. */
    public static Pattern phrasePattern(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        StringBuilder regex = new StringBuilder("\\b");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        return Pattern.compile(regex.append("\\b").toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Total number of matches of {@code pattern} over all {@code texts}. */
    public static long countMatches(Collection<String> texts, Pattern pattern) {
        long total = 0;
        for (String text : texts) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                total++;
            }
        }
        return total;
    }
}
