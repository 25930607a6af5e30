package org.parallax.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * positions from the index (Matches API) and their characters from the document's word offsets, keeps hits inside
 * coded passages and cuts the first KWIC lines.
 */
final class HitFinder {
    private final IndexSearcher searcher;
    private final ParsedQuery parsed;
    private final SearchOptions options;
    private final PassageFilter passages;
    private final StoredTexts texts;
    private LeafReaderContext offsetsLeaf;
    private BinaryDocValues offsetsValues;

    HitFinder(IndexSearcher searcher, ParsedQuery parsed, SearchOptions options, PassageFilter passages,
              StoredTexts texts) {
        this.searcher = searcher;
        this.texts = texts;
        this.parsed = parsed;
        this.options = options;
        this.passages = passages;
    }

    private record MatchingDoc(LeafReaderContext leaf, int doc, long id, int termFreq) {
    }

    SearchResult run() throws IOException {
        Query rewritten = searcher.rewrite(parsed.query());
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Term> countableTerms = passages.isActive() || !parsed.findsText() ? null : plainTerms(rewritten);
        List<MatchingDoc> docs = collect(weight, countableTerms);
        docs.sort(Comparator.comparingLong(MatchingDoc::id));

        long total = 0;
        Map<Long, Integer> perDocument = new LinkedHashMap<>();
        List<KwicLine> lines = new ArrayList<>();
        for (MatchingDoc doc : docs) {
            boolean wantLines = lines.size() < options.maxLines();
            List<TextRange> hits = List.of();
            int count;
            if (countableTerms != null && !wantLines) {
                count = doc.termFreq();
            } else {
                hits = hits(weight, doc);
                count = hits.size();
            }
            if (count == 0 && passages.isActive()) {
                continue;
            }
            total += count;
            perDocument.put(doc.id(), count);
            if (wantLines && !hits.isEmpty()) {
                addLines(doc, hits, lines);
            }
        }
        return new SearchResult(total, perDocument, lines);
    }

    private List<MatchingDoc> collect(Weight weight, List<Term> countableTerms) throws IOException {
        List<MatchingDoc> docs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues ids = leaf.reader().getNumericDocValues(IndexFields.ID_VALUE);
            List<PostingsEnum> postings = countableTerms == null ? List.of() : postings(leaf, countableTerms);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live != null && !live.get(doc)) || ids == null || !ids.advanceExact(doc)) {
                    continue;
                }
                long id = ids.longValue();
                if (passages.isActive() && !passages.hasPassages(id)) {
                    continue;
                }
                docs.add(new MatchingDoc(leaf, doc, id, freq(postings, doc)));
            }
        }
        return docs;
    }

    private List<TextRange> hits(Weight weight, MatchingDoc doc) throws IOException {
        if (!parsed.findsText()) {
            return passages.isActive() ? passages.passagesOf(doc.id()) : List.of();
        }
        Matches matches = weight.matches(doc.leaf(), doc.doc());
        List<TextRange> hits = new ArrayList<>();
        TokenOffsets.Table offsets = null;
        if (matches != null) {
            for (String field : IndexFields.TEXT_FIELDS) {
                MatchesIterator it = matches.getMatches(field);
                while (it != null && it.next()) {
                    if (it.startPosition() >= 0) {
                        offsets = offsets != null ? offsets : offsets(doc);
                        hits.add(new TextRange(offsets.start(it.startPosition()), offsets.end(it.endPosition())));
                    }
                }
            }
        }
        hits.sort(null);
        List<TextRange> distinct = new ArrayList<>(hits.size());
        for (TextRange hit : hits) {
            if ((distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(hit)) && passages.admits(doc.id(), hit)) {
                distinct.add(hit);
            }
        }
        return distinct;
    }

    /**
     * The document's word offsets; a document without them is a damaged index (the caller rebuilds it). One
     * reader of the values serves a leaf's documents in order: opening one per document cost as much as the
     * lookups. The table reads the reader's bytes in place, so it is used up before the next document's.
     */
    private TokenOffsets.Table offsets(MatchingDoc doc) throws IOException {
        if (offsetsLeaf != doc.leaf() || offsetsValues == null || offsetsValues.docID() >= doc.doc()) {
            offsetsLeaf = doc.leaf();
            offsetsValues = doc.leaf().reader().getBinaryDocValues(IndexFields.OFFSETS);
        }
        if (offsetsValues == null || !offsetsValues.advanceExact(doc.doc())) {
            throw new CorruptIndexException("no word offsets for document " + doc.id(), "search index");
        }
        return new TokenOffsets.Table(offsetsValues.binaryValue());
    }

    private void addLines(MatchingDoc doc, List<TextRange> hits, List<KwicLine> lines) throws IOException {
        StoredTexts.StoredDoc stored = texts.load(doc.leaf(), doc.doc(), doc.id());
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

    /** The terms of a query that is one word (in one or both stemmed fields), whose hits are just term frequencies. */
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
