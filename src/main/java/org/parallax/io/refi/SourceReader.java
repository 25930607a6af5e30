package org.parallax.io.refi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.io.BinaryText;
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
    private final ExternalTextFiles external;
    private final Map<String, VariableDef> variables;
    private final CodebookXmlReader ids;
    private final List<String> problems;
    private final CaseAttributes cases;

    SourceReader(ZipContents zip, ExternalTextFiles external, Map<String, VariableDef> variables,
                 CodebookXmlReader ids, List<String> problems) {
        this.zip = zip;
        this.external = external;
        this.variables = variables;
        this.ids = ids;
        this.problems = problems;
        this.cases = new CaseAttributes(problems);
    }

    /** Reads the project's Cases, whose values its sources then carry ({@link CaseAttributes}). */
    void cases(Element casesPart) {
        cases.read(casesPart, this::variables);
    }

    /**
     * Reads a TextSource (or a PDF's text Representation) whose selections were read apart ({@link SelectionXml});
     * empty when it has no usable text.
     */
    Optional<Source> read(Element element, List<SelectionXml.Read> read, String guid, String name,
                          Element variablesFrom) {
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
        List<RawSelection> rawSelections = read.stream().map(SelectionXml.Read::raw).toList();
        PositionDetector detector = new PositionDetector(raw);
        PositionConvention convention = detector.detect(rawSelections);
        NormalisedIndex toNormalised = new NormalisedIndex(raw);
        List<Selection> selections = new ArrayList<>();
        for (SelectionXml.Read s : read) {
            int start = detector.toRawIndex(convention, s.raw().start());
            int end = detector.toRawIndex(convention, s.raw().end());
            String selGuid = ids.guid(s.id());
            if (start < 0 || end < 0 || end <= start) {
                problems.add(label + ": selection " + selGuid + " " + refusal(s) + "; not imported");
                continue;
            }
            List<Coding> codings = codings(s);
            if (codings.isEmpty() && !s.codings().isEmpty()) {
                // Each of its codings named a GUID several codes carry: noted once for the file.
                continue;
            }
            selections.add(new Selection(selGuid, toNormalised.of(start), toNormalised.of(end), s.userGuid(),
                    s.created(), codings, s.noteGuids(), s.description()));
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
        if (bytes.isEmpty() && ExternalTextFiles.external(path)) {
            ExternalTextFiles.Lookup found = external.find(path);
            if (found.bytes() == null) {
                problems.add(label + ": " + found.notRead());
                return null;
            }
            return utf8Text(found.bytes(), path, label);
        }
        if (bytes.isEmpty()) {
            problems.add(label + ": its text file '" + path + "' is missing from " + zip.fileName() + "; not imported");
            return null;
        }
        return utf8Text(bytes.get(), path, label);
    }

    /**
     * The text file's text; null (reported) when it is not UTF-8, as REFI-QDA's plain text must be, or holds binary
     * data: a picture or a Windows-1251 text under a source's name was imported as a document of replacement
     * characters and zero bytes, with its passages coded in them.
     */
    private String utf8Text(byte[] bytes, String path, String label) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(label + ": its text file '" + path + "' is not UTF-8 text, as REFI-QDA's plain text must be "
                    + "(binary data, or text saved in another encoding); not imported");
            return null;
        }
        if (BinaryText.looksBinary(text)) {
            problems.add(label + ": its text file '" + path + "' holds binary data (zero bytes or control "
                    + "characters), not text; not imported");
            return null;
        }
        return text;
    }

    /**
     * internal://X is sources/X (any capitalisation of the folder); relative://, absolute:// and others by file name,
     * as some tools put them in the archive too (those not there are looked for beside it, {@link ExternalTextFiles}).
     */
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

    private List<Coding> codings(SelectionXml.Read selection) {
        List<Coding> out = new ArrayList<>();
        for (SelectionXml.ReadCoding c : selection.codings()) {
            if (c.codeGuid() != null && !ids.unambiguousCode(c.codeGuid())) {
                continue;
            }
            out.add(new Coding(ids.guid(c.id()), c.codeGuid(), c.userGuid(), c.created(), c.noteGuids()));
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

    /**
     * Why a selection that could not be placed in the text was refused, in the file's own words: a position
     * missing, not a number or past 2^63 (read as -1, it would otherwise be named as if the file said -1), one
     * below 0, an end not after the start, or positions beyond the text.
     */
    private static String refusal(SelectionXml.Read selection) {
        RawSelection read = selection.raw();
        for (String attribute : List.of("startPosition", "endPosition")) {
            String value = selection.attribute(attribute);
            if (value == null || value.isBlank()) {
                return "has no " + attribute;
            }
            String stripped = value.strip().replaceAll("\\p{Cntrl}", " ");
            String shown = TextLimits.shown(stripped);
            if (!stripped.matches("[-+]?\\d+")) {
                return "has " + attribute + " \"" + shown + "\", which is not a whole number";
            }
            long number = attribute.equals("startPosition") ? read.start() : read.end();
            if (number == -1 && !stripped.equals("-1")) {
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
