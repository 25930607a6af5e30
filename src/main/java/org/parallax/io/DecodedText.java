package org.parallax.io;

import java.util.List;

/** Text decoded from a file's bytes, with one line per thing the user should know about (e.g. bad bytes). */
record DecodedText(String text, List<String> warnings) {
    DecodedText {
        warnings = List.copyOf(warnings);
    }

    static DecodedText clean(String text) {
        return new DecodedText(text, List.of());
    }
}
