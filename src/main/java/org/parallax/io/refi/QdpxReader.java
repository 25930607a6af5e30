package org.parallax.io.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parallax.io.ImportLimits;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.User;
import org.parallax.io.refi.SourceReader.VariableDef;
import org.parallax.model.Counted;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA project file (.qdpx) written by any tool, under import limits, tolerating the known deviations
 * (another .qde name, Sources/ for sources/, non-GUID ids, missing colours, position conventions). What it cannot
 * use is listed in {@link RefiImport#problems()}.
 *
 * <p>The project.qde is streamed: the small parts (users, code book, variables, sets, description) are read whole,
 * the sources and notes one at a time, each turned into plain data before the next is read. So the memory it takes
 * follows what is kept (texts, selections and codings), not the XML's size: a year's team project exported by
 * NVivo or ATLAS.ti has a project.qde of hundreds of megabytes, which held as a DOM took several times that.
 * Sources need the code book and the variables, which the standard puts before them; a file that puts either after
 * the sources is read twice, first for those parts and then for its sources and notes.
 */
public final class QdpxReader {
    /**
     * A project file carries a whole project, not one document: up to 100,000 entries (sources) and
     * 1 GB unpacked, so every project Parallax can export reads back; the file itself up to 1 GB.
     */
    public static final ImportLimits PROJECT_LIMITS = new ImportLimits(1L << 30, 100_000, 1L << 30, 100);

    /** Parts of the project read whole; the others are skipped (Links and Graphs only noted). */
    private static final Set<String> PARTS_KEPT = Set.of("Users", "CodeBook", "Variables", "Cases", "Sets",
            "Description");
    /** Parts the sources need before them. */
    private static final Set<String> PARTS_NEEDED_BY_SOURCES = Set.of("CodeBook", "Variables", "Cases");

    private final ImportLimits limits;

    public QdpxReader(ImportLimits limits) {
        this.limits = limits;
    }

    public QdpxReader() {
        this(PROJECT_LIMITS);
    }

    public RefiImport read(Path file) {
        try (ZipContents zip = ZipContents.open(file, limits)) {
            try {
                return new Reading(file, zip, limits).read(false);
            } catch (PartsAfterSources late) {
                return new Reading(file, zip, limits).read(true);
            }
        }
    }

    /** Met a code book or variables after sources were read, in a single pass: the file must be read twice. */
    private static final class PartsAfterSources extends RuntimeException {
        PartsAfterSources() {
            super(null, null, false, false);
        }
    }

    /** One reading of the project file, in one pass or in two (the parts first, then sources and notes). */
    private static final class Reading {
        private final String fileName;
        private final ZipContents zip;
        private final ExternalTextFiles external;
        private final List<String> problems;
        private final String qde;
        private final DomFromStream dom;
        private final CodebookXmlReader codebook;
        private final Map<String, VariableDef> variables = new HashMap<>();
        private final SourceReader sourceReader;
        private final SelectionXml selectionXml;
        private final List<User> users = new ArrayList<>();
        private List<CodeNode> codes = List.of();
        private final List<Source> sources = new ArrayList<>();
        /** The sources the file names, of every kind, read or not. */
        private int sourcesNamed;
        private final List<Note> notes = new ArrayList<>();
        /** The Project element holding the parts read whole. */
        private Element root;
        private final Set<String> partsSeen = new HashSet<>();
        private boolean sourcesRead;
        private boolean ambiguityNoted;

        Reading(Path file, ZipContents zip, ImportLimits limits) {
            this.fileName = String.valueOf(file.getFileName());
            this.zip = zip;
            this.external = new ExternalTextFiles(file, limits.maxUnpackedBytes());
            this.dom = new DomFromStream(new ExchangeLimits(fileName));
            this.problems = new ArrayList<>(zip.refused());
            this.qde = qdeName(zip, fileName, problems);
            this.codebook = new CodebookXmlReader(fileName, problems);
            this.sourceReader = new SourceReader(zip, external, variables, codebook, problems);
            this.selectionXml = new SelectionXml(codebook);
        }

        RefiImport read(boolean twoPasses) {
            if (twoPasses) {
                pass(true, false, problems);
                partsSeen.clear();
                pass(false, true, new ArrayList<>());
            } else {
                pass(true, true, problems);
            }
            noteAmbiguity();
            for (String unused : List.of("Links", "Graphs")) {
                if (partsSeen.contains(unused)) {
                    problems.add(unused + " of the project not imported (Parallax has no equivalent yet)");
                }
            }
            noteNothingNamed();
            String name = Optional.ofNullable(Dom.attr(root, "name")).orElse(fileName);
            return new RefiImport(new ExchangeProject(name, Dom.attr(root, "origin"), users, codes,
                    Dom.child(root, "Sets").isPresent() ? codebook.sets(root) : List.of(), sources, notes,
                    Dom.childText(root, "Description")), problems, Math.max(0, sourcesNamed - sources.size()));
        }

        /**
         * A project that names no source, code or note imports nothing; said, since "0 documents added" alone reads as
         * if the archive's entries (30,000 of them, say) had been looked at and were all in the project already.
         */
        private void noteNothingNamed() {
            if (sources.isEmpty() && codes.isEmpty() && notes.isEmpty()) {
                int others = zip.names().size() - 1;
                problems.add(fileName + ": its " + qde + " names no source, code or note, so nothing was imported"
                        + (others > 0 ? "; the archive's " + Counted.of(others, "other entry", "other entries")
                        + " were not read, as only what " + qde + " names is" : ""));
            }
        }

        /** Reads the file once, taking its parts, its sources and notes, or both; {@code notes} gets the notes on its encoding. */
        private void pass(boolean parts, boolean streamed, List<String> encodingNotes) {
            String what = fileName + ": " + qde;
            try (SecureXml.XmlStream xml = SecureXml.stream(() -> zip.open(qde).orElseThrow(), what, encodingNotes)) {
                XMLStreamReader in = xml.reader();
                toRoot(in, what);
                if (root == null) {
                    root = dom.shell(in);
                    external.basePath(Dom.attr(root, "basePath"));
                }
                for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
                    if (event == XMLStreamConstants.DTD) {
                        throw SecureXml.refuseDoctype(what);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        part(in, parts, streamed);
                    }
                }
                while (in.hasNext()) {
                    // What follows the project (comments, or damage) must still be well-formed XML.
                    in.next();
                }
            } catch (XMLStreamException e) {
                throw SecureXml.notReadable(what, e);
            }
        }

        private void toRoot(XMLStreamReader in, String what) throws XMLStreamException {
            while (in.getEventType() != XMLStreamConstants.START_ELEMENT) {
                if (in.getEventType() == XMLStreamConstants.DTD) {
                    throw SecureXml.refuseDoctype(what);
                }
                if (!in.hasNext()) {
                    throw new RefiException(what + ": not readable XML (no root element)");
                }
                in.next();
            }
            if (!"Project".equals(in.getLocalName())) {
                throw new RefiException(fileName + ": " + qde + " is not a REFI-QDA project (root element "
                        + in.getLocalName() + ")");
            }
        }

        /** One child of the Project element; only the first of each name counts, as a DOM reading took it. */
        private void part(XMLStreamReader in, boolean parts, boolean streamed) throws XMLStreamException {
            String name = in.getLocalName();
            boolean first = partsSeen.add(name);
            boolean isStreamed = name.equals("Sources") || name.equals("Notes");
            if (!first || (isStreamed ? !streamed : !parts || !PARTS_KEPT.contains(name))) {
                DomFromStream.skip(in);
                return;
            }
            if (isStreamed) {
                if (name.equals("Sources")) {
                    sources(in);
                    noteAmbiguity();
                } else {
                    noteAmbiguity();
                    notes(in);
                }
                sourcesRead = true;
                return;
            }
            if (sourcesRead && PARTS_NEEDED_BY_SOURCES.contains(name)) {
                throw new PartsAfterSources();
            }
            Element part = dom.element(in);
            if (!name.equals("Cases")) {
                // Cases are read here and let go: NVivo's can name every selection a case codes.
                root.appendChild(part);
            }
            switch (name) {
                case "Users" -> users(part);
                case "CodeBook" -> codes = codebook.codes(part);
                case "Variables" -> variables(part);
                case "Cases" -> sourceReader.cases(part);
                default -> {
                    // Sets and the description are read at the end, from the root.
                }
            }
        }

        private void users(Element usersPart) {
            for (Element u : Dom.children(usersPart, "User")) {
                String name = Dom.attr(u, "name") != null ? Dom.attr(u, "name") : Dom.attr(u, "id");
                users.add(new User(codebook.guid(u, "user", name), name));
            }
        }

        private void variables(Element variablesPart) {
            for (Element v : Dom.children(variablesPart, "Variable")) {
                String name = Dom.attr(v, "name");
                variables.put(codebook.guid(v, "variable", name), new VariableDef(name, "Date".equals(Dom.attr(v,
                        "typeOfVariable"))));
            }
        }

        /**
         * The sources, one element at a time: text sources before PDFs, and media refused after both, as they
         * were listed when the whole file was read at once (the order documents are added in).
         */
        private void sources(XMLStreamReader in) throws XMLStreamException {
            List<Source> pdfs = new ArrayList<>();
            List<String> media = new ArrayList<>();
            for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (in.getLocalName().endsWith("Source")) {
                    sourcesNamed++;
                }
                switch (in.getLocalName()) {
                    case "TextSource" -> {
                        Map<Element, List<SelectionXml.Read>> selections = new IdentityHashMap<>();
                        Element s = source(in, selections);
                        String name = Optional.ofNullable(Dom.attr(s, "name")).orElse("unnamed");
                        sourceReader.read(s, selections.getOrDefault(s, List.of()), codebook.guid(s, "source", name),
                                name, s).ifPresent(sources::add);
                    }
                    case "PDFSource" -> {
                        Map<Element, List<SelectionXml.Read>> selections = new IdentityHashMap<>();
                        pdf(source(in, selections), selections).ifPresent(pdfs::add);
                    }
                    case "PictureSource", "AudioSource", "VideoSource" -> {
                        media.add(in.getLocalName().replace("Source", "").toLowerCase(Locale.ROOT) + " source '"
                                + Dom.attr(dom.shell(in), "name") + "' not imported (Parallax reads text only)");
                        DomFromStream.skip(in);
                    }
                    default -> DomFromStream.skip(in);
                }
            }
            sources.addAll(pdfs);
            problems.addAll(media);
        }

        /** A source element without its text selections, which go into {@code selections} by the element holding them. */
        private Element source(XMLStreamReader in, Map<Element, List<SelectionXml.Read>> selections)
                throws XMLStreamException {
            return dom.element(in, "PlainTextSelection", (parent, selection) -> selections
                    .computeIfAbsent(parent, p -> new ArrayList<>()).add(selectionXml.read(selection)));
        }

        private Optional<Source> pdf(Element pdf, Map<Element, List<SelectionXml.Read>> selections) {
            String name = Optional.ofNullable(Dom.attr(pdf, "name")).orElse("unnamed PDF");
            Optional<Element> representation = Dom.child(pdf, "Representation");
            if (representation.isEmpty()) {
                problems.add("PDF source '" + name + "' has no text representation; not imported");
                return Optional.empty();
            }
            if (!Dom.children(pdf, "PDFSelection").isEmpty()) {
                problems.add("PDF source '" + name + "': " + Counted.of(Dom.children(pdf,
                        "PDFSelection").size(), "area selection") + " not imported (only text selections are)");
            }
            return sourceReader.read(representation.get(), selections.getOrDefault(representation.get(), List.of()),
                    codebook.guid(pdf, "source", name), name, pdf);
        }

        private void notes(XMLStreamReader in) throws XMLStreamException {
            for (int event = in.next(); event != XMLStreamConstants.END_ELEMENT; event = in.next()) {
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!in.getLocalName().equals("Note")) {
                    DomFromStream.skip(in);
                    continue;
                }
                Element n = dom.element(in);
                String name = Dom.attr(n, "name");
                String guid = codebook.guid(n, "note", name);
                String text = sourceReader.noteText(n, name == null ? guid : name);
                if (text != null && !text.isBlank()) {
                    notes.add(new Note(guid, name, text, RefiIds.canonical(Dom.attr(n, "creatingUser")),
                            Dom.instant(n, "creationDateTime"), range(n),
                            RefiIds.canonical(Dom.attr(n, "modifyingUser")), Dom.instant(n, "modifiedDateTime")));
                }
            }
        }

        /** The range of the note's own first selection, null when it has none or its positions are not numbers. */
        private static ExchangeProject.Range range(Element note) {
            Element selection = Dom.child(note, "PlainTextSelection").orElse(null);
            String start = selection == null ? null : Dom.attr(selection, "startPosition");
            String end = selection == null ? null : Dom.attr(selection, "endPosition");
            if (start == null || end == null) {
                return null;
            }
            try {
                ExchangeProject.Range range = new ExchangeProject.Range(Long.parseLong(start.strip()),
                        Long.parseLong(end.strip()));
                return range.start() >= 0 && range.end() >= range.start() ? range : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** Once, after the sources (whose codings it counts) and before the notes, as before. */
        private void noteAmbiguity() {
            if (!ambiguityNoted) {
                ambiguityNoted = true;
                codebook.noteAmbiguousCodes();
            }
        }
    }

    /** project.qde as the standard says, else the only .qde in the archive (reported). */
    private static String qdeName(ZipContents zip, String fileName, List<String> problems) {
        List<String> candidates = zip.names().stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".qde")).toList();
        Optional<String> standard = candidates.stream().filter(n -> n.equalsIgnoreCase("project.qde")).findFirst();
        if (standard.isPresent()) {
            return standard.get();
        }
        if (candidates.isEmpty()) {
            throw new RefiException(fileName + ": no project.qde inside; not a REFI-QDA project file");
        }
        problems.add("The project XML is named '" + candidates.get(0) + "' instead of project.qde; read it anyway");
        return candidates.get(0);
    }
}
