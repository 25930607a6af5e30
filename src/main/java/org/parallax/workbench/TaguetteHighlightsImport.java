package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.io.TaguetteHighlights;
import org.parallax.io.TaguetteHighlights.Highlight;
import org.parallax.io.refi.ExchangeProject;
import org.parallax.io.refi.ExchangeProject.Coding;
import org.parallax.io.refi.ExchangeProject.Selection;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.User;
import org.parallax.io.refi.RefiIds;
import org.parallax.io.refi.RefiImport;
import org.parallax.model.Counted;
import org.parallax.model.Document;

/**
 * Turns Taguette's highlights sheet into what a REFI-QDA import brings, so it merges the same way: each tag a code
 * (merged by name, nested under its parent where the sheet names one: {@link TaguetteTags}), each highlight a passage of the active coder in the project's document of that name (its title,
 * or its file's name with or without extension), found by its text. Taguette writes neither offsets nor texts, so
 * the documents are imported first; a highlight is looked for after the one before it in its document (the sheet
 * lists them in document order), then anywhere, with any run of spaces and line breaks matching any other.
 */
final class TaguetteHighlightsImport {
    private final Project project;
    private final String fileName;
    private final List<String> problems = new ArrayList<>();
    /** The GUID of each highlight's code (a highlight is one row: records of equal rows are one key, one code). */
    private final Map<Highlight, String> codeGuids = new HashMap<>();

    private TaguetteHighlightsImport(Project project, Path csv) {
        this.project = project;
        this.fileName = String.valueOf(csv.getFileName());
    }

    static RefiImport read(Project project, Path csv) {
        return new TaguetteHighlightsImport(project, csv).read(TaguetteHighlights.read(csv));
    }

    private RefiImport read(List<Highlight> highlights) {
        String coder = project.activeCoder().name();
        String userGuid = guid("coder:" + coder);
        Map<String, List<Highlight>> byDocument = new LinkedHashMap<>();
        TaguetteTags tags = new TaguetteTags(this::guid);
        int untagged = 0;
        for (Highlight h : highlights) {
            if (h.tag() == null || h.document() == null || h.content().isBlank()) {
                untagged++;
                continue;
            }
            codeGuids.put(h, tags.add(h));
            byDocument.computeIfAbsent(h.document(), d -> new ArrayList<>()).add(h);
        }
        if (untagged > 0) {
            problems.add(fileName + ": " + Counted.of(untagged, "row") + " without a document, tag or text not imported");
        }
        Map<String, List<Document>> documentsByName = documentsByName(project.documents.list());
        List<Source> sources = new ArrayList<>();
        byDocument.forEach((name, rows) -> source(name, documentsByName.getOrDefault(key(name), List.of()), rows,
                userGuid).ifPresent(sources::add));
        return new RefiImport(new ExchangeProject(fileName, "Taguette", List.of(new User(userGuid, coder)), tags.codes(),
                List.of(), sources, List.of()), problems);
    }

    private Optional<Source> source(String name, List<Document> named, List<Highlight> rows, String userGuid) {
        if (named.size() != 1) {
            problems.add(fileName + ": " + Counted.of(rows.size(), "highlight") + " of document '" + name
                    + "' not imported (" + (named.isEmpty() ? "no document of the project has that title or file "
                    + "name: import the document first" : named.size() + " documents have that title or file name")
                    + ")");
            return Optional.empty();
        }
        Document document = named.get(0);
        String text = project.documents.text(document.id());
        LooseText loose = new LooseText(text);
        List<Selection> selections = new ArrayList<>();
        int from = 0;
        for (Highlight h : rows) {
            int[] range = loose.find(h.content(), from);
            if (range == null) {
                range = loose.find(h.content(), 0);
            }
            if (range == null) {
                problems.add(fileName + " row " + h.row() + ": the highlighted text is not in '" + name + "' ("
                        + abbreviated(h.content()) + "); not imported");
                continue;
            }
            from = range[0];
            String key = name + ":" + h.row() + ":" + h.tag();
            selections.add(new Selection(guid("highlight:" + key), range[0], range[1], userGuid, null,
                    List.of(new Coding(guid("coding:" + key), codeGuids.get(h), userGuid, null, List.of())),
                    List.of()));
        }
        return Optional.of(new Source(guid("document:" + document.contentHash()), document.title(), text,
                Map.of(), selections, null));
    }

    /**
     * The project's documents under each name Taguette may know them by: the title, the file's name with and without
     * extension, compared without case. Built once per import: a sheet names as many documents as the project holds.
     */
    private static Map<String, List<Document>> documentsByName(List<Document> documents) {
        Map<String, List<Document>> byName = new HashMap<>();
        for (Document d : documents) {
            String file = d.sourceFile() == null ? "" : Path.of(d.sourceFile()).getFileName().toString();
            int dot = file.lastIndexOf('.');
            Set<String> names = new HashSet<>();
            for (String n : Arrays.asList(d.title(), file, dot > 0 ? file.substring(0, dot) : file)) {
                if (n != null && names.add(key(n))) {
                    byName.computeIfAbsent(key(n), k -> new ArrayList<>()).add(d);
                }
            }
        }
        return byName;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String abbreviated(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? "\"" + one + "\"" : "\"" + one.substring(0, 57) + "...\"";
    }

    private String guid(String key) {
        return RefiIds.stable(fileName, key);
    }

    /** A text searched with every run of whitespace as one space, positions given back in the text itself. */
    private static final class LooseText {
        private final String compact;
        private final int[] positions;

        LooseText(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] at = new int[text.length()];
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!space && out.length() > 0) {
                        at[out.length()] = i;
                        out.append(' ');
                    }
                    space = true;
                } else {
                    at[out.length()] = i;
                    out.append(c);
                    space = false;
                }
            }
            this.compact = out.toString();
            this.positions = at;
        }

        /** [start, end) of {@code snippet} at or after {@code from} in the text, or null. */
        int[] find(String snippet, int from) {
            String wanted = snippet.strip().replaceAll("\\s+", " ");
            int found = Arrays.binarySearch(positions, 0, compact.length(), from);
            int fromCompact = found >= 0 ? found : -found - 1;
            int i = compact.indexOf(wanted, fromCompact);
            return i < 0 ? null : new int[] {positions[i], positions[i + wanted.length() - 1] + 1};
        }
    }
}
