package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The shipped sample's texts (samples/texts, English and Russian) as indexed documents, and their words. */
final class SampleTexts {
    private static final Path TEXTS = Path.of("samples", "texts");

    private SampleTexts() {
    }

    /** Every sample text as a document of hash "v1", ids 1, 2, … in file-name order. */
    static List<IndexedDocument> documents() {
        List<IndexedDocument> documents = new ArrayList<>();
        Map<String, String> languages = languages();
        long id = 1;
        for (String file : languages.keySet()) {
            documents.add(new IndexedDocument(id++, file, null, null, null, languages.get(file),
                    read(TEXTS.resolve(file)), "v1"));
        }
        return documents;
    }

    /** The distinct words of the documents' texts (letters, digits and marks), sorted. */
    static List<String> wordsOf(Iterable<IndexedDocument> documents) {
        TreeSet<String> words = new TreeSet<>();
        for (IndexedDocument document : documents) {
            for (String word : document.text().split("[^\\p{L}\\p{N}\\p{M}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    /** File name to language, from the sample's metadata.csv (its first and sixth columns; commas in quotes kept). */
    private static Map<String, String> languages() {
        Map<String, String> languages = new TreeMap<>();
        String[] lines = read(TEXTS.resolveSibling("metadata.csv")).split("\n");
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            if (cells.length > 5 && Files.isRegularFile(TEXTS.resolve(cells[0]))) {
                languages.put(cells[0], cells[5].strip());
            }
        }
        assertThat(languages).hasSizeGreaterThan(10).containsValue("ru");
        return languages;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
