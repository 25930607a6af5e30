package org.parallax.io.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.io.ImportLimits;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.User;
import org.parallax.io.refi.SourceReader.VariableDef;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA project file (.qdpx) written by any tool, in memory and under import limits, tolerating
 * the known deviations (another .qde name, Sources/ for sources/, non-GUID ids, missing colours, position
 * conventions). What it cannot use is listed in {@link RefiImport#problems()}.
 */
public final class QdpxReader {
    /**
     * A project file carries a whole project, not one document: up to 100,000 entries (sources) and
     * 1 GB unpacked, so every project Parallax can export reads back; the file itself up to 1 GB.
     */
    public static final ImportLimits PROJECT_LIMITS = new ImportLimits(1L << 30, 100_000, 1L << 30, 100);

    private final ImportLimits limits;

    public QdpxReader(ImportLimits limits) {
        this.limits = limits;
    }

    public QdpxReader() {
        this(PROJECT_LIMITS);
    }

    public RefiImport read(Path file) {
        String fileName = String.valueOf(file.getFileName());
        ZipContents zip = ZipContents.read(file, limits);
        List<String> problems = new ArrayList<>(zip.refused());
        String qde = qdeName(zip, fileName, problems);
        Element root = SecureXml.parse(zip.find(qde).orElseThrow(), fileName + " " + qde, problems)
                .getDocumentElement();
        if (!"Project".equals(Dom.name(root))) {
            throw new RefiException(fileName + ": " + qde + " is not a REFI-QDA project (root element "
                    + Dom.name(root) + ")");
        }
        CodebookXmlReader codebook = new CodebookXmlReader(fileName, problems);
        List<User> users = new ArrayList<>();
        for (Element u : Dom.items(root, "Users", "User")) {
            String name = Dom.attr(u, "name") != null ? Dom.attr(u, "name") : Dom.attr(u, "id");
            users.add(new User(codebook.guid(u, "user", name), name));
        }
        var codes = Dom.child(root, "CodeBook").map(codebook::codes).orElse(List.of());
        Map<String, VariableDef> variables = new HashMap<>();
        for (Element v : Dom.items(root, "Variables", "Variable")) {
            String name = Dom.attr(v, "name");
            variables.put(codebook.guid(v, "variable", name), new VariableDef(name, "Date".equals(Dom.attr(v,
                    "typeOfVariable"))));
        }
        SourceReader sourceReader = new SourceReader(zip, variables, codebook, problems);
        List<Source> sources = sources(root, sourceReader, codebook, problems);
        codebook.noteAmbiguousCodes();
        List<Note> notes = new ArrayList<>();
        for (Element n : Dom.items(root, "Notes", "Note")) {
            String name = Dom.attr(n, "name");
            String guid = codebook.guid(n, "note", name);
            sourceReader.read(n, guid, name == null ? "note" : name, n).ifPresent(text -> notes.add(new Note(guid, name,
                    text.text(), RefiIds.canonical(Dom.attr(n, "creatingUser")), Dom.instant(n, "creationDateTime"))));
        }
        for (String unused : List.of("Cases", "Links", "Graphs")) {
            Dom.child(root, unused).ifPresent(e -> problems.add(unused + " of the project not imported "
                    + "(Parallax has no equivalent yet)"));
        }
        String name = Optional.ofNullable(Dom.attr(root, "name")).orElse(fileName);
        return new RefiImport(new ExchangeProject(name, Dom.attr(root, "origin"), users, codes,
                Dom.child(root, "Sets").isPresent() ? codebook.sets(root) : List.of(), sources, notes,
                Dom.childText(root, "Description")), problems);
    }

    private static List<Source> sources(Element root, SourceReader reader, CodebookXmlReader ids,
                                        List<String> problems) {
        List<Source> out = new ArrayList<>();
        Element container = Dom.child(root, "Sources").orElse(null);
        if (container == null) {
            return out;
        }
        for (Element s : Dom.children(container, "TextSource")) {
            String name = Optional.ofNullable(Dom.attr(s, "name")).orElse("unnamed");
            reader.read(s, ids.guid(s, "source", name), name, s).ifPresent(out::add);
        }
        for (Element pdf : Dom.children(container, "PDFSource")) {
            String name = Optional.ofNullable(Dom.attr(pdf, "name")).orElse("unnamed PDF");
            Optional<Element> representation = Dom.child(pdf, "Representation");
            if (representation.isEmpty()) {
                problems.add("PDF source '" + name + "' has no text representation; not imported");
                continue;
            }
            if (!Dom.children(pdf, "PDFSelection").isEmpty()) {
                problems.add("PDF source '" + name + "': " + Dom.children(pdf, "PDFSelection").size()
                        + " area selections not imported (only text selections are)");
            }
            reader.read(representation.get(), ids.guid(pdf, "source", name), name, pdf).ifPresent(out::add);
        }
        for (String media : List.of("PictureSource", "AudioSource", "VideoSource")) {
            for (Element m : Dom.children(container, media)) {
                problems.add(media.replace("Source", "").toLowerCase(Locale.ROOT) + " source '"
                        + Dom.attr(m, "name") + "' not imported (Parallax reads text only)");
            }
        }
        return out;
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
