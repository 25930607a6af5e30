package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;

/**
 * Russian writes ё as е in most printed texts and spells it out in others, often both in one text: "идёт" and "идет"
 * are one word to a reader, but a search for one missed the other, stemmed, quoted, with the exact-forms toggle, as a
 * wildcard, and in memos. Each hit is still the word as written, at its own offsets.
 */
class RussianYoSearchTest {
    private static final String WITH_YO = "Переговоры ещё идут. Расширение идёт на восток, и это её решение.";
    private static final String WITHOUT_YO = "Работа еще идет. Процесс идет медленно, а ее позиция неизменна.";
    private static final List<IndexedDocument> DOCUMENTS = List.of(
            new IndexedDocument(1, "С буквой ё", null, "speech", "Russia", "ru", WITH_YO, "yo"),
            new IndexedDocument(2, "Без буквы ё", null, "speech", "Russia", "ru", WITHOUT_YO, "ye"),
            new IndexedDocument(3, "Quoted in English", null, "other", "USA", "en",
                    "He said the talks were \"идёт\" and \"Идет\", going on.", "en"));

    @TempDir
    Path folder;

    private SearchIndex index;

    @BeforeEach
    void indexOnDisk() {
        index = SearchIndex.open(folder.resolve("index"), (id, hash) -> DOCUMENTS.stream()
                .filter(d -> d.id() == id && d.contentHash().equals(hash)).findFirst()
                .map(IndexedDocument::text).orElse(null));
        index.updateAll(DOCUMENTS);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void eitherSpellingFindsBothInStemmedSearch() {
        assertThat(hits("идёт")).containsExactlyInAnyOrder("1:идёт", "2:идет", "2:идет", "3:идёт", "3:Идет");
        assertThat(hits("идет")).isEqualTo(hits("идёт"));
        assertThat(hits("Идёт")).isEqualTo(hits("идёт"));
    }

    @Test
    void eitherSpellingFindsBothInQuotesWithTheToggleAndAsAWildcard() {
        assertThat(hits("\"еще идут\"")).containsExactly("1:ещё идут");
        assertThat(hits("\"ещё идет\"")).containsExactly("2:еще идет");
        assertThat(hits("\"ещё\"")).containsExactlyInAnyOrder("1:ещё", "2:еще");
        assertThat(hits("\"её\"")).containsExactlyInAnyOrder("1:её", "2:ее");
        SearchResult toggled = index.search("ЕЩЁ", SearchOptions.defaults().withMaxLines(100).withExactForms(true),
                CodedRanges.none());
        assertThat(words(toggled)).containsExactlyInAnyOrder("1:ещё", "2:еще");
        assertThat(hits("ид?т")).containsExactlyInAnyOrder("1:идут", "1:идёт", "2:идет", "2:идет", "3:идёт", "3:Идет");
        assertThat(hits("идё*")).containsExactlyInAnyOrder("1:идёт", "2:идет", "2:идет", "3:идёт", "3:Идет");
    }

    @Test
    void memosFindEitherSpelling() {
        Instant now = Instant.parse("2026-12-06T00:00:00Z");
        MemoIndex memos = MemoIndex.of(List.of(
                new Memo(1, MemoTarget.project(), "Риторика ещё жёстче.", "ana", now, now),
                new Memo(2, MemoTarget.project(), "Риторика еще жестче.", "ana", now, now)));

        assertThat(memos.search("жёстче")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(memos.search("\"еще жестче\"")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(memos.search("жест*")).containsExactlyInAnyOrder(1L, 2L);
    }

    private List<String> hits(String query) {
        return words(index.search(query, SearchOptions.defaults().withMaxLines(100), CodedRanges.none()));
    }

    /** Each hit as "document:the characters at its offsets in the stored text". */
    private static List<String> words(SearchResult result) {
        Map<Long, String> texts = Map.of(1L, WITH_YO, 2L, WITHOUT_YO, 3L, DOCUMENTS.get(2).text());
        return result.lines().stream()
                .map(l -> l.docId() + ":" + texts.get(l.docId()).substring(l.start(), l.end())).toList();
    }
}
