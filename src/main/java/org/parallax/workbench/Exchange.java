package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parallax.io.CodebookCsv;
import org.parallax.io.TaguetteHighlights;
import org.parallax.io.refi.QdcReader;
import org.parallax.io.refi.QdcWriter;
import org.parallax.io.refi.QdpxReader;
import org.parallax.io.refi.QdpxWriter;
import org.parallax.io.refi.RefiException;
import org.parallax.io.refi.RefiImport;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.model.DiskFullException;
import org.parallax.model.ParallaxException;
import org.parallax.model.ReadOnlyProjectException;
import org.parallax.store.DamagedProjectException;
import org.parallax.store.NotAMemberException;
import org.parallax.store.ProjectBusyException;
import org.parallax.store.ReaderNowException;
import org.parallax.store.ServerFullException;
import org.parallax.store.ServerLostException;
import org.parallax.store.UnreadablePageException;
import org.parallax.store.WritesRefusedException;

/**
 * REFI-QDA exchange use cases: export the project (.qdpx) or its codebook (.qdc), import either from
 * other tools. An import is one transaction: on any failure the project is left as it was.
 */
public final class Exchange {
    private static final System.Logger LOG = System.getLogger(Exchange.class.getName());
    /** The failures that refuse whatever is changed, not what one file brings ({@link #refusedByTheProject}). */
    private static final List<Class<? extends ParallaxException>> REFUSALS_OF_EVERY_CHANGE = List.of(
            ReadOnlyProjectException.class, DiskFullException.class, WritesRefusedException.class,
            DamagedProjectException.class, UnreadablePageException.class, ProjectBusyException.class,
            ServerLostException.class, ServerFullException.class, NotAMemberException.class, ReaderNowException.class);
    private final Project project;

    Exchange(Project project) {
        this.project = project;
    }

    /** Writes the whole project as a .qdpx file. */
    public void exportQdpx(Path out) {
        exportQdpx(out, false);
    }

    /**
     * Writes the whole project as a .qdpx file; with {@code pseudonymise}, values of sensitive attributes
     * and their occurrences in texts, titles and memos become stable pseudonyms (P01, P02, ...), and the warnings
     * the user must read before handing the file on are returned: the parts of sensitive values left in the texts
     * ({@link PartsLeftAlone}), looked for as the export reads each text, once, and in titles, memos and every other
     * text it carries. Either way, each evidence item the file cannot hold a passage of, so that reading it back
     * leaves the item out ({@link ExchangeTracing.Export#unlinked}), is named first.
     */
    public List<String> exportQdpx(Path out, boolean pseudonymise) {
        if (!project.pseudonymises(pseudonymise)) {
            Pseudonyms coders = Pseudonyms.coders(project);
            ExchangeSources feed = new ExchangeExport(project, coders).feed(projectName());
            new QdpxWriter().write(coders.active() ? feed.withNames(coders::text) : feed, out);
            return feed.evidenceUnlinked();
        }
        List<Document> listed = project.documents.list();
        Pseudonyms pseudonyms = Pseudonyms.of(project, listed);
        PartsLeftAlone parts = new PartsLeftAlone(project, listed);
        ExchangeSources feed = new ExchangeExport(project, pseudonyms, parts::lookReplaced).feed(projectName());
        new QdpxWriter().write(pseudonyms.active() ? feed.withNames(pseudonyms::text) : feed, out);
        parts.lookBeyondTexts();
        List<String> lines = new ArrayList<>(feed.evidenceUnlinked());
        lines.addAll(parts.lines());
        return lines;
    }

