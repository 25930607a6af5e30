package org.parallax.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parallax.model.CausalEvent;
import org.parallax.model.ContentHash;
import org.parallax.io.refi.ExchangeProject;
import org.parallax.io.refi.ExchangeProject.Coding;
import org.parallax.io.refi.ExchangeProject.Note;
import org.parallax.io.refi.ExchangeProject.Selection;
import org.parallax.io.refi.ExchangeProject.Source;
import org.parallax.io.refi.ExchangeProject.User;
import org.parallax.io.refi.ExchangeProject.Variable;
import org.parallax.io.refi.RefiException;
import org.parallax.io.refi.RefiImport;
import org.parallax.io.refi.TracingNotes;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.MemoTarget;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.model.TextLimits;
import org.parallax.model.WordCount;

/** Writes what a REFI-QDA reader found into the project; runs inside one write transaction. */
final class ExchangeImport {
    static final String UNKNOWN_CODER = "imported";

    private final Project project;
    private final String fileName;
    private final ImportedCoderNames coderNames;
    private final List<String> problems;
    private final int sourcesLeftOut;
    private final List<Document> addedDocuments = new ArrayList<>();
    private final List<Segment> addedSegments = new ArrayList<>();
    private final List<CausalEvent> addedEvents = new ArrayList<>();
    /** The provenance of each draft passage of {@link #segments}, null for those the assistant did not propose. */
    private final List<Provenance> draftProvenance = new ArrayList<>();
    private final Map<Long, String> addedTexts = new HashMap<>();
    private boolean memosOfExistingChanged;
    private final Map<String, TracingNotes.TracingNote> tracingNotes = new LinkedHashMap<>();
    private final Set<String> markedNotes = new HashSet<>();
    private final List<ExchangeTracing.Link> tracingLinks = new ArrayList<>();
    /**
     * The memos of draft passages (by their index in {@link #segments}) that a note written by another user than the
     * passage's coder, or dated otherwise, makes: a passage's own memo would be its coder's, dated like the passage.
     */
    private final Map<Integer, NotedMemo> notedMemos = new LinkedHashMap<>();

    private record NotedMemo(String text, Note note) {
    }

    ExchangeImport(Project project, String fileName, RefiImport read) {
        this.project = project;
        this.fileName = fileName;
        this.problems = new ArrayList<>(read.problems());
        this.coderNames = new ImportedCoderNames(project);
        this.sourcesLeftOut = read.sourcesLeftOut();
    }

