package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.parallax.model.ContentHash;
import org.parallax.io.DocumentReader;
import org.parallax.io.ImportedText;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.FileNames;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.model.TextLimits;
import org.parallax.model.WordCount;

/**
 * Document use cases. Import parses files on all cores, in file order, and stores them in
 * transactions of a few megabytes: a file that fails to parse never reaches the database, and a crash
 * mid-import leaves whole documents only (see docs/decisions/0005-import-transactions.md).
 */
public final class Documents {
    private static final long CHUNK_CHARS = 8_000_000;
    private static final int CHUNK_FILES = 64;
    private static final System.Logger LOG = System.getLogger(Documents.class.getName());

    /** A test hook: called inside the transaction that saves details, once each document's are written. */
    static volatile java.util.function.LongConsumer detailsWritten = id -> { };

    private final Project project;
    private final DocumentReader reader;

    Documents(Project project, DocumentReader reader) {
        this.project = project;
        this.reader = reader;
    }

    public List<Document> list() {
        return project.reads.documents();
    }

    public Optional<Document> get(long id) {
        return project.documents.get(id);
    }

    public Document require(long id) {
        return get(id).orElseThrow(() -> project.noDocument(id));
    }

    public String text(long id) {
        return project.documents.text(id);
    }

    /** Replaces a document's metadata as it is stored now (undoable). */
    public void updateMeta(long id, DocumentMeta meta) {
        updateMeta(require(id), meta);
    }

    /**
     * Replaces the metadata of {@code shown}, the document as the user saw it (undoable). Refused with a
     * {@link org.parallax.store.StaleEditException} naming who changed them when another window or coder changed
     * the details since; undo and redo are checked the same way against the version this window last wrote.
     */
    public void updateMeta(Document shown, DocumentMeta given) {
        LogNames.hidingTyped(project, () -> namesTyped(List.of(given)), () -> {
            DocumentMeta meta = given.cleaned();
            TextLimits.require(meta);
            long id = shown.id();
            DocumentMeta before = require(id).meta();
            recordMetas("Edit document details", Map.of(id, before), Map.of(id, meta), Map.of(id, seen(shown)));
            return null;
        });
    }

    /**
     * The version of the details {@code shown} was read at, or the version this window's own last write of them left
     * when nothing else wrote them since: a form still showing a document as it was before its own save in flight
     * (Save details, more typed, the project closed at once) was refused as changed since, by that save.
     */
    private long seen(Document shown) {
        Long own = project.written.get("document:" + shown.id());
        return own != null && own != shown.version() && require(shown.id()).version() == own ? own : shown.version();
    }

    /**
     * The values of sensitive attributes in {@code metas}: a refused save's message may quote them, and they were
     * never saved where the log reads the names it hides ({@link LogNames#hidingTyped}).
     */
    private List<String> namesTyped(Collection<DocumentMeta> metas) {
        List<String> sensitive = Pseudonyms.sensitiveAttributes(project);
        return metas.stream().flatMap(m -> sensitive.stream().map(m.attributes()::get)).toList();
    }

    /**
     * Applies {@code change} to the details of each of {@code shown}, the documents as the user saw them, in one
     * transaction and as one undoable change (the Details tab with several documents selected). The change is
     * applied to each document's details as stored now, so a field it leaves alone keeps each document's own
     * value. All or none: a document changed elsewhere since it was shown is refused as for one document.
     */
    public void updateMeta(List<Document> shown, UnaryOperator<DocumentMeta> change) {
        List<DocumentMeta> typed = new ArrayList<>();
        LogNames.hidingTyped(project, () -> namesTyped(typed), () -> {
            Map<Long, DocumentMeta> before = new LinkedHashMap<>();
            Map<Long, DocumentMeta> after = new LinkedHashMap<>();
            Map<Long, Long> seen = new HashMap<>();
            for (Document document : shown) {
                DocumentMeta stored = require(document.id()).meta();
                DocumentMeta changed = change.apply(stored);
                typed.add(changed);
                changed = changed.cleaned();
                TextLimits.require(changed);
                if (!changed.equals(stored)) {
                    before.put(document.id(), stored);
                    after.put(document.id(), changed);
                    seen.put(document.id(), seen(document));
                }
            }
            if (!after.isEmpty()) {
                recordMetas("Edit details of " + Counted.of(after.size(), "document"), before, after, seen);
            }
            return null;
        });
    }