    /**
     * Refuses to write a pseudonymised file whose own name holds a sensitive value or a form of it, as the export would
     * replace it in a text ("Interview_Volkov.csv"), or a word of one in any case ("volkov_interview.csv",
     * {@link Pseudonyms#fileName}): the name goes wherever the file goes. So is one named after a coder while the
     * project pseudonymises its coders ("maria_kowalski.csv"). Nothing is checked when the file is not pseudonymised
     * ({@code pseudonymise} false, the session not pseudonymising every export, and the coders not pseudonymised).
     */
    public void refuseANamedFile(Path out, boolean pseudonymise) {
        if (out.getFileName() == null) {
            return;
        }
        Pseudonyms pseudonyms = PseudonymisedOutput.of(project, pseudonymise).pseudonyms();
        if (!pseudonyms.active()) {
            return;
        }
        String name = out.getFileName().toString();
        String replaced = pseudonyms.fileName(name);
        if (!replaced.equals(name)) {
            // The log hides the name the message quotes: coders named since the project opened too.
            LogNames.take(project);
            throw new ParallaxException(out + ": not written: the file's own name holds a name this pseudonymised "
                    + "export replaces, and it would go wherever the file goes; give the file a name without it, such "
                    + "as " + replaced);
        }
    }

    /** Writes the codebook alone as a .qdc file. */
    public void exportQdc(Path out) {
        Pseudonyms pseudonyms = PseudonymisedOutput.of(project).pseudonyms();
        ExchangeExport export = new ExchangeExport(project, pseudonyms);
        Codebook book = project.codebook.load();
        new QdcWriter().write(export.codes(book).stream().map(c -> c.withNames(pseudonyms::text)).toList(),
                export.sets(book).stream().map(s -> s.withNames(pseudonyms::text)).toList(), "Parallax", out);
    }

    /** Imports a .qdpx project: documents (matched by text), codes (by name), coders, passages and memos. */
    public ExchangeReport importQdpx(Path file) {
        project.backups.before("REFI import");
        return importRead(file, withinHeap(file, () -> new QdpxReader().read(file)));
    }

    /** Imports a .qdc codebook: codes merged by name into the project's codebook. */
    public ExchangeReport importQdc(Path file) {
        project.backups.before("codebook import");
        return importRead(file, withinHeap(file, () -> new QdcReader().read(file)));
    }

    /**
     * Imports a codebook sheet (Taguette's codebook.csv, or any sheet with a tag, code or name column): codes merged by
     * name as a .qdc's are.
     */
    public ExchangeReport importCodebookCsv(Path file) {
        project.backups.before("codebook import");
        return importRead(file, withinHeap(file, () -> CodebookCsv.read(file)));
    }

    /**
     * Imports Taguette's highlights sheet (its "Export highlights" CSV or Excel .xlsx) into the documents already here:
     * each tag a code merged by name, each highlight a passage of the active coder, found by its text (see
     * {@link TaguetteHighlightsImport}); highlights whose document or text is not found are reported.
     */
    public ExchangeReport importTaguetteHighlights(Path file) {
        project.backups.before("Taguette import");
        return importRead(file, withinHeap(file, () -> TaguetteHighlightsImport.read(project, file)));
    }

