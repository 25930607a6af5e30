package org.parallax.model;

import java.util.Arrays;
import java.util.Locale;

/** What a memo is written about: the whole project (the research journal), a document, a code or a coded passage. */
public enum MemoKind {
    PROJECT, DOCUMENT, CODE, PASSAGE;

    /** The lower-case name used in the project file, listings and exports: {@code project}, {@code passage}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this label, ignoring case; the error lists every allowed value. */
    public static MemoKind parse(String label) {
        return Arrays.stream(values())
                .filter(k -> k.label().equalsIgnoreCase(label == null ? "" : label.strip()))
                .findFirst()
                .orElseThrow(() -> new ParallaxException("Unknown memo kind '" + label
                        + "' (allowed: project, document, code, passage)"));
    }
}
