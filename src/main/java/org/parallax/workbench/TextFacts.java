package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.parallax.model.WordCount;
import org.parallax.model.Document;
import org.parallax.store.DocumentStore;

/**
 * What the workbench needs to know of each stored text without reading it again: its word count (matrices) and
 * whether it holds characters outside the Basic Multilingual Plane (a bulk coding path must then widen passage
 * boundaries that split one). A stored text never changes, so both are kept by content hash for the life of the
 * project. The word counts are stored with the texts (schema version 13) and read from there in one question; only a
 * document stored without one has its text read and counted. The import records the surrogates from the text it has in
 * hand, and {@link #warm} learns the word counts in the background when a window opens a project.
 */
final class TextFacts {
    private final DocumentStore documents;
    private final Map<String, Long> wordsByHash = new ConcurrentHashMap<>();
    private final Map<String, Boolean> supplementaryByHash = new ConcurrentHashMap<>();

    TextFacts(DocumentStore documents) {
        this.documents = documents;
    }

    /** Each document's word count by id, as stored with its text. */
    Map<Long, Long> words(List<Document> list) {
        learnWords(list);
        Map<Long, Long> words = new HashMap<>(list.size() * 2);
        for (Document d : list) {
            words.put(d.id(), wordsByHash.computeIfAbsent(d.contentHash(), hash -> count(d)));
        }
        return words;
    }

    /** Whether the word count of {@code d}'s text is known yet. */
    boolean wordsCounted(Document d) {
        return wordsByHash.containsKey(d.contentHash());
    }

    /**
     * The stored text of {@code d} when it holds a surrogate pair, null when it holds none: what checking a passage's
     * boundaries needs, read only when this project does not yet know (then remembered, as the text never changes).
     */
    String textIfSurrogates(Document d) {
        Boolean known = supplementaryByHash.get(d.contentHash());
        if (Boolean.FALSE.equals(known)) {
            return null;
        }
        String text = documents.text(d.id());
        supplementaryByHash.putIfAbsent(d.contentHash(), hasSurrogates(text));
        return text;
    }

    /** Forgets what was learnt, for a closed project. */
    void release() {
        wordsByHash.clear();
        supplementaryByHash.clear();
    }

    /** Called by the import with each stored text: the surrogate scan is cheap while the text is at hand. */
    void imported(String contentHash, String text) {
        supplementaryByHash.putIfAbsent(contentHash, hasSurrogates(text));
    }

    /**
     * The stored text of each document that holds a surrogate pair, null for every other document: what
     * {@link PassageBoundaries} needs, without reading texts that cannot split a character.
     */
    LongFunction<String> textsWithSurrogates() {
        return textsWithSurrogates(documents.list());
    }

    /**
     * As {@link #textsWithSurrogates()}, or null when no stored text holds a surrogate pair: a bulk coding path then has
     * no boundary to check and need not look at its passages at all (200,000 boxed look-ups a batch).
     */
    LongFunction<String> textsWithSurrogatesIfAny() {
        List<Document> list = documents.list();
        learnSurrogates(list);
        boolean any = list.stream().anyMatch(d -> !Boolean.FALSE.equals(supplementaryByHash.get(d.contentHash())));
        return any ? textsWithSurrogates(list) : null;
    }

    private LongFunction<String> textsWithSurrogates(List<Document> list) {
        Map<Long, String> hashById = new HashMap<>();
        list.forEach(d -> hashById.put(d.id(), d.contentHash()));
        learnSurrogates(list);
        return id -> {
            String hash = hashById.get(id);
            if (hash == null) {
                return documents.text(id);
            }
            Boolean known = supplementaryByHash.get(hash);
            if (known == null) {
                String text = documents.text(id);
                supplementaryByHash.put(hash, hasSurrogates(text));
                return text;
            }
            return known ? documents.text(id) : null;
        };
    }

    /**
     * Learns which of {@code list}'s texts not yet known hold surrogates from one question to the store rather than
     * by reading each text (on a team server, a round trip and the whole text per document).
     */
    private void learnSurrogates(List<Document> list) {
        if (list.stream().allMatch(d -> supplementaryByHash.containsKey(d.contentHash()))) {
            return;
        }
        java.util.Set<Long> mayHold = documents.withSupplementaryCharacters();
        for (Document d : list) {
            if (!mayHold.contains(d.id())) {
                supplementaryByHash.putIfAbsent(d.contentHash(), false);
            }
        }
    }

    /** Learns every word count not yet known, so the first matrix asks the store nothing. */
    void warm(List<Document> list, java.util.function.BooleanSupplier stop) {
        learnWords(list);
        for (Document d : list) {
            if (stop.getAsBoolean()) {
                return;
            }
            if (!wordsByHash.containsKey(d.contentHash())) {
                wordsByHash.putIfAbsent(d.contentHash(), count(d));
            }
        }
    }

    /**
     * The word counts of {@code list}'s documents not yet known, from the counts stored with the texts: one question to
     * the store instead of reading every text (at 10,000 documents, 500 MB read and counted).
     */
    private void learnWords(List<Document> list) {
        if (list.stream().allMatch(d -> wordsByHash.containsKey(d.contentHash()))) {
            return;
        }
        Map<Long, Long> stored = documents.wordCounts();
        for (Document d : list) {
            Long words = stored.get(d.id());
            if (words != null) {
                wordsByHash.putIfAbsent(d.contentHash(), words);
            }
        }
    }

    /** A document stored without a word count (a row another tool wrote): its text read and counted. */
    private long count(Document d) {
        String text = documents.text(d.id());
        supplementaryByHash.putIfAbsent(d.contentHash(), hasSurrogates(text));
        return WordCount.of(text);
    }

    static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