    /**
     * Writes {@code after} against the versions the user saw ({@code seen}) and records the change for undo and redo,
     * which are checked against the version this window last wrote. Undo puts each document's details back as the one
     * who last changed them before had them, recorded as theirs: a window refused over them names that member, not
     * the undoer (as for a codebook entry's rename).
     */
    private void recordMetas(String label, Map<Long, DocumentMeta> before, Map<Long, DocumentMeta> after,
                             Map<Long, Long> seen) {
        Map<Long, String> writers = new HashMap<>(writeMetas(after, seen::get, null));
        project.history.record(new Edit() {
            public String label() {
                return label;
            }

            public void apply() {
                Map<Long, String> now = writeMetas(after, id -> project.written.get("document:" + id), null);
                writers.clear();
                writers.putAll(now);
            }

            public void revert() {
                writeMetas(before, id -> project.written.get("document:" + id), writers);
            }
        });
    }

    /**
     * Writes the details in one transaction, each recorded as written by {@code writers}' entry for it (null: by this
     * session); returns who had last changed each document's details before, read in that transaction (null values
     * where unknown).
     */
    private Map<Long, String> writeMetas(Map<Long, DocumentMeta> metas, java.util.function.ToLongFunction<Long> expected,
                                         Map<Long, String> writers) {
        Map<Long, Long> versions = new HashMap<>();
        Map<Long, String> writersBefore = new HashMap<>();
        try {
            project.store.write(() -> {
                metas.forEach((id, meta) -> {
                    writersBefore.put(id, project.documents.lastEditor(id).orElse(null));
                    long expectedVersion = expected.applyAsLong(id);
                    versions.put(id, writers == null ? project.documents.updateMeta(id, expectedVersion, meta)
                            : project.documents.updateMetaAs(id, expectedVersion, meta, writers.get(id)));
                    detailsWritten.accept(id);
                });
                return null;
            });
        } finally {
            project.fire(ProjectEvent.DOCUMENTS);
        }
        versions.forEach((id, version) -> project.written.put("document:" + id, version));
        project.reindex(metas.keySet().stream().map(this::require).toList(), this::text);
        project.fire(ProjectEvent.DOCUMENTS);
        return writersBefore;
    }

    /** Removes a document with its passages and memos (undoable); see {@link #delete(List)}. */
    public DocumentRemoval delete(long id) {
        return delete(List.of(id));
    }

    /** What {@link #delete(List)} would remove (every coder's passages counted), changing nothing. */
    public DocumentRemoval preview(List<Long> ids) {
        List<Document> documents = ids.stream().distinct().map(this::require).toList();
        Map<Long, Integer> counts = project.segments.countsByDocument();
        int passages = documents.stream().mapToInt(d -> counts.getOrDefault(d.id(), 0)).sum();
        return new DocumentRemoval(documents, passages, Optional.empty());
    }

    /**
     * Removes documents with their passages, memos and everything else that points at them, in one transaction and
     * as one undoable action, after one backup of the project (kept: the way back once the project is closed).
     */
    public DocumentRemoval delete(List<Long> ids) {
        List<Document> documents = ids.stream().distinct().map(this::require).toList();
        if (documents.isEmpty()) {
            return new DocumentRemoval(List.of(), 0, Optional.empty());
        }
        boolean one = documents.size() == 1;
        Optional<Backup> backup = project.backups.before(one ? "delete document" : "delete documents");
        String label = one ? "Remove document '" + documents.get(0).title() + "'"
                : "Remove " + Counted.of(documents.size(), "document");
        RemovalEdit edit = RemovalEdit.remove(project, label, documents.stream().map(Document::id).toList());
        project.history.record(edit);
        return new DocumentRemoval(documents, edit.removed().passages(), backup);
    }

