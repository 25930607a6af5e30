package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.MemoTarget;
import org.parallax.model.Offsets;
import org.parallax.model.Provenance;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.model.TextLimits;

/** Coding use cases: apply, remove, recode and annotate passages; every action is one undoable edit. */
public final class Coding {
    private final Project project;
    private final Memos memos;

    Coding(Project project, Memos memos) {
        this.project = project;
        this.memos = memos;
    }

    /** Codes {@code [start, end)} of a document with a code by the active coder. */
    public Segment code(long documentId, int start, int end, long codeId, String memo) {
        return code(documentId, start, end, codeId, project.activeCoder().name(), memo);
    }

    /** Codes {@code [start, end)} of a document with a code by the named coder (created if new). */
    public Segment code(long documentId, int start, int end, long codeId, String coderName, String memo) {
        // A coder named with the passage (`code --coder`) and refused is quoted in the message the log keeps; while
        // coders are pseudonymised it is hidden there, as a coder chosen first is (Workbench.setActiveCoder).
        return LogNames.hidingTyped(project, () -> CoderPseudonyms.on(project) ? List.of(coderName) : List.of(),
                () -> code(documentId, start, end, codeId, coderName, memo, null));
    }

    /**
     * Codes a passage the assistant suggested and the analyst accepted, storing its provenance with it in the
     * same transaction (so undo and redo keep both).
     */
    public Segment codeSuggested(long documentId, int start, int end, long codeId, Provenance provenance) {
        return code(documentId, start, end, codeId, project.activeCoder().name(), null, provenance);
    }

    private Segment code(long documentId, int start, int end, long codeId, String coderName, String memo,
                         Provenance provenance) {
        // The document and code as the views know them (no round trip to a team server); one this session has not
        // heard of yet (another member's, this very moment) is asked of the store.
        Document document = project.reads.document(documentId)
                .orElseThrow(() -> project.noDocument(documentId));
        Code code = project.reads.codebook().code(codeId).or(() -> project.codebook.load().code(codeId))
                .orElseThrow(() -> Codebooks.noSuchCode(codeId));
        requireValidRange(document, project.textFacts.textIfSurrogates(document), start, end);
        TextLimits.require("coder name", coderName, TextLimits.NAME);
        Coder active = project.activeCoder();
        long commits = project.store.commits();
        boolean activeCodes = active.id() != 0 && active.name().equals(coderName);
        // A new coder and its first passage are one user action, so one transaction.
        Segment saved = project.store.write(() -> {
            long coderId = activeCodes ? active.id() : project.coders.ensure(project.coderSpelling(coderName)).id();
            Segment inserted = project.segments.insert(new Segment(0, documentId, start, end, code.id(), coderId,
                    blankToNull(memo), project.now()));
            if (provenance != null) {
                project.provenance.saveAll(List.of(provenance.withSegment(inserted.id())));
            }
            return inserted;
        });
        project.reads.passagesChanged(commits, activeCodes);
        project.segmentCache.added(List.of(saved));
        project.history.record(new PassagesEdit(project, "Code passage with " + code.name(), List.of(saved), true));
        project.fire(ProjectEvent.SEGMENTS);
        return saved;
    }

    /**
     * Throws in words unless {@code [start, end)} is a non-empty range of the text that splits no character;
     * {@code text} null stands for a text known to hold no surrogate pair ({@link TextFacts#textIfSurrogates}).
     */
    static void requireValidRange(Document document, String text, int start, int end) {
        if (!Offsets.isValidRange(document.length(), start, end)) {
            throw new ParallaxException("Passage [" + start + ", " + end + ") is outside '" + document.title()
                    + "' (valid offsets are 0 to " + document.length() + ", start before end)");
        }
        if (text == null) {
            return;
        }
        for (int boundary : new int[] {start, end}) {
            if (Offsets.splitsCodePoint(text, boundary)) {
                throw new ParallaxException("Passage [" + start + ", " + end + ") of '" + document.title()
                        + "': offset " + boundary + " falls inside a character (between the two halves of "
                        + "a surrogate pair); use " + (boundary - 1) + " or " + (boundary + 1));
            }
        }
    }

    /** Stores many segments in one transaction (auto-code, exchange import); duplicates are skipped. */
    public List<Segment> codeAll(Collection<Segment> drafts, String label) {
        List<Segment> passages = PassageBoundaries.of(drafts, project.textFacts).passages();
        long commits = project.store.commits();
        List<Segment> saved = project.segments.insertAll(passages);
        project.reads.passagesChanged(commits);
        project.segmentCache.added(saved);
        project.history.record(new PassagesEdit(project, label, saved, true));
        project.fire(ProjectEvent.SEGMENTS);
        return saved;
    }

    /**
     * Stores many segments in one transaction with the provenance of each (the assistant's layer), matched to
     * the stored segments by document, range, code and coder; duplicates are skipped. One undoable action.
     */
    public List<Segment> codeAll(Collection<Segment> drafts, String label, Map<String, Provenance> provenanceByKey) {
        return replaceAll(List.of(), drafts, label, provenanceByKey);
    }

