package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit of the search index returns with the merges it started done: an import that says its documents are fully
 * searchable leaves no merge running behind it on a core of its own (docs/performance.md, "Issue 18: the index merged
 * on the thread that writes it").
 */
class IndexMergedByItsWriterTest {
    @TempDir
    Path folder;

    @Test
    void everyCommitReturnsWithNoMergeStillRunning() throws IOException {
        int commits = 60;
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexConnection index = IndexConnection.open(directory, IndexFields.analyzer())) {
            for (int i = 0; i < commits; i++) {
                index.writer().addDocument(document(i));
                index.commitAndRefresh();
                assertThat(index.writer().getMergingSegments()).as("segments still merging after commit %d", i)
                        .isEmpty();
            }
            assertThat(SegmentInfos.readLatestCommit(directory).size()).as("the commits' segments were merged")
                    .isLessThan(commits);
            int searchable = index.withSearcher(searcher -> searcher.getIndexReader().numDocs());
            assertThat(searchable).isEqualTo(commits);
        }
    }

    private static Document document(int i) {
        Document d = new Document();
        d.add(new StringField(IndexFields.ID, Integer.toString(i), Field.Store.YES));
        d.add(new TextField(IndexFields.TEXT_EXACT, "words of document " + i, Field.Store.NO));
        return d;
    }
}