    /**
     * The documents an import of {@code given} would find, to count them and then import them with
     * {@link #importFiles(ImportListing, TaskProgress)}; folders are walked (I/O: off the FX thread).
     */
    public ImportListing listImport(List<Path> given) {
        WorkHold.holdIfRequested(WorkHold.LISTING);
        return new ImportListing(given, ImportFolders.list(given));
    }

    /**
     * Imports what {@code listing} found, as {@link #importFiles(ImportRequest, TaskProgress)} does; a folder changed
     * since it was listed is listed again ({@link ImportListing#current}).
     */
    public ImportReport importFiles(ImportListing listing, TaskProgress progress) {
        return importFiles(ImportRequest.of(listing.given()), listing.current(), progress);
    }

    /**
     * Imports files; each failing file is reported and leaves no trace, the others are stored. The stored documents
     * are listed and codable when this returns; the search index catches up with them in the background
     * ({@link Search#indexProgress}, {@link Search#awaitIndex}). When another Parallax process holds the index, that
     * index catches up later.
     */
    public ImportReport importFiles(ImportRequest request, TaskProgress progress) {
        return importFiles(request, ImportFolders.list(request.files()), progress);
    }

    private ImportReport importFiles(ImportRequest request, ImportFolders.Listed listed, TaskProgress progress) {
        Set<String> scenarios = new HashSet<>();
        project.codebook.load().scenarios().stream().map(Scenario::name).forEach(scenarios::add);
        List<String> warnings = new ArrayList<>();
        if (project.indexUnlessInUse().isEmpty()) {
            warnings.add("the search index is open in another Parallax window or process; it is brought up to date "
                    + "from the project before its next search");
        }
        ImportChunks chunks = new ImportChunks(project, progress);
        List<Document> imported = new ArrayList<>();
        List<Path> files = listed.files();
        MetadataRows rows = new MetadataRows(request.perFile(), files, listed.within());
        warnings.addAll(listed.warnings());
        rows.unused().ifPresent(warnings::add);
        List<String> failures = new ArrayList<>(listed.failures());
        List<String> duplicates = new ArrayList<>();
        List<ParsedFile> chunk = new ArrayList<>();
        long chunkChars = 0;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ReadingHeapShare heapShare = ReadingHeapShare.ofThisHeap();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parallax-import");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<ParsedFile>> inFlight = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        int total = files.size();
        boolean cancelled = false;
        int notImportedOnCancel = 0;
        int notImportedOnStop = 0;
        String stopped = null;
        try {
            while (done < total) {
                while (next < total && inFlight.size() < threads * 4) {
                    Path file = files.get(next++);
                    inFlight.add(pool.submit(() -> parse(file, rows.of(file), request.shared(), scenarios,
                            heapShare)));
                }
                if (progress.isCancelled()) {
                    cancelled = true;
                    // The files not read yet and those read but not yet saved: none of them is in the project.
                    notImportedOnCancel = total - done + chunk.size();
                    break;
                }
                ParsedFile parsed = await(inFlight.poll());
                done++;
                progress.update(done, total, parsed.name());
                if (parsed.failure() != null) {
                    failures.add(parsed.failure());
                    continue;
                }
                chunk.add(parsed);
                chunkChars += parsed.text().length();
                if (chunkChars >= CHUNK_CHARS || chunk.size() >= CHUNK_FILES) {
                    store(chunks, chunk, imported, duplicates, warnings);
                    chunk.clear();
                    chunkChars = 0;
                }
            }
            if (!cancelled) {
                store(chunks, chunk, imported, duplicates, warnings);
                chunk.clear();
            }
        } catch (ImportChunks.Stopped e) {
            LOG.log(System.Logger.Level.WARNING, "Import stopped: " + e.getMessage(), e.getCause());
            notImportedOnStop = chunk.size() + total - done;
            stopped = stopLine(e, notImportedOnStop, chunk, imported.size());
            failures.add(stopped);
        } finally {
            pool.shutdownNow();
        }
        if (!imported.isEmpty()) {
            project.fire(ProjectEvent.DOCUMENTS);
        }
        return new ImportReport(imported, failures, duplicates, cancelled, warnings, stopped, notImportedOnCancel,
                notImportedOnStop);
    }

