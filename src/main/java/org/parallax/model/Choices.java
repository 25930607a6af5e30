package org.parallax.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The spellings a setting accepts (e.g. the columns of a matrix), kept in one table so that parsing and
 * the error message listing the allowed values cannot drift apart. Spellings match case-insensitively;
 * aliases are accepted but not listed.
 */
public final class Choices<T> {
    private final Map<String, T> listed = new LinkedHashMap<>();
    private final Map<String, T> all = new LinkedHashMap<>();

    private Choices() {
    }

    public static <T> Choices<T> of() {
        return new Choices<>();
    }

    /** Every constant of an enum, spelled by {@code spelling}. */
    public static <E extends Enum<E>> Choices<E> of(Class<E> type, Function<E, String> spelling) {
        Choices<E> choices = new Choices<>();
        for (E value : type.getEnumConstants()) {
            choices.add(spelling.apply(value), value);
        }
        return choices;
    }

    /** Every constant of an enum, spelled as its lower-case name. */
    public static <E extends Enum<E>> Choices<E> of(Class<E> type) {
        return of(type, e -> e.name().toLowerCase(Locale.ROOT));
    }

    /** Adds a listed spelling. */
    public Choices<T> add(String spelling, T value) {
        listed.put(spelling, value);
        all.put(key(spelling), value);
        return this;
    }

    /** Adds a spelling that is accepted but not listed (a plural, a long form). */
    public Choices<T> alias(String spelling, T value) {
        all.put(key(spelling), value);
        return this;
    }

    public Optional<T> find(String text) {
        return Optional.ofNullable(all.get(key(text)));
    }

    /**
     * The value spelled {@code text}; otherwise an IllegalArgumentException whose message begins with
     * {@code what} and lists every allowed spelling, e.g. "--by must be year, month or period, not 'x'".
     */
    public T parse(String text, String what) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(what + " must be " + listing()
                + ", not '" + text + "'"));
    }

    /** The listed spellings in order. */
    public List<String> spellings() {
        return new ArrayList<>(listed.keySet());
    }

    /** "a, b or c". */
    public String listing() {
        List<String> names = spellings();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