    ExchangeReport run(ExchangeProject exchange) {
        List<String> added = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        Map<String, String> conventions = new LinkedHashMap<>();
        Map<String, Long> documentIds = new HashMap<>();
        Set<String> authors = authors(exchange);
        List<String> madeNothing = new ArrayList<>();
        for (User u : exchange.users()) {
            if (u.name() == null) {
                continue;
            }
            if (isTheProgram(u, exchange.origin()) && !authors.contains(u.guid())) {
                problems.add("User '" + u.name() + "' is the program that wrote the file and made nothing in it; "
                        + "not made a coder");
                continue;
            }
            TextLimits.require("coder name", u.name(), TextLimits.NAME);
            if (authors.contains(u.guid())) {
                String here = coderNames.asHere(u.name());
                String coder = project.coders.ensure(here).name();
                if (!coder.equals(here)) {
                    problems.add("User '" + u.name() + "' of the file is the coder '" + coder + "' here: a coder's "
                            + "name is one person's whatever its case");
                }
            } else if (project.coders.find(coderNames.asHere(u.name())).isEmpty()) {
                // A coder of this project already (a Taguette sheet's highlights are the active coder's) is no news.
                madeNothing.add(u.name());
            }
        }
        if (!madeNothing.isEmpty()) {
            problems.add(Counted.of(madeNothing.size(), "user") + " of the file coded nothing and wrote no note in it ("
                    + FreeNotes.quoted(madeNothing) + "); not made " + (madeNothing.size() == 1 ? "a coder" : "coders"));
        }
        Map<String, Note> notes = exchange.notes().stream()
                .collect(Collectors.toMap(Note::guid, n -> n, (a, b) -> a, LinkedHashMap::new));
        Set<String> usedNotes = new HashSet<>();
        readTracingNotes(notes.values());
        usedNotes.addAll(markedNotes);
        ExchangeMemos memos = new ExchangeMemos(project, notes, userNames(exchange), usedNotes, problems);
        ExchangeCodebookImport codebook = new ExchangeCodebookImport(project, problems);
        Set<Long> codesBefore = project.codebook.load().codesById().keySet();
        codebook.importCodes(memos.separateCodeMemos(exchange.codes()));
        codebook.importSets(exchange.sets());
        Map<String, Long> codeIds = codebook.codeIds();
        memos.storeCodeMemos(codeIds, codesBefore);
        for (Source source : exchange.sources()) {
            String hash = ContentHash.sha256Hex(source.text());
            Optional<Long> existing = project.documents.idByHash(hash);
            if (existing.isPresent()) {
                matched.add(source.name());
                documentIds.put(source.guid(), existing.get());
                memos.store(MemoTarget.document(existing.get()), documentMemo(source, memos),
                        memos.first(memoNotes(source)), true);
            } else {
                String sourceFile = Optional.ofNullable(source.variables().get(ExchangeVariables.SOURCE_FILE))
                        .map(Variable::value).orElse(fileName);
                Document document = project.documents.insert(meta(source), source.text(),
                        WordCount.of(source.text()), hash, sourceFile, project.now());
                documentIds.put(source.guid(), document.id());
                addedDocuments.add(document);
                addedTexts.put(document.id(), source.text());
                added.add(source.name());
                memos.store(MemoTarget.document(document.id()), documentMemo(source, memos),
                        memos.first(memoNotes(source)), false);
            }
            if (source.convention() != null) {
                conventions.put(source.name(), source.convention().label());
            }
        }
        memos.store(MemoTarget.project(), exchange.description(), null, true);
        List<Segment> drafts = segments(exchange, documentIds, codeIds, memos);
        FreeNotes free = new FreeNotes();
        notes.values().stream().filter(n -> !usedNotes.contains(n.guid()))
                .forEach(n -> freeNote(n, memos, exchange.sources(), documentIds, free));
        problems.addAll(free.lines());
        PassageBoundaries whole = PassageBoundaries.of(drafts, project.textFacts);
        if (whole.widened() > 0) {
            problems.add(Counted.of(whole.widened(), "passage") + " began or ended inside a character (between the two halves "
                    + "of a surrogate pair); widened to the whole character");
        }
        List<Segment> saved = project.segments.insertAll(whole.passages());
        CarriedProvenance carried = new CarriedProvenance();
        for (int i = 0; i < drafts.size(); i++) {
            carried.add(whole.passages().get(i), draftProvenance.get(i));
        }
        project.provenance.saveAll(carried.of(saved));
        addedSegments.addAll(saved);
        storeNotedMemos(whole.passages(), saved, memos);
        memos.flush();
        memosOfExistingChanged = memos.changedExisting();
        ExchangeTracing tracingImport = new ExchangeTracing(project);
        int[] tracing = tracingImport.importNotes(tracingNotes, tracingLinks, problems);
        addedEvents.addAll(tracingImport.addedEvents());
        problems.addAll(coderNames.lines(fileName));
        return new ExchangeReport(added, matched, codebook.created, codebook.matched, saved.size(),
                drafts.size() - saved.size(), tracing[0], tracing[1], tracing[2], conventions, problems,
                sourcesLeftOut);
    }

    /**
     * Whether a user is the program that wrote the file, not a person: ATLAS.ti lists itself as a user ("ATLAS.ti",
     * origin "ATLAS.ti for Windows 23…"), which would stand among the coders, in coder choices and agreement.
     */
    private static boolean isTheProgram(User user, String origin) {
        String name = user.name().strip().toLowerCase(java.util.Locale.ROOT);
        String by = origin == null ? "" : origin.strip().toLowerCase(java.util.Locale.ROOT);
        return !name.isEmpty() && (by.equals(name) || by.startsWith(name + " "));
    }

