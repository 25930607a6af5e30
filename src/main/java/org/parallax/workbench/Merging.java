package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.parallax.io.ImportException;
import org.parallax.io.refi.RefiException;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.Codebook;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.model.Frame;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.ParallaxException;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.store.StoreException;

/**
 * Brings another coder's work into this project: documents are matched by content hash, codes and
 * coders by name, and the other project's passages are added as their coders' layers. Nothing in this
 * project is overwritten; the merge is one transaction and one undoable action.
 */
public final class Merging {
    private static final Set<Class<?>> PLAIN_FAILURES = Set.of(ParallaxException.class, StoreException.class,
            ImportException.class, RefiException.class);
    /** Their passages stored per insert: the drafts of one chunk are held as objects at a time. */
    private static final int CHUNK = 50_000;
    private final Project project;
    private final Exchange exchange;

    Merging(Project project, Exchange exchange) {
        this.project = project;
        this.exchange = exchange;
    }

    /**
     * Merges another coder's work: a {@code .parallax} project, or a REFI-QDA export (.qdpx), whose
     * passages join their coders' layers the same way.
     */
    public Outcome merge(Path other) {
        try {
            return Exchange.isExchangeFile(other) ? exchange.importFile(other) : Outcome.of(mergeProject(other));
        } catch (ParallaxException e) {
            throw sayingNothingWasMerged(e);
        }
    }

    /**
     * A merge is one transaction after checks that write nothing, so a refused merge changed nothing; the message
     * says so unless it already does. Failures whose type the window acts on (a full disk, a busy or read-only
     * project) keep their type; they say what was kept themselves.
     */
    private static ParallaxException sayingNothingWasMerged(ParallaxException e) {
        if (!PLAIN_FAILURES.contains(e.getClass()) || e.getMessage().contains("nothing")) {
            return e;
        }
        return new ParallaxException(e.getMessage() + "; nothing was merged", e);
    }

    /**
     * Merges the coding of another {@code .parallax} project file. A damaged one is refused before anything is
     * merged: what SQLite can still read of it is not what its coder saved, and a partial merge would look complete.
     */
    public MergeReport mergeProject(Path other) {
        refuseItself(other);
        try (Workbench source = Workbench.openReadOnly(other)) {
            refuseDamaged(source);
            Map<Long, Long> documentMap = matchDocuments(source);
            project.backups.before("merge");
            return merge(source, documentMap);
        }
    }

    /**
     * Their document id → ours, matched by content. None matching is refused before anything is written: their
     * passages would all be left out, and only their codebook would arrive, as if it were their coding.
     */
    private Map<Long, Long> matchDocuments(Workbench source) {
        Map<String, Long> targetByHash = new HashMap<>();
        project.documents.list().forEach(d -> targetByHash.put(d.contentHash(), d.id()));
        Map<Long, Long> documentMap = new HashMap<>();
        for (Document d : source.documents().list()) {
            Long target = targetByHash.get(d.contentHash());
            if (target != null) {
                documentMap.put(d.id(), target);
            }
        }
        if (documentMap.isEmpty()) {
            throw new ParallaxException("no document of " + source.file().getFileName() + " matches a document of "
                    + project.displayName() + " (documents are matched by their text); nothing was merged");
        }
        return documentMap;
    }

    /**
     * The project merged into itself found every document and added each of its passages a second time (in a
     * project that blind mode hid nothing of, its own layers were "their" layers), saying nothing was wrong.
     */
    private void refuseItself(Path other) {
        if (project.onServer() || !Files.exists(other)) {
            return;
        }
        try {
            if (Files.isSameFile(other, project.file())) {
                throw new ParallaxException(other.getFileName() + " is the project itself: merge adds another "
                        + "coder's project (a copy they coded, a .qdpx they exported); nothing was merged");
            }
        } catch (IOException e) {
            // the file cannot be compared; opening it says what is wrong with it
        }
    }

