package org.parallax.io.refi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.io.TextNormalizer;
import org.parallax.io.refi.ExchangeProject.Coding;
import org.parallax.io.refi.ExchangeProject.Selection;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.Variable;
import org.parallax.io.refi.PositionDetector.RawSelection;
import org.parallax.model.TextLimits;
import org.w3c.dom.Element;

/**
 * Reads one text source of a .qde: its plain text (inline or from the archive), its variables, and its
 * selections, whose positions are converted from the detected convention to UTF-16 indices of the
 * normalised text Parallax stores.
 */
final class SourceReader {
    /** A declared variable: its name and whether it holds dates. */
    record VariableDef(String name, boolean date) {
    }

    private final ZipContents zip;
    private final Map<String, VariableDef> variables;
    private final CodebookXmlReader ids;
    private final List<String> problems;
    private final Map<String, String> repeated = new java.util.HashMap<>();
    private final CaseAttributes cases;

    SourceReader(ZipContents zip, Map<String, VariableDef> variables, CodebookXmlReader ids, List<String> problems) {
        this.zip = zip;
        this.variables = variables;
        this.ids = ids;
        this.problems = problems;
        this.cases = new CaseAttributes(problems);
    }

    /** Reads the project's Cases, whose values its sources then carry ({@link CaseAttributes}). */
    void cases(Element casesPart) {
        cases.read(casesPart, this::variables);
    }

    /** Reads a TextSource (or a PDF's text Representation); empty when it has no usable text. */
    Optional<Source> read(Element element, String guid, String name, Element variablesFrom) {
        String label = "Source '" + name + "'";
        String raw = rawText(element, label);
        if (raw == null) {
            return Optional.empty();
        }
        String text = TextNormalizer.normalize(raw);
        if (text.isBlank()) {
            problems.add(label + ": its plain text is empty; not imported");
            return Optional.empty();
        }
        List<Element> selectionElements = Dom.children(element, "PlainTextSelection");
        List<RawSelection> rawSelections = new ArrayList<>();
        for (Element s : selectionElements) {
            rawSelections.add(new RawSelection(number(s, "startPosition"), number(s, "endPosition"), Dom.attr(s, "name")));
        }
        PositionDetector detector = new PositionDetector(raw);
        PositionConvention convention = detector.detect(rawSelections);
        NormalisedIndex toNormalised = new NormalisedIndex(raw);
        List<Selection> selections = new ArrayList<>();
        for (int i = 0; i < selectionElements.size(); i++) {
            Element s = selectionElements.get(i);
            int start = detector.toRawIndex(convention, rawSelections.get(i).start());
            int end = detector.toRawIndex(convention, rawSelections.get(i).end());
            String selGuid = ids.guid(s, "selection", Dom.attr(s, "name"));
            if (start < 0 || end < 0 || end <= start) {
                problems.add(label + ": selection " + selGuid + " " + refusal(s, rawSelections.get(i))
                        + "; not imported");
                continue;
            }
            List<Coding> codings = codings(s);
            if (codings.isEmpty() && !Dom.children(s, "Coding").isEmpty()) {
                // Each of its codings named a GUID several codes carry: noted once for the file.
                continue;
            }
            selections.add(new Selection(selGuid, toNormalised.of(start), toNormalised.of(end),
                    canonicalAttr(s, "creatingUser"), Dom.instant(s, "creationDateTime"), codings, Dom.refs(s, "NoteRef"),
                    Dom.childText(s, "Description")));
        }
        int wholeSourceCodings = Dom.children(element, "Coding").size();
        if (wholeSourceCodings > 0) {
            problems.add(label + ": " + wholeSourceCodings + " codings of the whole source not imported "
                    + "(Parallax codes passages)");
        }
        return Optional.of(new Source(guid, name, text, cases.withCases(guid, variables(variablesFrom, label), label),
                selections, convention, Dom.childText(element, "Description"), Dom.refs(variablesFrom, "NoteRef")));
    }

    /**
     * The text of a Note, normalised; null when it has none. Its selections are not read: Parallax keeps a note as
     * a memo, and QualCoder puts in a note's selection the range of the source it annotates, which read as a range
     * of the note's own text was reported as lying outside it.
     */
    String noteText(Element note, String name) {
        String raw = rawText(note, "Note '" + name + "'");
        return raw == null ? null : TextNormalizer.normalize(raw);
    }

    /** The plain text of a source or note without a byte-order mark; null (reported) when it has none. */
    private String rawText(Element element, String label) {
        String raw = text(element, label);
        return raw != null && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    }

