package org.parallax.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The real test texts of src/test/resources/search as indexed documents, plus one small mixed-script text. */
final class SearchFixtures {
    static final long MUNICH_EN = 1;
    static final long BIDEN = 2;
    static final long MUNICH_RU = 3;
    static final long MIXED = 4;

    /** Emoji (surrogate pairs) and Cyrillic before English words, to check that offsets stay UTF-16. */
    static final String MIXED_TEXT = "Заявление 🙂🇺🇦 — угрозой назвали расширение.\n\n"
            + "The threat 😀 was discussed; threats followed.\n";

    private SearchFixtures() {
    }

    static IndexedDocument munichEnglish() {
        return new IndexedDocument(MUNICH_EN, "Speech at the Munich Conference on Security Policy",
                LocalDate.of(2007, 2, 10), "speech", "Russia", "en",
                resource("2007-02-10_putin_munich_security_conference_speech_en.txt"), "h1");
    }

    static IndexedDocument biden() {
        return new IndexedDocument(BIDEN, "Remarks by President Biden on Russia's Attack on Ukraine",
                LocalDate.of(2022, 2, 24), "speech", "USA", "en",
                resource("2022-02-24_biden_remarks_russia_attack_on_ukraine_whitehouse.md"), "h2");
    }

    static IndexedDocument munichRussian() {
        return new IndexedDocument(MUNICH_RU, "Выступление на Мюнхенской конференции",
                LocalDate.of(2007, 2, 10), "speech", "Russia", "ru",
                resource("2007-02-10_putin_munich_speech_and_discussion_ru.txt"), "h3");
    }

    static IndexedDocument mixed() {
        return new IndexedDocument(MIXED, "Mixed scripts note", null, "other", "other", "en", MIXED_TEXT, "h4");
    }

    static List<IndexedDocument> all() {
        return List.of(munichEnglish(), biden(), munichRussian(), mixed());
    }

    /** Like a project's index: no copy of the texts, KWIC lines slice them from the fixtures. */
    static SearchIndex indexOfAll() {
        SearchIndex index = SearchIndex.inMemory(SearchFixtures::textOf);
        index.updateAll(all());
        return index;
    }

    /** The fixtures as the project's stored texts: a text by id, if its hash is still the one asked for. */
    static String textOf(long id, String contentHash) {
        return all().stream().filter(d -> d.id() == id && d.contentHash().equals(contentHash)).findFirst()
                .map(IndexedDocument::text).orElse(null);
    }

    static String text(long id) {
        return all().stream().filter(d -> d.id() == id).findFirst().orElseThrow().text();
    }

    private static String resource(String name) {
        try (InputStream in = SearchFixtures.class.getResourceAsStream("/search/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource search/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