    /**
     * The users the file says coded a passage (a coding's user, else its selection's) or wrote a note: only they
     * become coders. Every user of the file did before, so a colleague who only read the project, or NVivo's owner of
     * the sources, stood among the coders with an empty layer, in coder choices and in agreement.
     */
    private static Set<String> authors(ExchangeProject exchange) {
        Set<String> out = new HashSet<>();
        for (Source source : exchange.sources()) {
            for (Selection s : source.selections()) {
                s.codings().forEach(c -> out.add(c.userGuid() != null ? c.userGuid() : s.userGuid()));
            }
        }
        exchange.notes().forEach(n -> out.add(n.userGuid()));
        return out;
    }

    /**
     * A source's memo: its Description and the notes it refers to (NVivo's and ATLAS.ti's document memos, a
     * QualCoder annotation), which were left out as belonging to no passage or code; process tracing notes are read
     * apart, as a selection's are.
     */
    private String documentMemo(Source source, ExchangeMemos memos) {
        return memos.text(source.description(), memoNotes(source), "Source '" + source.name() + "'");
    }

    /** The notes a source refers to that are memos (not process tracing's). */
    private List<String> memoNotes(Source source) {
        return source.noteGuids().stream().filter(n -> !markedNotes.contains(n)).toList();
    }

    /**
     * A note that belongs to no passage or code: a named one is a journal entry (QualCoder's journals, a free memo of
     * NVivo or ATLAS.ti) and joins the project memo, the research journal, under its name; an unnamed one says too
     * little to place it.
     */
    private void freeNote(Note note, ExchangeMemos memos, List<Source> sources, Map<String, Long> documentIds,
                          FreeNotes free) {
        if (note.range() != null && note.text() != null && !note.text().isBlank()
                && (note.name() == null || note.name().isBlank())) {
            annotation(note, memos, sources, documentIds);
            return;
        }
        if (note.name() == null || note.name().isBlank() || note.text() == null || note.text().isBlank()) {
            free.unfiled.add(note.name() == null || note.name().isBlank() ? note.guid() : note.name());
            return;
        }
        memos.store(MemoTarget.project(), note.name().strip() + "\n\n" + note.text().strip(), note, true);
        free.journal.add(note.name().strip());
    }

    /**
     * The notes that belong to no passage or code, said in a line for those filed in the journal and one for those
     * left out: a line each made a report of 30,000 lines for a file of as many journal entries.
     */
    private static final class FreeNotes {
        private final List<String> journal = new ArrayList<>();
        private final List<String> unfiled = new ArrayList<>();

        List<String> lines() {
            List<String> out = new ArrayList<>();
            if (journal.size() == 1) {
                out.add("Note " + quoted(journal) + " belongs to no passage or code: added to the project memo "
                        + "(research journal) under its name");
            } else if (!journal.isEmpty()) {
                out.add(Counted.of(journal.size(), "note") + " belong to no passage or code: added to the project "
                        + "memo (research journal), each under its name (" + quoted(journal) + ")");
            }
            if (unfiled.size() == 1) {
                out.add("Note " + quoted(unfiled) + " not imported (it belongs to no passage or code and has no name "
                        + "and text to file it by)");
            } else if (!unfiled.isEmpty()) {
                out.add(Counted.of(unfiled.size(), "note") + " not imported (" + quoted(unfiled) + "): they belong to "
                        + "no passage or code and have no name and text to file them by");
            }
            return out;
        }

        private static String quoted(List<String> names) {
            return names.stream().limit(3).map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + (names.size() > 3 ? ", …" : "");
        }
    }

