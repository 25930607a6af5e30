package org.parallax.workbench;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.AlreadyThereException;
import org.parallax.model.Code;
import org.parallax.model.CodeNames;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.SavedSearch;
import org.parallax.model.Segment;
import org.parallax.model.TextRange;
import org.parallax.search.CodedPassages;
import org.parallax.search.CodedRanges;
import org.parallax.search.IndexDamagedException;
import org.parallax.search.IndexStatus;
import org.parallax.search.IndexedDocument;
import org.parallax.search.KwicLine;
import org.parallax.model.QuerySyntaxException;
import org.parallax.search.SearchOptions;
import org.parallax.search.SearchIndex;
import org.parallax.search.SearchResult;

/**
 * Full-text search use cases. The index beside the project file is derived data: it is checked
 * against the documents' hashes before the first search and rebuilt when missing, stale or corrupt.
 */
public final class Search {
    private final Project project;
    private final Memos memos;
    /** The outside-change generation at which the index was last found to match, or -1. */
    private volatile long checkedAt = -1;
    /** The passages of the code last named in {@code code:}, kept while the segment snapshot they came from is current. */
    private volatile CodeRanges lastCodeRanges;

    /** When the index's last commit was last found to hold exactly the documents; null when not (yet). */
    private volatile CommitMatched committedMatched;

    /**
     * The committed index opened for reading, with this project's own commits and the other programs' commits heard
     * of at that moment: while all three stand still the documents cannot have changed, so the comparison holds.
     */
    private record CommitMatched(SearchIndex committed, long commits, long outside) {
    }

    /**
     * A code's passages as the {@code code:} filter reads them, taken from one segment snapshot; read-only. The snapshot
     * is held weakly, only to tell whether it is still the current one: held strongly, the whole snapshot of the last
     * {@code code:} search stayed beside every later one, 2,200,000 passages (about 100 MB) beside the 3,000,000 loaded
     * after a merge in {@code bench --scale 10} (docs/performance.md, issue 18).
     */
    private record CodeRanges(WeakReference<List<Segment>> snapshot, long codeId, CodedPassages passages) {
        boolean takenFrom(List<Segment> current, long code) {
            return snapshot.get() == current && codeId == code;
        }
    }

    Search(Project project, Memos memos) {
        this.project = project;
        this.memos = memos;
    }

    /** How the index compares with the project's documents, once the background indexing has caught up. */
    public IndexStatus status() {
        awaitIndex();
        return compare();
    }

    /** How the index compares with the documents now, without waiting for the background indexing. */
    IndexStatus compare() {
        return compare(project.index());
    }

    private IndexStatus compare(SearchIndex index) {
        Map<Long, String> hashes = new HashMap<>();
        project.documents.list().forEach(d -> hashes.put(d.id(), d.contentHash()));
        return index.status(hashes);
    }

    /**
     * Checks the index against the documents (once, and again after another program changed the project): a
     * damaged index is rebuilt here, reporting to {@code progress}; documents missing from it or changed since are
     * queued for the background indexing ({@link #indexProgress}) and this returns at once. Returns true if a
     * rebuild ran to the end.
     */
    public synchronized boolean ensureIndex(TaskProgress progress) {
        // Another program may have imported or deleted documents since the last check.
        project.store.pollOutsideChanges();
        if (project.indexCatchUp.takeProblem()) {
            checkedAt = -1;
        }
        long generation = project.outsideGeneration();
        if (checkedAt == generation) {
            return false;
        }
        IndexStatus status = compare();
        if (status.state() != IndexStatus.State.CORRUPT) {
            catchUp(status);
            checkedAt = generation;
            return false;
        }
        project.indexCatchUp.clear();
        List<Document> documents = project.documents.list();
        UnindexedTexts unindexed = project.indexCatchUp.unindexed;
        Iterator<IndexedDocument> source = documents.stream()
                .flatMap(d -> unindexed.read(project.documents, d.id()).map(t -> Project.indexed(d, t)).stream())
                .iterator();
        boolean done = project.index().rebuild(source,
                n -> progress.update(n, documents.size(), "Indexing documents"), progress::isCancelled);
        checkedAt = done ? generation : -1;
        return done;
    }

