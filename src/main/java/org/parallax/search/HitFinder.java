package org.parallax.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.parallax.model.TextRange;

/**
 * Runs a parsed query against one searcher: collects matching documents in document-id order, takes hit
 * positions from the index (a query of plain words from their postings, any other from the Matches API) and their
 * characters from the document's word offsets, keeps hits inside coded passages and cuts the first KWIC lines.
 */
final class HitFinder {
    private final IndexSearcher searcher;
    /** What Lucene runs; null for a plain word, whose documents come from its terms' postings ({@link #word}). */
    private final Query query;
    /** The terms of a query that is one plain word ({@link PlainWord}), else null. */
    private final List<Term> word;
    private final boolean findsText;
    private final SearchOptions options;
    private final PassageFilter passages;
    private final StoredTexts texts;
    /** The matching documents whose text could not be read for their lines. */
    private final List<Long> unreadable = new ArrayList<>();
    /** The query's words when it is only words (no phrase, wildcard or range): their positions come from postings. */
    private List<Term> plainTerms;
    /** Per index part, by its ordinal: readers that move forward through its documents. */
    private PartReaders[] parts;

    HitFinder(IndexSearcher searcher, ParsedQuery parsed, SearchOptions options, PassageFilter passages,
              StoredTexts texts) {
        this(searcher, parsed.query(), null, parsed.findsText(), options, passages, texts);
    }

    private HitFinder(IndexSearcher searcher, Query query, List<Term> word, boolean findsText, SearchOptions options,
                      PassageFilter passages, StoredTexts texts) {
        this.searcher = searcher;
        this.query = query;
        this.word = word;
        this.findsText = findsText;
        this.options = options;
        this.passages = passages;
        this.texts = texts;
    }

    /**
     * Finds the hits of one plain word from its terms' postings: the documents, counts, order and KWIC lines the
     * parsed query gives (PlainWordSearchTest), without the parser, the query's rewrite, weight and scorers.
     */
    static HitFinder ofWord(IndexSearcher searcher, List<Term> terms, SearchOptions options, StoredTexts texts) {
        return new HitFinder(searcher, null, List.copyOf(terms), true, options, PassageFilter.none(), texts);
    }

    /**
     * A matching document and the hits it counts when none of its KWIC lines are cut: its terms' frequency for a
     * query of countable terms, else the hits found by {@link #counted}.
     */
    private record MatchingDoc(LeafReaderContext leaf, int doc, long id, int count) {
    }

    SearchResult run() throws IOException {
        Weight weight = null;
        if (word != null) {
            plainTerms = word;
        } else {
            Query rewritten = searcher.rewrite(query);
            weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            plainTerms = findsText ? plainTerms(rewritten) : null;
        }
        parts = new PartReaders[searcher.getIndexReader().leaves().size()];
        List<Term> countableTerms = passages.isActive() ? null : plainTerms;
        List<MatchingDoc> docs = collect(weight, countableTerms);
        if (countableTerms == null) {
            docs = counted(weight, docs);
            parts = new PartReaders[parts.length];
        }
        docs.sort(Comparator.comparingLong(MatchingDoc::id));

        long total = 0;
        HitsPerDocument.Builder perDocument = new HitsPerDocument.Builder(docs.size());
        List<KwicLine> lines = new ArrayList<>();
        for (MatchingDoc doc : docs) {
            boolean wantLines = lines.size() < options.maxLines();
            List<TextRange> hits = List.of();
            int count;
            if (!wantLines) {
                count = doc.count();
            } else {
                hits = hits(weight, doc);
                count = hits.size();
            }
            total += count;
            perDocument.add(doc.id(), count);
            if (wantLines && !hits.isEmpty()) {
                addLines(doc, hits, lines);
            }
        }
        return new SearchResult(total, perDocument.build(), lines, List.of(), unreadable);
    }