    /**
     * An annotation no source refers to (QualCoder refers only to a source's first annotation and writes the others
     * with the range they annotate, not the source): it joins the memo of the one source long enough to hold the range;
     * when several are, the project memo, saying which range of which sources it annotates, so its text is kept.
     */
    private void annotation(Note note, ExchangeMemos memos, List<Source> sources, Map<String, Long> documentIds) {
        ExchangeProject.Range range = note.range();
        List<Source> holding = sources.stream()
                .filter(s -> s.text().codePointCount(0, s.text().length()) >= range.end()).toList();
        String where = "characters " + range.start() + "–" + range.end();
        String said = "Note " + note.guid() + ", an annotation of " + where + " that names no source";
        if (holding.size() == 1) {
            Source source = holding.get(0);
            long document = documentIds.get(source.guid());
            memos.store(MemoTarget.document(document), note.text(), note,
                    addedDocuments.stream().noneMatch(d -> d.id() == document));
            problems.add(said + ": only '" + source.name() + "' is long enough to hold it; added to its memo");
            return;
        }
        String of = holding.isEmpty() ? "no source of the file" : holding.size() <= 3
                ? holding.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(" or "))
                : "one of " + holding.size() + " sources";
        memos.store(MemoTarget.project(), "Annotation of " + where + " of " + of + "\n\n" + note.text().strip(),
                note, true);
        problems.add(said + " (" + of + " can hold it): added to the project memo with its range");
    }

    /**
     * Process tracing notes (docs/refi-qda.md) are read apart from memos: they are not a passage's memo, and one
     * whose data cannot be read is reported once.
     */
    private void readTracingNotes(java.util.Collection<Note> notes) {
        for (Note n : notes) {
            if (n.text() == null || !n.text().contains(TracingNotes.MARKER)) {
                continue;
            }
            markedNotes.add(n.guid());
            try {
                TracingNotes.read(n.text()).ifPresent(t -> tracingNotes.put(n.guid(), t));
            } catch (RefiException e) {
                problems.add(fileName + ": note '" + (n.name() == null ? n.guid() : n.name()) + "': " + e.getMessage()
                        + "; not imported");
            }
        }
    }

    /** Whether the import changed a memo of a document, code or project that was here before (not undoable). */
    boolean memosOfExistingChanged() {
        return memosOfExistingChanged;
    }

    /** Documents this import added, for the search index once the transaction has committed. */
    /** The events the file's process tracing notes added. */
    List<CausalEvent> addedEvents() {
        return List.copyOf(addedEvents);
    }

    List<Segment> addedSegments() {
        return addedSegments;
    }

    List<Document> addedDocuments() {
        return addedDocuments;
    }

    String addedText(long documentId) {
        return addedTexts.get(documentId);
    }

    private Map<String, String> userNames(ExchangeProject exchange) {
        return exchange.users().stream().collect(Collectors.toMap(User::guid,
                u -> u.name() == null ? u.guid() : coderNames.asHere(u.name()), (a, b) -> a));
    }

    private List<Segment> segments(ExchangeProject exchange, Map<String, Long> documentIds, Map<String, Long> codeIds,
                                   ExchangeMemos memos) {
        Map<String, String> users = userNames(exchange);
        Map<String, Long> coderIds = new HashMap<>();
        List<Segment> drafts = new ArrayList<>();
        Instant now = project.now();
        for (Source source : exchange.sources()) {
            long documentId = documentIds.get(source.guid());
            for (Selection s : source.selections()) {
                List<String> memoNotes = s.noteGuids().stream().filter(n -> !markedNotes.contains(n)).toList();
                Long firstCode = s.codings().stream().map(c -> codeIds.get(c.codeGuid())).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                s.noteGuids().stream().filter(tracingNotes::containsKey).forEach(n -> tracingLinks.add(
                        new ExchangeTracing.Link(n, s.guid(), documentId, s.start(), s.end(), firstCode)));
                if (s.codings().isEmpty() && memoNotes.size() == s.noteGuids().size()) {
                    problems.add("Source '" + source.name() + "': selection " + s.guid() + " has no code; not imported");
                }
                for (Coding c : s.codings()) {
                    Long codeId = codeIds.get(c.codeGuid());
                    if (codeId == null) {
                        problems.add("Source '" + source.name() + "': a coding of selection " + s.guid()
                                + (c.codeGuid() == null ? " names no code (its CodeRef has no targetGUID)"
                                        : " refers to unknown code " + c.codeGuid()) + "; not imported");
                        continue;
                    }
                    String userGuid = c.userGuid() != null ? c.userGuid() : s.userGuid();
                    String coder = userGuid == null ? UNKNOWN_CODER : users.getOrDefault(userGuid, userGuid);
                    long coderId = coderIds.computeIfAbsent(coder, name -> project.coders.ensure(name).id());
                    // A passage the assistant proposed carries its provenance line in the Description (ExchangeExport):
                    // provenance again here, not a memo its coder never wrote.
                    Optional<Provenance> suggested = Provenance.endOf(s.description());
                    String description = suggested.isPresent() ? Provenance.before(s.description()) : s.description();
                    String memo = memos.text(description, concat(memoNotes, c.noteGuids()),
                            "Source '" + source.name() + "'");
                    if (memo != null && memo.length() > Memos.MAX_LENGTH) {
                        problems.add("Source '" + source.name() + "': a passage memo of " + memo.length()
                                + " characters not imported (at most " + Memos.MAX_LENGTH + ")");
                        memo = null;
                    }
                    Instant created = Segment.keptTime(c.created() != null ? c.created()
                            : s.created() != null ? s.created() : now);
                    Note note = memos.first(concat(memoNotes, c.noteGuids()));
                    if (memo != null && note != null && !writtenAsCoded(note, userGuid, created)) {
                        notedMemos.put(drafts.size(), new NotedMemo(memo, note));
                        memo = null;
                    }
                    drafts.add(new Segment(0, documentId, s.start(), s.end(), codeId, coderId, memo, created));
                    draftProvenance.add(suggested.orElse(null));
                }
            }
        }
        return drafts;
    }

    /**
     * Whether a passage's note reads the same as the passage's own memo would: written by its coder when the passage
     * was coded, changed by no one since (as Parallax's own export writes it). A note that names no writer stays the
     * coder's, as before: nobody else is known to have written it.
     */
    private static boolean writtenAsCoded(Note note, String coderGuid, Instant coded) {
        return note.userGuid() == null || (note.userGuid().equals(coderGuid)
                && (note.created() == null || Segment.keptTime(note.created()).equals(coded))
                && (note.modifyingUserGuid() == null || note.modifyingUserGuid().equals(coderGuid))
                && (note.modified() == null || Segment.keptTime(note.modified()).equals(coded)));
    }

    /**
     * The memos of {@link #notedMemos} on the passages stored (a passage already here keeps its own), each with its
     * note's writer and dates.
     */
    private void storeNotedMemos(List<Segment> placed, List<Segment> saved, ExchangeMemos memos) {
        if (notedMemos.isEmpty()) {
            return;
        }
        Map<List<Long>, Long> ids = new HashMap<>();
        saved.forEach(s -> ids.put(place(s), s.id()));
        notedMemos.forEach((draft, noted) -> {
            Long id = ids.get(place(placed.get(draft)));
            if (id != null) {
                memos.store(MemoTarget.passage(id), noted.text(), noted.note(), false);
            }
        });
    }

    private static List<Long> place(Segment s) {
        return List.of(s.documentId(), (long) s.start(), (long) s.end(), s.codeId(), s.coderId());
    }

    private DocumentMeta meta(Source source) {
        Map<String, String> attributes = new TreeMap<>();
        Map<String, String> fields = new HashMap<>();
        source.variables().forEach((name, v) -> {
            if (ExchangeVariables.isReserved(name)) {
                fields.put(name.toLowerCase(java.util.Locale.ROOT), v.value());
            } else {
                attributes.put(ExchangeVariables.attributeName(name), v.value());
            }
        });
        String label = "Source '" + source.name() + "'";
        LocalDate date = null;
        String dateText = fields.get(ExchangeVariables.DATE);
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
            } catch (DateTimeParseException e) {
                attributes.put(ExchangeVariables.DATE, dateText);
                problems.add(label + ": date '" + dateText + "' is not yyyy-mm-dd; kept as an attribute");
            }
        }
        DocumentType type = DocumentType.OTHER;
        try {
            type = DocumentType.parse(fields.get(ExchangeVariables.TYPE));
        } catch (IllegalArgumentException e) {
            attributes.put(ExchangeVariables.TYPE, fields.get(ExchangeVariables.TYPE));
            problems.add(label + ": " + e.getMessage() + "; kept as an attribute");
        }
        String scenario = fields.get(ExchangeVariables.SCENARIO);
        if (scenario != null && project.codebook.load().scenarioNamed(scenario).isEmpty()) {
            attributes.put(ExchangeVariables.SCENARIO, scenario);
            problems.add(label + ": unknown scenario '" + scenario + "'; kept as an attribute");
            scenario = null;
        }
        String title = fields.getOrDefault(ExchangeVariables.TITLE, source.name());
        DocumentMeta meta = new DocumentMeta(title, date, type, fields.get(ExchangeVariables.ACTOR),
                fields.get(ExchangeVariables.LANGUAGE), scenario, attributes).cleaned();
        TextLimits.require(meta);
        return meta;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