    /**
     * SQLite's integrity check, not its quick check: the quick check does not compare indexes with their tables, and a
     * damaged index page passed it, so the merge read the colleague's passages through entries pointing at other rows.
     */
    private static void refuseDamaged(Workbench source) {
        String integrity = source.integrityCheck();
        if (!"ok".equals(integrity)) {
            Path file = source.file().toAbsolutePath();
            List<String> findings = integrity.lines().toList();
            String more = findings.size() > 1 ? "; and " + Counted.of(findings.size() - 1, "more finding") : "";
            throw new ParallaxException(file.getFileName() + ": the file is damaged (SQLite's check found: "
                    + findings.get(0) + more + "); nothing was merged. See what is damaged with: parallax check " + file
                    + "; restore one of its backups with: parallax restore " + file);
        }
    }

    private MergeReport merge(Workbench source, Map<Long, Long> documentMap) {
        List<String> unmatched = source.documents().list().stream().filter(d -> !documentMap.containsKey(d.id()))
                .map(d -> d.title() + " (" + d.sourceFile() + ")").toList();
        Codebook theirs = source.codebook().current();
        ImportedCoderNames names = new ImportedCoderNames(project);
        Map<Long, String> theirCoders = new HashMap<>();
        source.coders().forEach(c -> theirCoders.put(c.id(), names.asHere(c.name())));
        Project their = source.project();
        int[] theirTotal = new int[1];
        Map<Long, Memo> theirMemos = new HashMap<>();
        source.memos().all().stream().filter(m -> m.target().kind() == MemoKind.PASSAGE)
                .forEach(m -> theirMemos.put(m.target().id(), new Memo(m.id(), m.target(), m.text(),
                        names.asHere(m.author()), m.created(), m.modified(), m.version(), names.asHere(m.changedBy()))));

        List<Code> created = new ArrayList<>();
        Set<String> coders = new LinkedHashSet<>();
        int[] matched = new int[1];
        PassagesAsPutIn[] putIn = new PassagesAsPutIn[1];
        Coder own = project.activeCoder();
        int[] addedToOwn = new int[1];
        // Their passages read a few documents at a time, all in one state of their file: loaded whole as their cache,
        // 1,000,000 of them sat beside this project's own 2,000,000 (bench --scale 10, docs/performance.md, issue 18).
        PassageIds added = their.store.read(() -> project.store.write(() -> {
            // Each try from nothing: a try the server rolled back (run again after a serialization failure) created
            // codes and matched passages that are not in the project; kept, undo and redo and the report counted them.
            created.clear();
            coders.clear();
            matched[0] = 0;
            addedToOwn[0] = 0;
            Map<Long, Integer> theirCounts = their.segments.countsByDocument();
            theirTotal[0] = theirCounts.values().stream().mapToInt(Integer::intValue).sum();
            Map<Long, Long> codeMap = mapCodes(theirs, created);
            Map<Long, Long> coderMap = new HashMap<>();
            LongFunction<String> texts = project.textFacts.textsWithSurrogates();
            long[] ids = new long[theirTotal[0]];
            int count = 0;
            // What undo checks them against, gathered as they go in: read back whole at the end, every column of
            // them beside the file's passages ran a 400,000-passage merge out of a 64 MB heap.
            PassagesAsPutIn.Collector asPutIn = new PassagesAsPutIn.Collector(theirTotal[0]);
            // One transaction, inserted a chunk at a time: their passages as drafts, sorted and stored, held whole
            // beside their cache and ours came to some 200 bytes a passage (docs/performance.md, issue 18).
            for (List<Long> documents : DocumentGroups.of(theirCounts, documentMap.keySet(), CHUNK)) {
                List<Segment> drafts = new ArrayList<>();
                List<Provenance> draftProvenance = new ArrayList<>();
                List<Memo> draftMemos = new ArrayList<>();
                List<Segment> chunk = their.segments.ofDocuments(documents);
                Map<Long, Provenance> theirProvenance = source.coding().provenance(chunk.stream().map(Segment::id)
                        .toList());
                for (Segment s : chunk) {
                    Long document = documentMap.get(s.documentId());
                    if (document == null) {
                        continue;
                    }
                    String coderName = theirCoders.get(s.coderId());
                    long coder = coderMap.computeIfAbsent(s.coderId(), k -> project.coders.ensure(coderName).id());
                    coders.add(coderName);
                    drafts.add(new Segment(0, document, s.start(), s.end(), codeMap.get(s.codeId()), coder,
                            s.memo(), s.created()));
                    draftProvenance.add(theirProvenance.get(s.id()));
                    draftMemos.add(s.memo() == null ? null : theirMemos.get(s.id()));
                }
                matched[0] += drafts.size();
                List<Segment> whole = PassageBoundaries.of(drafts, texts).passages();
                List<Segment> inserted = project.segments.insertAll(whole);
                // The assistant's record of their passages comes with them: without it they read as coded by hand.
                CarriedProvenance carried = new CarriedProvenance();
                // Their memos too, as their writers wrote them: without it each read as written by the passage's coder.
                CarriedMemos memos = new CarriedMemos();
                for (int i = 0; i < whole.size(); i++) {
                    carried.add(whole.get(i), draftProvenance.get(i));
                    memos.add(whole.get(i), draftMemos.get(i));
                }
                project.provenance.saveAll(carried.of(inserted));
                memos.restoreOn(project, inserted);
                asPutIn.add(inserted);
                for (int i = 0; i < inserted.size(); i++) {
                    ids[count++] = inserted instanceof SegmentColumns columns ? columns.id(i) : inserted.get(i).id();
                    long coder = inserted instanceof SegmentColumns columns ? columns.coderId(i) : inserted.get(i).coderId();
                    addedToOwn[0] += coder == own.id() ? 1 : 0;
                }
            }
            PassageIds merged = PassageIds.ofIds(ids, count);
            putIn[0] = AddedCodingEdit.asPutIn(asPutIn);
            return merged;
        }));
        int present = matched[0] - added.size();
        project.segmentCache.invalidate();
        if (added.size() > 0 || !created.isEmpty()) {
            project.history.record(new AddedCodingEdit(project, "Merge " + Counted.of(added.size(), "passage"), added,
                    created, List.of(), putIn[0]));
        }
        project.fire(ProjectEvent.CODEBOOK);
        project.fire(ProjectEvent.SEGMENTS);
        return new MergeReport(added.size(), present, List.copyOf(coders),
                created.stream().map(Code::name).toList(), unmatched, theirTotal[0] - matched[0],
                String.valueOf(source.file().getFileName()), own.name(), addedToOwn[0],
                names.lines(String.valueOf(source.file().getFileName())));
    }

    /** Their code id → our code id; codes we lack are created under the frame of the same name. */
    private Map<Long, Long> mapCodes(Codebook theirs, List<Code> created) {
        Codebook ours = project.codebook.load();
        Map<Long, Long> out = new HashMap<>();
        for (Code code : theirs.codes()) {
            Code match = ours.codeNamed(code.name()).orElse(null);
            if (match == null) {
                match = createLike(project, ours, theirs, code);
                created.add(match);
            }
            out.put(code.id(), match.id());
        }
        return out;
    }

    /** Adds another project's code here, under this project's frame of the same name when there is one. */
    static Code createLike(Project project, Codebook ours, Codebook theirs, Code code) {
        Long frameId = code.frameId() == null ? null : theirs.frame(code.frameId()).map(Frame::name)
                .flatMap(name -> ours.frames().stream().filter(f -> f.name().equals(name)).findFirst())
                .map(Frame::id).orElse(null);
        return project.codebook.insertCode(new Code(0, null, frameId, null, code.name(), code.color(),
                code.definition(), 0, 0), false);
    }
}
