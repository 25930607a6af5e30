package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.CodeNames;
import org.parallax.model.Document;
import org.parallax.model.SavedSearch;
import org.parallax.model.Segment;
import org.parallax.model.TextRange;
import org.parallax.search.CodedRanges;
import org.parallax.search.IndexDamagedException;
import org.parallax.search.IndexStatus;
import org.parallax.search.IndexedDocument;
import org.parallax.search.KwicLine;
import org.parallax.search.QuerySyntaxException;
import org.parallax.search.SearchOptions;
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

    Search(Project project, Memos memos) {
        this.project = project;
        this.memos = memos;
    }

    /** How the index compares with the project's documents. */
    public IndexStatus status() {
        Map<Long, String> hashes = new HashMap<>();
        project.documents.list().forEach(d -> hashes.put(d.id(), d.contentHash()));
        return project.index().status(hashes);
    }

    /** Rebuilds the index if it does not match the documents; returns true if a rebuild ran to the end. */
    public synchronized boolean ensureIndex(TaskProgress progress) {
        // Another program may have imported or deleted documents since the last check.
        project.store.pollOutsideChanges();
        long generation = project.outsideGeneration();
        if (checkedAt == generation) {
            return false;
        }
        IndexStatus status = status();
        if (!status.needsRebuild()) {
            checkedAt = generation;
            return false;
        }
        List<Document> documents = project.documents.list();
        Iterator<IndexedDocument> source = documents.stream()
                .map(d -> Project.indexed(d, project.documents.text(d.id())))
                .iterator();
        boolean done = project.index().rebuild(source,
                n -> progress.update(n, documents.size(), "Indexing documents"), progress::isCancelled);
        checkedAt = done ? generation : -1;
        return done;
    }

    /**
     * Runs a query (docs/search.md); {@code code:} clauses look at the project's coded passages. An index
     * found damaged while searching is rebuilt from the documents and the query run again, once.
     */
    public SearchResult search(String query, SearchOptions options) {
        ensureIndex(TaskProgress.NONE);
        try {
            return project.index().search(query, options, codedRanges());
        } catch (IndexDamagedException e) {
            synchronized (this) {
                checkedAt = -1;
            }
            ensureIndex(TaskProgress.NONE);
            return project.index().search(query, options, codedRanges());
        }
    }

    /**
     * Runs a query for the window: up to {@code limit} hits as {@link SearchHit}s; a malformed query comes
     * back with its message instead of throwing, so the search box can show it.
     */
    public SearchHits kwic(String query, boolean exactForms, int limit) {
        SearchResult result;
        try {
            result = search(query, SearchOptions.defaults().withMaxLines(limit).withExactForms(exactForms));
        } catch (QuerySyntaxException e) {
            return SearchHits.malformed(query, e.getMessage());
        }
        List<SearchHit> hits = result.lines().stream().map(Search::hit).toList();
        return new SearchHits(query, result.totalHits(), result.matchingDocuments(), hits, null);
    }

    static SearchHit hit(KwicLine l) {
        return new SearchHit(l.docId(), l.title(), l.date(), l.actor(), l.start(), l.end(), l.left(), l.hit(),
                l.right());
    }

    public SavedSearch save(String name, String query) {
        return project.savedSearches.save(name, query);
    }

    public List<SavedSearch> saved() {
        return project.savedSearches.list();
    }

    public void deleteSaved(long id) {
        project.savedSearches.delete(id);
    }

    private CodedRanges codedRanges() {
        return new CodedRanges() {
            @Override
            public Map<Long, List<TextRange>> rangesOf(String name) {
                Code code = CodeNames.find(project.codebook.load().codes(), name).orElse(null);
                if (code == null) {
                    return null;
                }
                return ranges(project.segmentCache.all().stream().filter(s -> s.codeId() == code.id()).toList(),
                        Map.of());
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
                return ranges(project.segmentCache.all().stream().filter(s -> passages.contains(s.id())).toList(),
                        documents);
            }
        };
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