    private String text(Element element, String label) {
        String inline = Dom.childText(element, "PlainTextContent");
        if (inline != null) {
            return inline;
        }
        String path = Dom.attr(element, "plainTextPath");
        if (path == null) {
            problems.add(label + ": has no plain-text representation"
                    + (Dom.attr(element, "richTextPath") != null ? " (rich text only)" : "") + "; not imported");
            return null;
        }
        Optional<byte[]> bytes = locate(path);
        if (bytes.isEmpty()) {
            problems.add(label + ": its text file '" + path + "' is missing from the archive; not imported");
            return null;
        }
        return new String(bytes.get(), StandardCharsets.UTF_8);
    }

    /** internal://X is sources/X (any capitalisation of the folder); relative:// and others by file name. */
    private Optional<byte[]> locate(String path) {
        String file = path.replaceFirst("^[a-zA-Z]+://", "").replace('\\', '/');
        while (file.startsWith("/")) {
            file = file.substring(1);
        }
        Optional<byte[]> found = zip.find("sources/" + file);
        if (found.isEmpty()) {
            found = zip.find(file);
        }
        return found;
    }

    private List<Coding> codings(Element selection) {
        List<Coding> out = new ArrayList<>();
        for (Element c : Dom.children(selection, "Coding")) {
            String code = Dom.child(c, "CodeRef").map(r -> shared(RefiIds.canonical(Dom.attr(r, "targetGUID"))))
                    .orElse(null);
            if (code != null && !ids.unambiguousCode(code)) {
                continue;
            }
            out.add(new Coding(ids.guid(c, "coding", null), code, canonicalAttr(c, "creatingUser"),
                    Dom.instant(c, "creationDateTime"), Dom.refs(c, "NoteRef")));
        }
        return out;
    }

    private Map<String, Variable> variables(Element from, String label) {
        Map<String, Variable> out = new LinkedHashMap<>();
        for (Element v : Dom.children(from, "VariableValue")) {
            String ref = Dom.child(v, "VariableRef").map(r -> RefiIds.canonical(Dom.attr(r, "targetGUID"))).orElse(null);
            VariableDef def = variables.get(ref);
            if (def == null) {
                problems.add(label + ": a value of an undeclared variable (" + ref + ") not imported");
                continue;
            }
            for (String kind : List.of("TextValue", "DateValue", "DateTimeValue", "IntegerValue", "FloatValue",
                    "BooleanValue")) {
                String value = Dom.childText(v, kind);
                if (value != null) {
                    out.put(def.name(), new Variable(value.strip(), kind.equals("DateValue")));
                }
            }
        }
        return out;
    }

    /** A user's or code's GUID, in canonical spelling, one String for all its repetitions. */
    private String canonicalAttr(Element e, String name) {
        return shared(RefiIds.canonical(Dom.attr(e, name)));
    }

    /**
     * The one copy of an id that recurs on every selection (its coder, its code): a large project repeats a few
     * dozen of them hundreds of thousands of times, a new String each as read.
     */
    private String shared(String id) {
        return id == null ? null : repeated.computeIfAbsent(id, k -> k);
    }

    /** The position in attribute {@code name}, or -1 (never a position) when it holds none ({@link #refusal}). */
    private static long number(Element e, String name) {
        try {
            return Long.parseLong(String.valueOf(Dom.attr(e, name)).strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /**
     * Why a selection that could not be placed in the text was refused, in the file's own words: a position
     * missing, not a number or past 2^63 (read as -1, it would otherwise be named as if the file said -1), one
     * below 0, an end not after the start, or positions beyond the text.
     */
    private static String refusal(Element selection, RawSelection read) {
        for (String attribute : List.of("startPosition", "endPosition")) {
            String value = Dom.attr(selection, attribute);
            if (value == null || value.isBlank()) {
                return "has no " + attribute;
            }
            String stripped = value.strip().replaceAll("\\p{Cntrl}", " ");
            String shown = TextLimits.shown(stripped);
            if (!stripped.matches("[-+]?\\d+")) {
                return "has " + attribute + " \"" + shown + "\", which is not a whole number";
            }
            if (number(selection, attribute) == -1 && !stripped.equals("-1")) {
                return "has " + attribute + " " + shown + (stripped.startsWith("-") ? ", below 0"
                        : ", beyond any text (a number past 2^63)");
            }
        }
        String span = "[" + read.start() + ", " + read.end() + ")";
        if (read.start() < 0) {
            return span + " starts before the text (positions count from 0)";
        }
        if (read.end() <= read.start()) {
            return span + (read.end() == read.start() ? " is empty" : " ends before it starts");
        }
        return span + " lies outside the text";
    }
}