    /**
     * The line a stopped import ends with: why, what to do, and what was saved. With nothing saved it says so first,
     * where "the 0 documents reported as imported are saved" read as if something had been.
     */
    private static String stopLine(ImportChunks.Stopped stop, int left, List<ParsedFile> chunk, int saved) {
        if (saved == 0) {
            return (stop.mayHaveBeenSaved() ? "nothing is known to be imported: " : "nothing was imported: ")
                    + stop.getMessage() + "; " + notImported(left, chunk) + " not imported";
        }
        return stop.getMessage() + "; " + notImported(left, chunk) + " not imported, the "
                + Counted.of(saved, "document") + " reported as imported are saved";
    }

    private static String notImported(int count, List<ParsedFile> chunk) {
        return Counted.of(count, "file") + (chunk.isEmpty() ? "" : " from " + chunk.get(0).name() + " on")
                + (count == 1 ? " was" : " were");
    }

    /** {@code row}: the metadata sheet's row for the file; {@code shared}: what the import gives every file. */
    private ParsedFile parse(Path file, DocumentMeta row, DocumentMeta shared, Set<String> scenarios,
                             ReadingHeapShare heapShare) {
        int weight;
        try {
            weight = heapShare.take(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ParsedFile.failed(file, FileNames.shown(file) + ": import cancelled");
        }
        try {
            return parse(file, row, shared, scenarios);
        } finally {
            heapShare.giveBack(weight);
        }
    }

    private ParsedFile parse(Path file, DocumentMeta row, DocumentMeta shared, Set<String> scenarios) {
        try {
            ImportedText text = reader.read(file);
            DocumentMeta given = row.orElse(shared);
            // Cleaned before the scenario is looked up among the project's names, which are clean.
            DocumentMeta meta = given.orElse(FileFields.of(text, scenarios)).cleaned();
            if (meta.scenario() != null && !meta.scenario().isBlank() && !scenarios.contains(meta.scenario())) {
                // A CSV cell may hold a line break; the failure must stay one line.
                return ParsedFile.failed(file, FileNames.shown(file) + ": unknown scenario '"
                        + meta.scenario().replaceAll("\\R+", " ") + "' (project has: " + String.join(", ", scenarios)
                        + ")");
            }
            Optional<String> tooLong = TextLimits.problem(meta);
            if (tooLong.isPresent()) {
                return ParsedFile.failed(file, FileNames.shown(file) + ": " + tooLong.get().replaceAll("\\R+", " "));
            }
            List<String> warnings = new ArrayList<>(text.warnings());
            if (given.date() == null && text.dateStandsFor() != null) {
                // The first day of a year or month places a document exactly in the timeline and the periods.
                warnings.add(FileNames.shown(file) + ": dated " + meta.date() + " from the " + text.dateStandsFor()
                        + " alone in its name; give its exact date (Details, --date or a metadata sheet) for the "
                        + "timeline and periods");
            }
            String stored = text.text();
            return new ParsedFile(file, meta, stored, ContentHash.sha256Hex(stored), WordCount.of(stored), warnings,
                    null);
        } catch (ParallaxException e) {
            return ParsedFile.failed(file, e.getMessage());
        } catch (OutOfMemoryError e) {
            // One file too large for the heap fails alone: thrown on, it ended the import with "Import failed: Java
            // heap space" while the documents stored before it stayed in the project unreported. What it held is
            // unreachable once this returns, so the next files have their room again.
            LOG.log(System.Logger.Level.WARNING, "Out of memory reading " + file, e);
            return ParsedFile.failed(file, FileNames.shown(file) + ": out of memory while reading it: "
                    + HeapLimit.exceeded());
        }
    }

    private static void store(ImportChunks chunks, List<ParsedFile> chunk, List<Document> imported,
                              List<String> duplicates, List<String> warnings) {
        if (chunk.isEmpty()) {
            return;
        }
        ImportChunks.Stored stored = chunks.store(chunk);
        imported.addAll(stored.documents());
        duplicates.addAll(stored.skipped());
        warnings.addAll(stored.warnings());
    }

    private static ParsedFile await(Future<ParsedFile> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParallaxException("Import interrupted", e);
        } catch (ExecutionException e) {
            throw new ParallaxException("Import failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
