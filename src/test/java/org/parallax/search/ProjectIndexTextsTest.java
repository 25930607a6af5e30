package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's index keeps no copy of the texts: KWIC lines slice the project's text, checked by content hash. */
class ProjectIndexTextsTest {
    @TempDir
    Path folder;

    /** The project's stored texts, by id, with their hashes; a test replaces one to make the index stale. */
    private final Map<Long, IndexedDocument> project = new HashMap<>();

    private String textOf(long id, String contentHash) {
        IndexedDocument d = project.get(id);
        return d != null && d.contentHash().equals(contentHash) ? d.text() : null;
    }

    private SearchIndex projectIndex() {
        SearchFixtures.all().forEach(d -> project.put(d.id(), d));
        SearchIndex index = SearchIndex.open(folder.resolve("index"), this::textOf);
        index.updateAll(SearchFixtures.all());
        return index;
    }

    @Test
    void theIndexStoresNoTextAndKwicLinesSliceTheProjectsText() throws IOException {
        try (SearchIndex index = projectIndex()) {
            SearchResult result = index.search("threat*");
            assertThat(result.lines()).isNotEmpty();
            for (KwicLine line : result.lines()) {
                assertThat(line.hit()).isEqualTo(SearchFixtures.text(line.docId()).substring(line.start(), line.end()));
            }
            assertThat(result.lines()).extracting(KwicLine::title).contains(SearchFixtures.mixed().title());
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder.resolve("index")))) {
            assertThat(reader.numDocs()).isEqualTo(SearchFixtures.all().size());
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    assertThat(stored.document(doc).get(IndexFields.TEXT)).isNull();
                    assertThat(stored.document(doc).get(IndexFields.TITLE)).isNotBlank();
                }
            }
        }
    }

    @Test
    void aTextReplacedSinceIndexingGivesNoLinesCutWithStaleOffsets() {
        try (SearchIndex index = projectIndex()) {
            long before = index.countHits("threat");
            // The document's id now holds another text the index has not caught up with (say a deleted id reused).
            IndexedDocument mixed = SearchFixtures.mixed();
            project.put(mixed.id(), new IndexedDocument(mixed.id(), "Other", null, "other", "other", "en", "short",
                    "another hash"));

            SearchResult result = index.search("threat");

            assertThat(result.totalHits()).isEqualTo(before);
            assertThat(result.hitsPerDocument()).containsKey(SearchFixtures.MIXED);
            assertThat(result.lines()).extracting(KwicLine::docId).doesNotContain(SearchFixtures.MIXED).isNotEmpty();
        }
    }

    @Test
    void anIndexThatKeptItsOwnTextsStillCutsLinesFromThem() {
        Path old = folder.resolve("old-index");
        try (SearchIndex earlier = SearchIndex.open(old)) {
            earlier.updateAll(SearchFixtures.all());
        }
        try (SearchIndex reopened = SearchIndex.open(old, (id, hash) -> null)) {
            SearchResult result = reopened.search("threat*");
            assertThat(result.lines()).isNotEmpty().allSatisfy(line -> assertThat(line.hit())
                    .isEqualTo(SearchFixtures.text(line.docId()).substring(line.start(), line.end())));
        }
    }
}
