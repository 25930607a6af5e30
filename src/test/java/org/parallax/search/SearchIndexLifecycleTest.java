package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;

class SearchIndexLifecycleTest {
    @TempDir
    Path projectFolder;

    private Path indexFolder() {
        return projectFolder.resolve("study.parallax.index");
    }

    private static Map<Long, String> hashes(List<IndexedDocument> docs) {
        Map<Long, String> hashes = new HashMap<>();
        docs.forEach(d -> hashes.put(d.id(), d.contentHash()));
        return hashes;
    }

    private static IndexedDocument withText(IndexedDocument d, String text, String hash) {
        return new IndexedDocument(d.id(), d.title(), d.date(), d.type(), d.actor(), d.language(), text, hash);
    }

    @Test
    void updatingTheSameDocumentTwiceKeepsOneCopy() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.update(SearchFixtures.biden());
            long once = index.countHits("nato");
            index.update(SearchFixtures.biden());

            assertThat(index.documentCount()).isEqualTo(1);
            assertThat(index.countHits("nato")).isEqualTo(once).isPositive();
        }
    }

    @Test
    void updateReplacesTextAndDeleteRemovesTheDocument() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.updateAll(SearchFixtures.all());
            index.update(withText(SearchFixtures.biden(), "No archipelago was mentioned.", "h2b"));

            assertThat(index.search("nato").hitsPerDocument()).containsOnlyKeys(SearchFixtures.MUNICH_EN);
            assertThat(index.search("archipelago").hitsPerDocument()).containsOnlyKeys(SearchFixtures.BIDEN);

            index.delete(SearchFixtures.BIDEN);
            index.delete(999);
            assertThat(index.documentCount()).isEqualTo(3);
            assertThat(index.search("archipelago").hitsPerDocument()).isEmpty();
        }
    }

    @Test
    void statusNamesMissingStaleAndExtraDocuments() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            List<IndexedDocument> docs = SearchFixtures.all();
            assertThat(index.status(hashes(docs)).state()).isEqualTo(IndexStatus.State.MISSING);

            index.updateAll(docs);
            assertThat(index.status(hashes(docs))).isEqualTo(new IndexStatus(IndexStatus.State.OK,
                    java.util.Set.of(), java.util.Set.of(), java.util.Set.of()));

            Map<Long, String> project = hashes(docs);
            project.put(SearchFixtures.BIDEN, "changed");
            project.remove(SearchFixtures.MIXED);
            project.put(42L, "new");
            IndexStatus status = index.status(project);

            assertThat(status.state()).isEqualTo(IndexStatus.State.STALE);
            assertThat(status.missing()).containsExactly(42L);
            assertThat(status.stale()).containsExactly(SearchFixtures.BIDEN);
            assertThat(status.extra()).containsExactly(SearchFixtures.MIXED);
        }
    }

    @Test
    void deletedIndexFolderIsReportedMissingAndRebuilt() throws IOException {
        List<IndexedDocument> docs = SearchFixtures.all();
        long expected;
        try (SearchIndex index = SearchIndex.open(indexFolder())) {
            index.updateAll(docs);
            expected = index.countHits("\"use of force\"");
        }
        deleteRecursively(indexFolder());

        try (SearchIndex index = SearchIndex.open(indexFolder())) {
            assertThat(index.status(hashes(docs)).state()).isEqualTo(IndexStatus.State.MISSING);
            List<Integer> progress = new ArrayList<>();

            assertThat(index.rebuild(docs.iterator(), progress::add, () -> false)).isTrue();

            assertThat(progress).containsExactly(1, 2, 3, 4);
            assertThat(index.status(hashes(docs)).state()).isEqualTo(IndexStatus.State.OK);
            assertThat(index.countHits("\"use of force\"")).isEqualTo(expected).isEqualTo(4);
            assertThat(index.sizeInBytes()).isPositive();
        }
        try (SearchIndex reopened = SearchIndex.open(indexFolder())) {
            assertThat(reopened.status(hashes(docs)).state()).isEqualTo(IndexStatus.State.OK);
        }
    }

    @Test
    void corruptIndexIsReportedAndRebuilt() throws IOException {
        List<IndexedDocument> docs = SearchFixtures.all();
        try (SearchIndex index = SearchIndex.open(indexFolder())) {
            index.updateAll(docs);
        }
        try (Stream<Path> files = Files.list(indexFolder())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        try (SearchIndex index = SearchIndex.open(indexFolder())) {
            assertThat(index.status(hashes(docs)).state()).isEqualTo(IndexStatus.State.CORRUPT);
            assertThatThrownBy(() -> index.search("nato")).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("is damaged and must be rebuilt");

            assertThat(index.rebuild(docs.iterator(), n -> { }, () -> false)).isTrue();

            assertThat(index.status(hashes(docs)).state()).isEqualTo(IndexStatus.State.OK);
            assertThat(index.search("nato").hitsPerDocument())
                    .containsOnlyKeys(SearchFixtures.MUNICH_EN, SearchFixtures.BIDEN);
        }
    }

    @Test
    void cancelledRebuildKeepsThePreviousIndex() {
        try (SearchIndex index = SearchIndex.open(indexFolder())) {
            index.update(SearchFixtures.biden());
            List<IndexedDocument> docs = SearchFixtures.all();
            int[] indexed = {0};

            boolean completed = index.rebuild(docs.iterator(), n -> indexed[0] = n, () -> indexed[0] >= 2);

            assertThat(completed).isFalse();
            assertThat(indexed[0]).isEqualTo(2);
            assertThat(index.documentCount()).isEqualTo(1);
            assertThat(index.search("ukraine").hitsPerDocument()).containsOnlyKeys(SearchFixtures.BIDEN);
            index.update(SearchFixtures.mixed());
            assertThat(index.documentCount()).isEqualTo(2);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
    @Test
    void documentsStagedOnEveryCoreAreSearchableAfterAPublishAndDurableAfterACommit() {
        // stage() indexes on every core, so the writer holds several buffers; publish and commit write them all out.
        List<IndexedDocument> first = numbered(0, 300);
        List<IndexedDocument> second = numbered(300, 300);
        try (SearchIndex index = SearchIndex.open(indexFolder())) {
            index.stage(first);
            index.publish();
            assertThat(index.documentCount()).isEqualTo(300);
            assertThat(index.countHits("archipelago")).isEqualTo(300);

            index.stage(second);
            index.commit();
            assertThat(index.documentCount()).isEqualTo(600);
        }
        try (SearchIndex reopened = SearchIndex.open(indexFolder())) {
            assertThat(reopened.documentCount()).isEqualTo(600);
            assertThat(reopened.countHits("archipelago")).isEqualTo(600);
            assertThat(reopened.countHits("document599")).isEqualTo(1);
        }
    }

    private static List<IndexedDocument> numbered(int from, int count) {
        List<IndexedDocument> docs = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            docs.add(new IndexedDocument(i + 1, "Document " + i, null, "speech", "NATO", "en",
                    "The archipelago was named in document" + i + ". " + "Security policy was discussed. ".repeat(50),
                    "hash" + i));
        }
        return docs;
    }
}
