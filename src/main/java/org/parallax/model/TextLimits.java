package org.parallax.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How long the names and texts a researcher types or imports may be. Every place where a name enters the
 * project (window forms, the command line, each importer) refuses longer input with the field named,
 * so that a million-character code name can neither be stored nor freeze the code lists that show it.
 */
public final class TextLimits {
    /** Codes, frames, scenarios, coders, codebooks and document attribute names. */
    public static final int NAME = 200;
    /** Document titles (speech and article titles run long, but not to pages). */
    public static final int TITLE = 2_000;
    /** Attribute values and the other one-line document details (actor, language). */
    public static final int VALUE = 2_000;
    /** A memo: about 300 printed pages. */
    public static final int MEMO = 1_000_000;
    /**
     * How deep codes may nest under a frame or the top level, as imported (REFI-QDA, codebook JSON): deeper than any
     * coding scheme needs. A project with codes nested 1,000 deep failed every REFI-QDA export with a stack overflow.
     */
    public static final int CODE_DEPTH = 64;

    private static final int SHOWN = 40;

    private TextLimits() {
    }

    /**
     * Why {@code value} is too long for {@code field}, such as "code name", or holds half a character, or empty when
     * it fits.
     */
    public static Optional<String> problem(String field, String value, int limit) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > limit) {
            return Optional.of(String.format(Locale.ROOT, "%s '%s' has %,d characters; at most %,d are allowed",
                    field, shown(value), value.length(), limit));
        }
        return halfCharacter(field + " '" + LoneSurrogates.replaced(shown(value)) + "'", value);
    }

    /**
     * Why {@code value}, named {@code what} ("definition of code 'Power'"), cannot be stored: it holds half a
     * character, which SQLite and PostgreSQL would store as '?'; empty when it holds none.
     */
    public static Optional<String> halfCharacter(String what, String value) {
        return value == null ? Optional.empty() : LoneSurrogates.first(value).stream().mapToObj(at -> String.format(
                Locale.ROOT, "%s holds half a character (U+%04X at character %d, a lone surrogate, as a \\u escape of "
                + "JSON or YAML can write), which cannot be stored", what, (int) value.charAt(at), at + 1)).findFirst();
    }

    /** Refuses a value longer than {@code limit}, naming the field. */
    public static void require(String field, String value, int limit) {
        problem(field, value, limit).ifPresent(p -> {
            throw new ParallaxException(p);
        });
    }

    /** Why a document's details are too long (the first field that is), or empty when they fit. */
    public static Optional<String> problem(DocumentMeta meta) {
        Optional<String> found = problem("document title", meta.title(), TITLE)
                .or(() -> problem("actor", meta.actor(), VALUE))
                .or(() -> problem("language", meta.language(), VALUE))
                .or(() -> problem("scenario", meta.scenario(), NAME));
        for (Map.Entry<String, String> attribute : meta.attributes().entrySet()) {
            found = found.or(() -> problem("attribute name", attribute.getKey(), NAME))
                    .or(() -> problem("value of attribute '" + shown(attribute.getKey()) + "'", attribute.getValue(),
                            VALUE));
        }
        return found;
    }

    /** Refuses document details that are too long, naming the field. */
    public static void require(DocumentMeta meta) {
        problem(meta).ifPresent(p -> {
            throw new ParallaxException(p);
        });
    }

    /** The start of a long value, cut at a code point boundary, to say which one is meant. */
    public static String shown(String value) {
        if (value.length() <= SHOWN) {
            return value;
        }
        int end = Offsets.splitsCodePoint(value, SHOWN) ? SHOWN - 1 : SHOWN;
        return value.substring(0, end) + "…";
    }
}