    /**
     * Finds each document's hits in index order, {@code docs}' own (each part's documents in turn, in document order),
     * so every part's readers only move forward: in id order, which interleaves the parts, they were opened again at
     * one document in eight of bench's project, half a {@code code:} search's allocation (docs/performance.md, "Issue
     * 18, session 18"). Documents left without a hit by the passage filter go. The lines are cut afterwards in id
     * order, finding the hits again for the few documents they come from.
     */
    private List<MatchingDoc> counted(Weight weight, List<MatchingDoc> docs) throws IOException {
        List<MatchingDoc> counted = new ArrayList<>(docs.size());
        for (MatchingDoc doc : docs) {
            int count = hits(weight, doc).size();
            if (count > 0 || !passages.isActive()) {
                counted.add(new MatchingDoc(doc.leaf(), doc.doc(), doc.id(), count));
            }
        }
        return counted;
    }

    /** The matching documents of every index part, in index order; {@code weight} is null for a plain word. */
    private List<MatchingDoc> collect(Weight weight, List<Term> countableTerms) throws IOException {
        List<MatchingDoc> docs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            TermUnion union = weight == null ? TermUnion.of(leaf.reader(), word) : null;
            Scorer scorer = weight == null ? null : weight.scorer(leaf);
            DocIdSetIterator it = union != null ? union : scorer != null ? scorer.iterator() : null;
            if (it == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues ids = leaf.reader().getNumericDocValues(IndexFields.ID_VALUE);
            List<PostingsEnum> postings = countableTerms == null || union != null ? List.of()
                    : postings(leaf, countableTerms);
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live != null && !live.get(doc)) || ids == null || !ids.advanceExact(doc)) {
                    continue;
                }
                long id = ids.longValue();
                if (passages.isActive() && !passages.hasPassages(id)) {
                    continue;
                }
                docs.add(new MatchingDoc(leaf, doc, id, union != null ? union.freq() : freq(postings, doc)));
            }
        }
        return docs;
    }

    private List<TextRange> hits(Weight weight, MatchingDoc doc) throws IOException {
        if (!findsText) {
            return passages.isActive() ? passages.passagesOf(doc.id()) : List.of();
        }
        PartReaders part = part(doc);
        Hits hits = new Hits(part, doc, passages.isActive() ? passages.in(doc.id()) : null);
        if (plainTerms != null) {
            for (PostingsEnum words : part.positions(doc.leaf(), plainTerms)) {
                if (words.docID() < doc.doc()) {
                    words.advance(doc.doc());
                }
                if (words.docID() == doc.doc()) {
                    for (int i = words.freq(); i > 0; i--) {
                        int position = words.nextPosition();
                        hits.add(position, position);
                    }
                }
            }
        } else {
            Matches matches = weight.matches(doc.leaf(), doc.doc());
            if (matches != null) {
                for (String field : IndexFields.TEXT_FIELDS) {
                    MatchesIterator it = matches.getMatches(field);
                    while (it != null && it.next()) {
                        if (it.startPosition() >= 0) {
                            hits.add(it.startPosition(), it.endPosition());
                        }
                    }
                }
            }
        }
        return hits.distinct();
    }

    /** The readers of a document's index part, opened afresh when a document comes before the last one read there. */
    private PartReaders part(MatchingDoc doc) {
        int ord = doc.leaf().ord;
        if (parts[ord] == null || parts[ord].lastDoc >= doc.doc()) {
            parts[ord] = new PartReaders();
        }
        parts[ord].lastDoc = doc.doc();
        return parts[ord];
    }

    /**
     * Readers of one index part that only move forward: the word-offset doc values and the plain words' positions.
     * Documents come in id order, which interleaves the parts; kept per part, each is still read in document order
     * (opening them per document cost as much as the lookups).
     */
    private static final class PartReaders {
        int lastDoc = -1;
        private BinaryDocValues offsets;
        /** Reads one document's word offsets after another (its arrays reused). */
        private final TokenOffsets.Table table = new TokenOffsets.Table();
        private List<PostingsEnum> positions;

        /**
         * The document's word offsets; a document without them is a damaged index (the caller rebuilds it). The
         * table reads the reader's bytes in place, so it is used up before the next document's.
         */
        TokenOffsets.Table offsets(MatchingDoc doc) throws IOException {
            if (offsets == null) {
                offsets = doc.leaf().reader().getBinaryDocValues(IndexFields.OFFSETS);
            }
            if (offsets == null || !offsets.advanceExact(doc.doc())) {
                throw new CorruptIndexException("no word offsets for document " + doc.id(), "search index");
            }
            table.read(offsets.binaryValue());
            return table;
        }

        List<PostingsEnum> positions(LeafReaderContext leaf, List<Term> terms) throws IOException {
            if (positions == null) {
                positions = new ArrayList<>(terms.size());
                for (Term term : terms) {
                    PostingsEnum words = leaf.reader().postings(term, PostingsEnum.POSITIONS);
                    if (words != null) {
                        positions.add(words);
                    }
                }
            }
            return positions;
        }
    }

    /** A document's hits as characters, those outside its passages (when the query names codes) left out. */
    private static final class Hits {
        private final PartReaders part;
        private final MatchingDoc doc;
        private final PassageFilter.InDocument inPassages;
        private final List<TextRange> found = new ArrayList<>();
        private TokenOffsets.Table offsets;

        Hits(PartReaders part, MatchingDoc doc, PassageFilter.InDocument inPassages) {
            this.part = part;
            this.doc = doc;
            this.inPassages = inPassages;
        }

        void add(int startPosition, int endPosition) throws IOException {
            if (offsets == null) {
                offsets = part.offsets(doc);
            }
            if (inPassages != null && !inPassages.touches(offsets.blockStart(startPosition),
                    offsets.nextBlockStart(endPosition))) {
                return; // the blocks of 64 words around the hit touch no passage: its words need not be decoded
            }
            int start = offsets.start(startPosition);
            int end = offsets.end(endPosition);
            if (inPassages == null || inPassages.admits(start, end)) {
                found.add(new TextRange(start, end));
            }
        }

        /** In text order, each once (a word matched in two fields is one hit). */
        List<TextRange> distinct() {
            found.sort(null);
            List<TextRange> distinct = new ArrayList<>(found.size());
            for (TextRange hit : found) {
                if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(hit)) {
                    distinct.add(hit);
                }
            }
            return distinct;
        }
    }

    private void addLines(MatchingDoc doc, List<TextRange> hits, List<KwicLine> lines) throws IOException {
        StoredTexts.StoredDoc stored;
        try {
            stored = texts.load(doc.leaf(), doc.doc(), doc.id());
        } catch (UnreadableTextException e) {
            // One damaged page loses that document's lines, not the answer: the others are read, this one is named.
            unreadable.add(doc.id());
            return;
        }
        if (stored == null) {
            return; // the project's text is no longer the indexed version: no offsets to cut lines with
        }
        for (TextRange hit : hits) {
            if (lines.size() >= options.maxLines()) {
                return;
            }
            lines.add(Kwic.line(doc.id(), stored.title(), stored.date(), stored.actor(), stored.text(), hit,
                    options.contextChars()));
        }
    }

    /** The terms of a query that is one word (in its stemmed fields), whose hits are just term frequencies. */
    private static List<Term> plainTerms(Query query) {
        if (query instanceof TermQuery term && IndexFields.TEXT_FIELDS.contains(term.getTerm().field())) {
            return List.of(term.getTerm());
        }
        if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
            List<Term> terms = new ArrayList<>();
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getOccur() != BooleanClause.Occur.SHOULD || !(clause.getQuery() instanceof TermQuery t)
                        || !IndexFields.TEXT_FIELDS.contains(t.getTerm().field())
                        || terms.stream().anyMatch(other -> other.field().equals(t.getTerm().field()))) {
                    return null;
                }
                terms.add(t.getTerm());
            }
            return terms.isEmpty() ? null : terms;
        }
        return null;
    }

    private static List<PostingsEnum> postings(LeafReaderContext leaf, List<Term> terms) throws IOException {
        List<PostingsEnum> postings = new ArrayList<>();
        for (Term term : terms) {
            PostingsEnum pe = leaf.reader().postings(term, PostingsEnum.FREQS);
            if (pe != null) {
                postings.add(pe);
            }
        }
        return postings;
    }

    private static int freq(List<PostingsEnum> postings, int doc) throws IOException {
        int sum = 0;
        for (PostingsEnum pe : postings) {
            if (pe.docID() < doc) {
                pe.advance(doc);
            }
            if (pe.docID() == doc) {
                sum += pe.freq();
            }
        }
        return sum;
    }
}
