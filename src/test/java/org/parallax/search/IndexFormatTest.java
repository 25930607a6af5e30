package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's layout changed (ADR 0017: positions without offsets, a word-offset table): an index written before is
 * emptied when a writer opens it, so every document is found missing and indexed again, and a read-only open does
 * not answer from it at all.
 */
class IndexFormatTest {
    @TempDir
    Path folder;

    @Test
    void anIndexOfTheEarlierLayoutIsEmptiedAndItsDocumentsFoundMissing() throws IOException {
        Path index = folder.resolve("index");
        writeEarlierLayout(index);
        assertThat(SearchIndex.openCommitted(index, SearchFixtures::textOf)).as("not read as it is").isEmpty();

        try (SearchIndex opened = SearchIndex.open(index, SearchFixtures::textOf)) {
            assertThat(opened.documentCount()).isZero();
            IndexStatus status = opened.status(hashes());
            assertThat(status.state()).isEqualTo(IndexStatus.State.MISSING);
            assertThat(status.missing()).containsExactlyInAnyOrderElementsOf(hashes().keySet());

            opened.updateAll(SearchFixtures.all());
            SearchResult result = opened.search("\"security policy\"");
            assertThat(result.lines()).isNotEmpty().allSatisfy(line -> assertThat(line.hit().toLowerCase())
                    .isEqualTo("security policy"));
        }
        try (SearchIndex reopened = SearchIndex.open(index, SearchFixtures::textOf)) {
            assertThat(reopened.documentCount()).as("the new layout is kept, not emptied again")
                    .isEqualTo(SearchFixtures.all().size());
            assertThat(reopened.status(hashes()).state()).isEqualTo(IndexStatus.State.OK);
        }
        assertThat(SearchIndex.openCommitted(index, SearchFixtures::textOf)).isPresent()
                .get().satisfies(SearchIndex::close);
    }

    private static Map<Long, String> hashes() {
        Map<Long, String> hashes = new HashMap<>();
        SearchFixtures.all().forEach(d -> hashes.put(d.id(), d.contentHash()));
        return hashes;
    }

    /** The layout before ADR 0017: both text fields with offsets, no offset table, no layout in the commit. */
    private static void writeEarlierLayout(Path index) throws IOException {
        FieldType withOffsets = new FieldType();
        withOffsets.setTokenized(true);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index),
                new IndexWriterConfig(IndexFields.analyzer()))) {
            for (IndexedDocument d : SearchFixtures.all()) {
                Document doc = new Document();
                doc.add(new StringField(IndexFields.ID, Long.toString(d.id()), Field.Store.YES));
                doc.add(new NumericDocValuesField(IndexFields.ID_VALUE, d.id()));
                doc.add(new SortedDocValuesField(IndexFields.HASH, new BytesRef(d.contentHash())));
                doc.add(new Field(d.isRussian() ? IndexFields.TEXT_RU : IndexFields.TEXT_EN, d.text(), withOffsets));
                doc.add(new Field(IndexFields.TEXT_EXACT, d.text(), withOffsets));
                doc.add(new TextField(IndexFields.TITLE, d.title(), Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
        }
    }
}
