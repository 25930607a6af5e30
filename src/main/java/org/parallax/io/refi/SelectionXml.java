package org.parallax.io.refi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.io.refi.CodebookXmlReader.Id;
import org.parallax.io.refi.PositionDetector.RawSelection;
import org.w3c.dom.Element;

/**
 * Turns one PlainTextSelection element into plain data as it is read, before its source's text says how to place
 * it: held as a DOM until the source ended, the selections of one source of 200,000 took 300 MB, more than the
 * launchers' heap. What the file said wrongly (an id that is no GUID, a position that is no number) is kept to be
 * reported when the selection is placed, in the order the source's reading always reported it.
 */
final class SelectionXml {
    /**
     * A selection as read. {@code startAttribute} and {@code endAttribute} hold the attribute's text only when it
     * is not the plain number read into {@code raw} (then a refusal quotes it); "" stands for a missing one.
     */
    record Read(RawSelection raw, String startAttribute, String endAttribute, Id id, String userGuid,
                Instant created, List<ReadCoding> codings, List<String> noteGuids, String description) {
        /** The attribute's value as the file had it, null when missing or blank. */
        String attribute(String name) {
            boolean start = name.equals("startPosition");
            String kept = start ? startAttribute : endAttribute;
            if (kept == null) {
                return Long.toString(start ? raw.start() : raw.end());
            }
            return kept.isEmpty() ? null : kept;
        }
    }

    /** A coding of a selection as read; {@code codeGuid} is null when its CodeRef names no code. */
    record ReadCoding(Id id, String codeGuid, String userGuid, Instant created, List<String> noteGuids) {
    }

    private final CodebookXmlReader ids;
    private final Map<String, String> repeated = new HashMap<>();

    SelectionXml(CodebookXmlReader ids) {
        this.ids = ids;
    }

    Read read(Element s) {
        long start = number(s, "startPosition");
        long end = number(s, "endPosition");
        List<ReadCoding> codings = new ArrayList<>();
        for (Element c : Dom.children(s, "Coding")) {
            codings.add(new ReadCoding(ids.id(c, "coding", null), Dom.child(c, "CodeRef")
                    .map(r -> shared(RefiIds.canonical(Dom.attr(r, "targetGUID")))).orElse(null),
                    canonicalAttr(c, "creatingUser"), Dom.instant(c, "creationDateTime"), Dom.refs(c, "NoteRef")));
        }
        return new Read(new RawSelection(start, end, Dom.attr(s, "name")), unusual(s, "startPosition", start),
                unusual(s, "endPosition", end), ids.id(s, "selection", Dom.attr(s, "name")),
                canonicalAttr(s, "creatingUser"), Dom.instant(s, "creationDateTime"), codings, Dom.refs(s, "NoteRef"),
                Dom.childText(s, "Description"));
    }

    /** The attribute's text when the number read from it does not say it ("" when it is missing or blank). */
    private static String unusual(Element e, String name, long read) {
        String value = Dom.attr(e, name);
        if (value == null) {
            return "";
        }
        return value.equals(Long.toString(read)) ? null : value;
    }

    /** The position in attribute {@code name}, or -1 (never a position) when it holds none. */
    private static long number(Element e, String name) {
        try {
            return Long.parseLong(String.valueOf(Dom.attr(e, name)).strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private String canonicalAttr(Element e, String name) {
        return shared(RefiIds.canonical(Dom.attr(e, name)));
    }

    /**
     * The one copy of an id that recurs on every selection (its coder, its code): a large project repeats a few
     * dozen of them hundreds of thousands of times, a new String each as read.
     */
    String shared(String id) {
        return id == null ? null : repeated.computeIfAbsent(id, k -> k);
    }
}