    /**
     * Removes {@code old} passages and stores {@code drafts} with their provenance in one transaction, as one
     * undoable action (a coder layer recomputed: the assistant's run replaces its previous passages).
     */
    public List<Segment> replaceAll(Collection<Segment> old, Collection<Segment> drafts, String label,
                                    Map<String, Provenance> provenanceByKey) {
        PassagesEdit removal = new PassagesEdit(project, label, List.copyOf(old), false);
        List<Long> oldIds = old.stream().map(Segment::id).toList();
        List<Segment> saved = project.store.write(() -> {
            project.segments.deleteAll(oldIds);
            List<Segment> inserted = project.segments.insertAll(drafts);
            List<Provenance> rows = new ArrayList<>();
            for (Segment s : inserted) {
                Provenance p = provenanceByKey.get(provenanceKey(s));
                if (p != null) {
                    rows.add(p.withSegment(s.id()));
                }
            }
            project.provenance.saveAll(rows);
            return inserted;
        });
        project.segmentCache.removed(oldIds);
        project.segmentCache.added(saved);
        PassagesEdit addition = new PassagesEdit(project, label, saved, true);
        project.history.record(oldIds.isEmpty() ? addition : new PassagesReplacement(project, label, removal, addition));
        project.fire(ProjectEvent.SEGMENTS);
        return saved;
    }

    /**
     * Removes {@code old} passages and stores the assistant's {@code layer} with its provenance in one transaction,
     * as one undoable action, a chunk at a time (the layer of a large project is millions of passages). The passage
     * cache is reloaded on the next read rather than given the layer as objects.
     */
    List<Segment> replaceLayer(SegmentColumns old, AssistantLayer layer, String label) {
        // the old layer is held as columns for undo, its provenance too, and its ids are deleted a chunk at a time:
        // a layer of two million passages as objects did not fit the benchmark's heap (docs/performance.md)
        PassagesEdit removal = new PassagesEdit(project, label, old, false);
        project.store.write(() -> {
            for (int from = 0; from < old.size(); from += PassagesEdit.CHUNK) {
                project.segments.deleteAll(PassagesEdit.ids(old.subList(from, Math.min(old.size(), from + PassagesEdit.CHUNK))));
            }
            layer.store(project.coders, project.segments, project.provenance);
            return null;
        });
        project.segmentCache.invalidate();
        AssistantLayerEdit addition = new AssistantLayerEdit(project, label, layer);
        project.history.record(old.isEmpty() ? addition : new PassagesReplacement(project, label, removal, addition));
        project.fire(ProjectEvent.SEGMENTS);
        return layer.passages();
    }

    /** The key {@link #codeAll(Collection, String, Map)} matches provenance by. */
    public static String provenanceKey(Segment s) {
        return s.documentId() + ":" + s.start() + ":" + s.end() + ":" + s.codeId() + ":" + s.coderId();
    }

    /** The provenance of those of the passages the assistant suggested, by passage id (the passage's details). */
    public Map<Long, Provenance> provenance(Collection<Long> segmentIds) {
        Map<Long, Provenance> out = new java.util.HashMap<>();
        if (!segmentIds.isEmpty()) {
            project.provenance.of(segmentIds).forEach(p -> out.put(p.segmentId(), p));
        }
        return out;
    }

    /** Removes a coded passage. */
    public void uncode(long segmentId) {
        Segment segment = segment(segmentId);
        PassagesEdit edit = new PassagesEdit(project, "Remove passage", List.of(segment), false);
        project.segments.deleteAll(List.of(segmentId));
        project.segmentCache.removed(List.of(segmentId));
        project.history.record(edit);
        project.fire(ProjectEvent.SEGMENTS);
    }

    /** Gives a passage another code. */
    public void changeCode(long segmentId, long codeId) {
        Segment before = segment(segmentId);
        project.codebook.load().code(codeId).orElseThrow(() -> Codebooks.noSuchCode(codeId));
        Segment after = withCode(before, codeId);
        if (project.segments.find(after).isPresent()) {
            throw new ParallaxException("This passage is already coded with that code by that coder");
        }
        Edit edit = new RecodeEdit(project, before, after);
        edit.apply();
        project.history.record(edit);
    }

    /** Sets or clears a passage's memo as one undoable action (see {@link Memos}). */
    public void setMemo(long segmentId, String memo) {
        memos.set(MemoTarget.passage(segmentId), memo);
    }

    public Segment segment(long segmentId) {
        return project.segments.get(segmentId)
                .orElseThrow(() -> project.noPassage(segmentId));
    }

    /** All segments of the project, from memory, as an unmodifiable snapshot. */
    public List<Segment> segments() {
        return project.segmentCache.all();
    }

    /** The passages of a document the active coder may see (all, or only their own in blind mode). */
    public List<Segment> visibleSegmentsOfDocument(long documentId) {
        return project.visible(project.segments.ofDocument(documentId));
    }

    public List<Segment> segmentsOfDocument(long documentId) {
        return project.segments.ofDocument(documentId);
    }

    public List<Segment> segmentsOfCode(long codeId) {
        return project.segments.ofCode(codeId);
    }

    private static Segment withCode(Segment s, long codeId) {
        return new Segment(s.id(), s.documentId(), s.start(), s.end(), codeId, s.coderId(), s.memo(), s.created());
    }

    private static String blankToNull(String memo) {
        return memo == null || memo.isBlank() ? null : memo;
    }

    /** Replacing a segment's code. */
    private record RecodeEdit(Project project, Segment before, Segment after) implements ChangeOfState<Segment> {
        @Override
        public String label() {
            return "Change code";
        }

        @Override
        public void write(Segment s) {
            // From the code the other side of the step: one another program gave the passage since is not replaced.
            project.segments.updateCode(s.id(), (s == after ? before : after).codeId(), s.codeId());
            // Reread, so the cache keeps the passage's memo as it is now, not as it was when the code changed.
            project.segmentCache.added(project.segments.get(s.id()).stream().toList());
            project.fire(ProjectEvent.SEGMENTS);
        }
    }
}
