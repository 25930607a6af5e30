package org.parallax.io.refi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * How many codes, sets, users, sources, selections, codings and notes a REFI-QDA file may hold: far more than a
 * project has, and few enough that importing them takes seconds. A file of 300,000 flat codes ran for minutes, and
 * free notes for hours, before anything said what was wrong; such a file is now refused in one line as the element
 * past the limit is read, before anything is written. Selections and codings are limited above what a project holds
 * (the benchmark's largest has 3 million passages), so a project's own export always reads back: for them the heap
 * is the limit, and running out of it is said in one line naming the file.
 */
final class ExchangeLimits {
    private record Limit(String what, int most) {
    }

    /** Selections, and codings, a file may hold. */
    static final int MOST_PASSAGES = 10_000_000;
    private static final Limit SOURCES = new Limit("sources", 100_000);
    private static final Map<String, Limit> BY_ELEMENT = Map.ofEntries(
            Map.entry("Code", new Limit("codes", 50_000)),
            Map.entry("Set", new Limit("code sets", 10_000)),
            Map.entry("User", new Limit("users", 10_000)),
            Map.entry("TextSource", SOURCES), Map.entry("PDFSource", SOURCES), Map.entry("PictureSource", SOURCES),
            Map.entry("AudioSource", SOURCES), Map.entry("VideoSource", SOURCES),
            Map.entry("PlainTextSelection", new Limit("selections", MOST_PASSAGES)),
            Map.entry("Coding", new Limit("codings", MOST_PASSAGES)),
            Map.entry("Note", new Limit("notes", 100_000)));

    private final String fileName;
    private final Map<Limit, Integer> seen = new HashMap<>();

    ExchangeLimits(String fileName) {
        this.fileName = fileName;
    }

    /** Counts one element of this local name; refuses the file when it is one past its kind's limit. */
    void count(String localName) {
        Limit limit = BY_ELEMENT.get(localName);
        if (limit != null && seen.merge(limit, 1, Integer::sum) > limit.most()) {
            throw new RefiException(String.format(Locale.ROOT, "%s: holds more than %,d %s, the import limit; nothing "
                    + "was imported", fileName, limit.most(), limit.what()));
        }
    }

    /** Counts every element of a document read whole (a .qdc). */
    void countAll(Element root) {
        count(root.getLocalName());
        var all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            count(all.item(i).getLocalName());
        }
    }
}