    /** Brings an intact index up to the documents: what was deleted goes now, what is missing or changed is queued. */
    private void catchUp(IndexStatus status) {
        if (!status.extra().isEmpty()) {
            project.indexCatchUp.exclusive(() -> status.extra().forEach(id -> project.index().delete(id)));
        }
        List<Long> outdated = new ArrayList<>(status.missing());
        outdated.addAll(status.stale());
        outdated.sort(null);
        project.indexCatchUp.add(outdated);
    }

    /**
     * The folder of the index searches read: {@code NAME.parallax.index/} beside the project file, or one in the temp
     * folder for a read-only project or while another process holds the one beside it.
     */
    public Path indexFolder() {
        return project.searchedIndexFolder();
    }

    /** How far the background indexing has come; {@link IndexProgress#COMPLETE} when nothing waits. */
    public IndexProgress indexProgress() {
        return project.indexCatchUp.progress();
    }

    /** Waits until every stored document is indexed (or indexing stopped on a failure). */
    public void awaitIndex() {
        while (!project.indexCatchUp.await(60_000)) {
            System.getLogger(Search.class.getName()).log(System.Logger.Level.INFO, "Still indexing: "
                    + indexProgress().describe());
        }
    }

    /** Hears the background indexing's progress, on its thread, after every few megabytes and when it ends. */
    public void onIndexProgress(java.util.function.Consumer<IndexProgress> listener) {
        project.indexCatchUp.onProgress(listener);
    }

    public void removeIndexProgressListener(java.util.function.Consumer<IndexProgress> listener) {
        project.indexCatchUp.removeProgressListener(listener);
    }

    /**
     * Runs a query over every stored document (docs/search.md), waiting for the background indexing first;
     * {@code code:} clauses look at the project's coded passages. An index found damaged while searching is
     * rebuilt from the documents and the query run again, once.
     */
    public SearchResult search(String query, SearchOptions options) {
        return UnreadableTextsNote.added(project, search(query, options, true));
    }

    private SearchResult search(String query, SearchOptions options, boolean complete) {
        if (complete) {
            Optional<SearchResult> answer = searchCommitted(query, options);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        ensureIndex(TaskProgress.NONE);
        if (complete) {
            awaitComplete();
        }
        try {
            return project.index().search(query, options, codedRanges());
        } catch (IndexDamagedException e) {
            synchronized (this) {
                checkedAt = -1;
            }
            ensureIndex(TaskProgress.NONE);
            if (complete) {
                awaitComplete();
            }
            return project.index().search(query, options, codedRanges());
        }
    }

    /**
     * Waits for the background indexing and refuses to answer when it stopped early (a full disk): the index would
     * lack documents, and a search or auto-coding over it would miss their hits without a word.
     */
    private void awaitComplete() {
        awaitIndex();
        IndexProgress progress = indexProgress();
        if (progress.problem() != null) {
            throw new ParallaxException(notUpToDate(progress.problem()), notUpToDate(progress.problemInTheWindow()),
                    null);
        }
    }

    private static String notUpToDate(String problem) {
        return "The search index could not be brought up to date (" + problem + "), so a search would miss documents; "
                + "the project is not affected, and the next search tries again";
    }

    /**
     * Runs a query on the index's last commit, read-only, if it holds exactly the project's documents: a command that
     * only searches then opens no IndexWriter (which takes the write lock, and beside an open window fails, so a
     * private index was built). Empty when it does not match (missing, behind, damaged, or this process writes the
     * index): the caller then catches the index up as before.
     */
    private Optional<SearchResult> searchCommitted(String query, SearchOptions options) {
        Optional<SearchIndex> committed = project.committedIndex();
        if (committed.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!holdsTheDocuments(committed.get())) {
                project.dropCommittedIndex();
                return Optional.empty();
            }
            return Optional.of(committed.get().search(query, options, codedRanges()));
        } catch (IndexDamagedException e) {
            committedMatched = null;
            project.dropCommittedIndex();
            return Optional.empty();
        }
    }

