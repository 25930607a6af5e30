package org.parallax.model;

/**
 * The NUL character (U+0000), which JSON and YAML escapes can write into a value: a project file stores it, but a
 * team project's PostgreSQL refuses any text holding one ("invalid byte sequence for encoding "UTF8": 0x00"), so the
 * same file imported into one and not the other. A NUL says nothing in a text; values come in without it.
 */
public final class NulCharacters {
    private NulCharacters() {
    }

    /** {@code value} without its NUL characters; itself (or null) when it has none. */
    public static String removed(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }
}
