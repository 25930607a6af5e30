package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.io.ContentHash;
import org.parallax.io.DocumentReader;
import org.parallax.io.ImportedText;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;

/**
 * Document use cases. Import parses files on all cores, in file order, and stores them in
 * transactions of a few megabytes: a file that fails to parse never reaches the database, and a crash
 * mid-import leaves whole documents only (see docs/decisions/0005-import-transactions.md).
 */
public final class Documents {
    private static final long CHUNK_CHARS = 8_000_000;
    private static final int CHUNK_FILES = 64;

    private final Project project;
    private final DocumentReader reader;

    Documents(Project project, DocumentReader reader) {
        this.project = project;
        this.reader = reader;
    }

    public List<Document> list() {
        return project.documents.list();
    }

    public Optional<Document> get(long id) {
        return project.documents.get(id);
    }

    public Document require(long id) {
        return get(id).orElseThrow(() -> new ParallaxException("No document with id " + id));
    }

    public String text(long id) {
        return project.documents.text(id);
    }

    /** Replaces a document's metadata (undoable). */
    public void updateMeta(long id, DocumentMeta meta) {
        DocumentMeta before = require(id).meta();
        project.documents.updateMeta(id, meta);
        project.history.record(new Edit() {
            public String label() {
                return "Edit document details";
            }

            public void apply() {
                writeMeta(id, meta);
            }

            public void revert() {
                writeMeta(id, before);
            }
        });
        project.reindex(List.of(require(id)), this::text);
        project.fire(ProjectEvent.DOCUMENTS);
    }

    private void writeMeta(long id, DocumentMeta meta) {
        project.documents.updateMeta(id, meta);
        project.reindex(List.of(require(id)), this::text);
        project.fire(ProjectEvent.DOCUMENTS);
    }

    /** Deletes a document with its passages; not undoable, so the UI confirms first. */
    public void delete(long id) {
        project.backups.before("delete document");
        project.documents.delete(id);
        project.index().delete(id);
        project.segmentCache.invalidate();
        project.history.clear();
        project.fire(ProjectEvent.DOCUMENTS);
        project.fire(ProjectEvent.SEGMENTS);
    }

    /** Imports files; each failing file is reported and leaves no trace, the others are stored. */
    public ImportReport importFiles(ImportRequest request, TaskProgress progress) {
        Set<String> scenarios = new HashSet<>();
        project.codebook.load().scenarios().stream().map(Scenario::name).forEach(scenarios::add);
        List<Document> imported = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Parsed> chunk = new ArrayList<>();
        long chunkChars = 0;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parallax-import");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Parsed>> inFlight = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        int total = request.files().size();
        boolean cancelled = false;
        try {
            while (done < total) {
                while (next < total && inFlight.size() < threads * 4) {
                    Path file = request.files().get(next++);
                    inFlight.add(pool.submit(() -> parse(file, request, scenarios)));
                }
                if (progress.isCancelled()) {
                    cancelled = true;
                    break;
                }
                Parsed parsed = await(inFlight.poll());
                done++;
                progress.update(done, total, parsed.file().getFileName().toString());
                if (parsed.failure() != null) {
                    failures.add(parsed.failure());
                    continue;
                }
                chunk.add(parsed);
                chunkChars += parsed.text().length();
                if (chunkChars >= CHUNK_CHARS || chunk.size() >= CHUNK_FILES) {
                    store(chunk, imported, duplicates, warnings);
                    chunk.clear();
                    chunkChars = 0;
                }
            }
            store(chunk, imported, duplicates, warnings);
        } finally {
            pool.shutdownNow();
            if (!imported.isEmpty()) {
                project.index().commit();
            }
        }
        if (!imported.isEmpty()) {
            project.fire(ProjectEvent.DOCUMENTS);
        }
        return new ImportReport(imported, failures, duplicates, cancelled, warnings);
    }

    private Parsed parse(Path file, ImportRequest request, Set<String> scenarios) {
        try {
            ImportedText text = reader.read(file);
            String name = file.getFileName().toString();
            DocumentMeta given = request.perFile().getOrDefault(name, DocumentMeta.titled(null)).orElse(request.shared());
            DocumentMeta meta = given.orElse(new DocumentMeta(text.title(), null, null, null, text.language(), null,
                    null));
            if (meta.scenario() != null && !meta.scenario().isBlank() && !scenarios.contains(meta.scenario())) {
                // A CSV cell may hold a line break; the failure must stay one line.
                return Parsed.failed(file, name + ": unknown scenario '" + meta.scenario().replaceAll("\\R+", " ")
                        + "' (project has: " + String.join(", ", scenarios) + ")");
            }
            return new Parsed(file, meta, text.text(), ContentHash.sha256Hex(text.text()), text.warnings(), null);
        } catch (ParallaxException e) {
            return Parsed.failed(file, e.getMessage());
        }
    }

    private void store(List<Parsed> chunk, List<Document> imported, List<String> duplicates, List<String> warnings) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Document> stored = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> storedWarnings = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        project.db.write(c -> {
            for (Parsed p : chunk) {
                Optional<Long> existing = project.documents.idByHash(p.hash());
                if (existing.isPresent()) {
                    skipped.add(p.file().getFileName() + ": same text as document " + existing.get()
                            + " already in the project, skipped");
                } else {
                    Document d = project.documents.insert(p.meta(), p.text(), p.hash(), p.file().getFileName().toString());
                    stored.add(d);
                    storedWarnings.addAll(p.warnings());
                    texts.put(d.id(), p.text());
                }
            }
            return null;
        });
        imported.addAll(stored);
        duplicates.addAll(skipped);
        warnings.addAll(storedWarnings);
        // The index is derived data, committed once at the end of the import; a crash before that is
        // repaired by Search.ensureIndex from the database, which is the truth.
        project.stageIndex(stored, texts::get);
    }

    private static Parsed await(Future<Parsed> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParallaxException("Import interrupted", e);
        } catch (ExecutionException e) {
            throw new ParallaxException("Import failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** A parsed file ready to store, or the reason it failed. */
    private record Parsed(Path file, DocumentMeta meta, String text, String hash, List<String> warnings,
                          String failure) {
        static Parsed failed(Path file, String failure) {
            return new Parsed(file, null, null, null, List.of(), failure);
        }
    }
}