    /**
     * Whether the committed index holds exactly the project's documents. Compared again whenever the project
     * committed anything since the last match (a document this process stored while another process holds the index
     * is no outside change, and a commit that lacks it must not answer) or heard of another program's commit; not
     * before every query: reading and comparing 10,000 documents' hashes was three quarters of a search-only
     * process's phrase query (133 ms at bench --scale 10, docs/performance.md, issue 18).
     */
    private boolean holdsTheDocuments(SearchIndex committed) {
        project.store.pollOutsideChanges();
        // Taken before comparing: a commit while the comparison runs makes the next query compare again.
        CommitMatched now = new CommitMatched(committed, project.store.commits(), project.outsideGeneration());
        if (now.equals(committedMatched)) {
            return true;
        }
        boolean holds = compare(committed).state() == IndexStatus.State.OK;
        committedMatched = holds ? now : null;
        return holds;
    }

    /**
     * Runs a query for the window: up to {@code limit} hits as {@link SearchHit}s; a malformed query comes
     * back with its message instead of throwing, so the search box can show it. It does not wait for the background
     * indexing: the hits then cover the documents indexed so far, and {@link SearchHits#indexing} says how many.
     */
    public SearchHits kwic(String query, boolean exactForms, int limit) {
        SearchResult result;
        IndexProgress indexing;
        try {
            // Read before searching: the answer covers at least the documents this says are indexed.
            indexing = indexProgress();
            result = UnreadableTextsNote.added(project, search(query, SearchOptions.defaults().withMaxLines(limit)
                    .withExactForms(exactForms), false));
        } catch (QuerySyntaxException e) {
            return SearchHits.malformed(query, e.getMessage());
        }
        List<SearchHit> hits = result.lines().stream().map(Search::hit).toList();
        return new SearchHits(query, result.totalHits(), result.matchingDocuments(), hits, null,
                indexing, result.notes());
    }

    static SearchHit hit(KwicLine l) {
        return new SearchHit(l.docId(), l.title(), l.date(), l.actor(), l.start(), l.end(), l.left(), l.hit(),
                l.right());
    }

    /**
     * Saves {@code query} under {@code name}. A search of that name saved by the same coder (or member of a team
     * project) takes the new query; one another coder saved is theirs, so saving over it is refused naming them, on a
     * project file and a team server alike. One saved before savers were recorded (schema 17) names nobody: in a file
     * whoever codes saves over it, on a team server only a lead (a coder's save replaced the team's search), and the
     * one who does becomes its saver. Looked up in the saving transaction, so
     * a search another member saves under that name meanwhile is met, never replaced.
     */
    public SavedSearch save(String name, String query) {
        String saver = project.activeCoder().name();
        return project.store.write(() -> {
            var there = project.savedSearches.find(name);
            if (there.isEmpty()) {
                return project.savedSearches.add(name, query, project.now());
            }
            String savedBy = there.get().savedBy();
            if (savedBy == null && !project.isLead()) {
                throw new ParallaxException("the search '" + name + "' was saved before Parallax recorded who saves "
                        + "searches, so only a lead of the team project saves over it: choose another name (nothing "
                        + "was changed)");
            }
            if (savedBy != null && !savedBy.equals(saver)) {
                throw AlreadyThereException.saying("another member (" + savedBy + ") saved a search called '"
                        + name + "': choose another name", "another member (" + savedBy + ") saved a search called '"
                        + name + "' a moment ago: choose another name (nothing was changed)");
            }
            return project.savedSearches.replace(there.get().id(), query);
        });
    }

    public List<SavedSearch> saved() {
        return project.savedSearches.list();
    }

    /**
     * Deletes the saved search {@code id} under the rule for saving over one ({@link #save}): a search another coder or
     * member saved is theirs, and one saved before savers were recorded only a lead of a team project deletes (in a
     * file, whoever codes). Looked up in the deleting transaction; a search already gone leaves nothing to do.
     */
    public void deleteSaved(long id) {
        project.store.write(() -> {
            var there = project.savedSearches.list().stream().filter(s -> s.id() == id).findFirst();
            if (there.isEmpty()) {
                return null;
            }
            deleteRefusal(there.get()).ifPresent(refusal -> {
                throw new ParallaxException(refusal);
            });
            project.savedSearches.delete(id);
            return null;
        });
    }