    /** Whether a file is a REFI-QDA exchange file (.qdpx project or .qdc codebook), by its extension. */
    public static boolean isExchangeFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".qdpx") || name.endsWith(".qdc");
    }

    /**
     * Whether a file is Taguette's highlights sheet: a .csv with the columns document, tag and content, or an .xlsx (the
     * only workbook Parallax reads; one that is not Taguette's is refused on import, naming the columns it lacks).
     */
    public static boolean isTaguetteHighlights(Path file) {
        return TaguetteHighlights.isHighlightsSheet(file);
    }

    /** Imports a .qdc codebook or else a .qdpx project, by the file's extension. */
    public Outcome importFile(Path file) {
        boolean codebook = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".qdc");
        return Outcome.of(codebook ? importQdc(file) : importQdpx(file), file);
    }

    /** Marks a document attribute (e.g. "speaker") as sensitive, for pseudonymised exports. */
    public void markSensitive(String attribute) {
        Pseudonyms.markSensitive(project, attribute);
    }

    /**
     * Marks an attribute sensitive until the project is closed, writing nothing: for a project open read-only, whose
     * pseudonymised export must still replace the values the researcher ticked.
     */
    public void markSensitiveForThisSession(String attribute) {
        project.sensitiveThisSession.add(attribute.strip());
    }

    /** Takes an attribute off the sensitive ones, e.g. a name no document has. */
    public void unmarkSensitive(String attribute) {
        Pseudonyms.unmarkSensitive(project, attribute);
    }

    public List<String> sensitiveAttributes() {
        return Pseudonyms.sensitiveAttributes(project);
    }

    /** A warning for each sensitive attribute no document has, which refuses every pseudonymised export. */
    public List<String> sensitiveAttributesOfNoDocument() {
        return Pseudonyms.unknownSensitiveLines(project);
    }

    /**
     * Makes {@code form} ("Volkov") another form of a sensitive value ("Sergei Volkov"): pseudonymised exports
     * replace it with the value's pseudonym. Refused, in one line, for a value no document's sensitive attribute has.
     */
    public void addSensitiveForm(String value, String form) {
        LogNames.hidingTyped(project, () -> Arrays.asList(value, form), () -> {
            Pseudonyms.addForm(project, value, form);
            return null;
        });
    }

    /** Takes a form off; false when it was not a form of any value. */
    public boolean removeSensitiveForm(String form) {
        return Pseudonyms.removeForm(project, form);
    }

    /** The forms given, each with the value it stands for. */
    public Map<String, String> sensitiveForms() {
        return Pseudonyms.forms(project);
    }

    /**
     * The parts of sensitive values standing alone in documents (a surname), each with its value: what the window
     * offers to make forms of.
     */
    public Map<String, String> partsStandingAlone() {
        return PartsLeftAlone.foundIn(project);
    }

    /** Whether this session may make name forms (they are settings: not read-only, not a team coder). */
    public boolean mayMakeForms() {
        return project.maySaveSettings();
    }

    /**
     * The words of coders' names left in the analysts' texts while coders are pseudonymised (ordinary words, dates,
     * lower case), one line each with where and why ({@link CoderNamesLeft}); empty while they are not.
     */
    public List<String> coderNamesLeft() {
        return CoderNamesLeft.of(project);
    }

    /** Parts of sensitive values standing alone in documents, which pseudonymised exports leave as they are. */
    public List<String> sensitivePartsLeftAlone() {
        return PartsLeftAlone.of(project);
    }

    /** Imports a .qdpx project already read whole (a new project made for it, {@link ProjectFromQdpx}). */
    ExchangeReport importRead(Path file, RefiImport read) {
        Tried tried;
        try {
            tried = project.store.write(() -> withinHeap(file, () -> tryImport(file, read)));
        } catch (ParallaxException e) {
            throw namingTheFile(file, e);
        } finally {
            // Whatever happened, cached passages and undo steps may no longer match the database.
            project.segmentCache.invalidate();
        }
        if (tried.structural()) {
            project.history.clear();
        } else if (tried.undo() != null) {
            project.history.record(tried.undo());
        }
        ExchangeImport importer = tried.importer();
        ExchangeReport report = tried.report();
        // The index is derived data: a crash before this line is repaired by Search.ensureIndex.
        project.reindex(importer.addedDocuments(), importer::addedText);
        LOG.log(System.Logger.Level.INFO, "Imported {0}: {1} added, {2}, {3}", file.getFileName(),
                Counted.of(report.documentsAdded().size(), "document"), Counted.of(report.segmentsAdded(), "passage"),
                Counted.of(report.problems().size(), "problem"));
        for (ProjectEvent event : ProjectEvent.values()) {
            project.fire(event);
        }
        return report;
    }

    /** One try of an import, what it did, and its undo step (null when nothing to undo or when it cannot be one). */
    private record Tried(ExchangeImport importer, ExchangeReport report, boolean structural, AddedCodingEdit undo) {
    }

    /**
     * One try of an import, in its transaction, from nothing: a try the server rolled back and ran again (a
     * serialization failure) left nothing in the project, so nothing of it may stay in the report or the undo step,
     * which is read in the same transaction (read after the commit, a code another lead added in between was taken
     * for the import's, and undo deleted it).
     *
     * <p>An import that only brings passages, codes and events for documents already here is a merge and is undoable as
     * one step, all of it; one that adds documents, frames, scenarios, hypothesis sets or evidence clears the undo
     * history, as no step could take all of it out.
     */
    private Tried tryImport(Path file, RefiImport read) {
        ExchangeImport importer = new ExchangeImport(project, String.valueOf(file.getFileName()), read);
        Codebook before = project.codebook.load();
        ExchangeReport report = importer.run(read.project());
        Codebook after = project.codebook.load();
        boolean structural = !report.documentsAdded().isEmpty() || after.frames().size() != before.frames().size()
                || after.scenarios().size() != before.scenarios().size() || importer.memosOfExistingChanged()
                || report.hypothesisSetsAdded() > 0 || report.evidenceAdded() > 0;
        List<Code> created = after.codes().stream().filter(c -> before.code(c.id()).isEmpty()).toList();
        if (structural || importer.addedSegments().isEmpty() && created.isEmpty()
                && importer.addedEvents().isEmpty()) {
            return new Tried(importer, report, structural, null);
        }
        PassageIds added = PassageIds.of(importer.addedSegments());
        return new Tried(importer, report, false, new AddedCodingEdit(project, stepName(file,
                importer.addedSegments().size(), created.size(), importer.addedEvents().size()), added, created,
                importer.addedEvents(), AddedCodingEdit.asPutIn(project, added)));
    }

    /**
     * The undo step's name says what the import brought: a codebook's 262 codes read "Merge 0 passages from
     * nvivo.qdc" in Edit → Undo, where undoing takes the codes out.
     */
    private static String stepName(Path file, int passages, int codes, int events) {
        if (passages > 0) {
            return "Merge " + Counted.of(passages, "passage") + " from " + file.getFileName();
        }
        List<String> brought = new ArrayList<>();
        if (codes > 0) {
            brought.add(Counted.of(codes, "code"));
        }
        if (events > 0) {
            brought.add(Counted.of(events, "event"));
        }
        return "Import " + String.join(" and ", brought) + " from " + file.getFileName();
    }

    /** Clashes found while merging (a code named like a scenario, say) know the item, not the file. */
    /**
     * Reading or writing in {@code file} with the heap running out, said in one line naming the file: "out of
     * memory" alone did not say which of the files given failed. Inside the import's transaction, which is rolled
     * back, so nothing of the file stays; what the work held is unreachable once this throws.
     */
    static <T> T withinHeap(Path file, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            LOG.log(System.Logger.Level.WARNING, "Out of memory importing " + file, e);
            throw new RefiException(file.getFileName() + ": out of memory while importing it; nothing was imported: "
                    + HeapLimit.exceeded());
        }
    }

    private static ParallaxException namingTheFile(Path file, ParallaxException e) {
        if (refusedByTheProject(e)) {
            // Its message names the project; put after the file's name it read as the file's fault.
            return e;
        }
        String name = String.valueOf(file.getFileName());
        return String.valueOf(e.getMessage()).startsWith(name) ? e : new RefiException(name + ": " + e.getMessage(), e);
    }

    /**
     * Whether {@code e} is the project's refusal of any change (damaged, read-only, its disk full or refusing writes,
     * busy, its server lost or full, the login no member or a reader now), which the next file imported would meet the
     * same way. Any other failure of the store is this file's (a team server's rule refusing what it brings, a row it
     * edits changed meanwhile): the next file may pass.
     */
    public static boolean refusedByTheProject(ParallaxException e) {
        return REFUSALS_OF_EVERY_CHANGE.stream().anyMatch(kind -> kind.isInstance(e));
    }

    private String projectName() {
        return project.file().getFileName().toString().replaceFirst("\\.parallax$", "");
    }
}