    /**
     * Why this session may not delete {@code search} ({@link #deleteSaved}'s rule), in one line; empty when it may. A
     * window says it before asking, rather than after the person said yes.
     */
    public Optional<String> deleteRefusal(SavedSearch search) {
        String savedBy = search.savedBy();
        if (savedBy == null && !project.isLead()) {
            return Optional.of("the search '" + search.name() + "' was saved before Parallax recorded who saves "
                    + "searches, so only a lead of the team project deletes it (nothing was changed)");
        }
        if (savedBy != null && !savedBy.equals(project.activeCoder().name())) {
            return Optional.of("another member (" + savedBy + ") saved the search '" + search.name() + "', so only "
                    + "they delete it (nothing was changed)");
        }
        return Optional.empty();
    }

    private CodedRanges codedRanges() {
        return new CodedRanges() {
            @Override
            public Map<Long, List<TextRange>> rangesOf(String name) {
                Code code = CodeNames.find(project.codebook.load().codes(), name).orElse(null);
                return code == null ? null : ranges(coded(project.passages(), code.id()), Map.of());
            }

            @Override
            public CodedPassages passagesOf(String name) {
                Code code = CodeNames.find(project.codebook.load().codes(), name).orElse(null);
                return code == null ? null : codePassages(code.id());
            }

            @Override
            public String whyNoCode(String name) {
                return CodeNames.whyNone(project.codebook.load(), name);
            }

            @Override
            public CodedPassages framePassages(String name) {
                Codebook book = project.codebook.load();
                return CodeNames.frameNamed(book, name).map(frame -> framePassagesOf(book.codesOf(frame))).orElse(null);
            }

            @Override
            public String whyNoFrame(String name) {
                return CodeNames.whyNoFrame(project.codebook.load(), name);
            }

            @Override
            public Map<Long, List<TextRange>> memoRanges(String memoQuery) {
                java.util.Set<Long> passages = new java.util.HashSet<>();
                Map<Long, Integer> documents = new HashMap<>();
                for (org.parallax.model.Memo memo : memos.matching(memoQuery)) {
                    switch (memo.target().kind()) {
                        case PASSAGE -> passages.add(memo.target().id());
                        case DOCUMENT -> project.documents.get(memo.target().id())
                                .ifPresent(d -> documents.put(d.id(), d.length()));
                        default -> {
                        }
                    }
                }
                return ranges(project.passages().stream().filter(s -> passages.contains(s.id())).toList(),
                        documents);
            }
        };
    }

    /** Lets the last {@code code:} search's passages go, for a closed project (see SegmentCache#release). */
    void release() {
        lastCodeRanges = null;
        committedMatched = null;
    }

    /**
     * The passages of one code as the filter reads them. Repeated {@code code:} searches reuse them while the segment
     * cache hands out the same snapshot (no change since): walking 200,000 passages and sorting the code's ranges took
     * a quarter of a {@code code:} search's time, merging each document's passages again a sixth.
     */
    private CodedPassages codePassages(long codeId) {
        List<Segment> snapshot = project.passages();
        CodeRanges last = lastCodeRanges;
        if (last != null && last.takenFrom(snapshot, codeId)) {
            return last.passages();
        }
        CodedPassages passages = CodedPassages.of(ranges(coded(snapshot, codeId), Map.of()));
        lastCodeRanges = new CodeRanges(new WeakReference<>(snapshot), codeId, passages);
        return passages;
    }

    /** The passages coded with any of {@code codes}, one frame's, as one code's. */
    private CodedPassages framePassagesOf(List<Code> codes) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        codes.forEach(c -> ids.add(c.id()));
        List<Segment> coded = project.passages().stream().filter(s -> ids.contains(s.codeId())).toList();
        return CodedPassages.of(ranges(coded, Map.of()));
    }

    private static List<Segment> coded(List<Segment> passages, long codeId) {
        List<Segment> coded = new ArrayList<>();
        for (Segment s : passages) {
            if (s.codeId() == codeId) {
                coded.add(s);
            }
        }
        return coded;
    }

    /** Passages and whole documents (id → length) as sorted ranges by document. */
    private static Map<Long, List<TextRange>> ranges(List<Segment> segments, Map<Long, Integer> wholeDocuments) {
        Map<Long, List<TextRange>> out = new HashMap<>();
        for (Segment s : segments) {
            out.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(new TextRange(s.start(), s.end()));
        }
        wholeDocuments.forEach((id, length) -> out.computeIfAbsent(id, k -> new ArrayList<>())
                .add(new TextRange(0, length)));
        out.values().forEach(list -> list.sort(null));
        return out;
    }
}
