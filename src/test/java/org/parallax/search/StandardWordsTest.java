package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The index finds a text's words with {@link StandardWords}, the queries with Lucene's StandardTokenizer: a word the two
 * cut differently is a word no search finds, so they must agree on every start, end and position increment.
 */
class StandardWordsTest {
    private static final String PUNCTUATION = "NATO's U.S.-Russia talks: 3.14, 1,000; 2'000 e-mail a@b.org x.1 1.x "
            + "can't rock'n'roll 12:30 a:b snake_case _lead trail_ __ 'quoted' \"double\" end. (brackets) [1] {2} #3 "
            + "x".repeat(249) + " " + "y".repeat(251) + ".z " + "a.".repeat(200) + "\r\nline\u000Bvertical\u000Cform\tend";
    private static final String MIXED = "Putin’s speech — the “new” era; naïve café, Россия и НАТО: 2022, 中文字 テスト "
            + "\uD83D\uDE00 emoji e\u0301 combining \u00ADsoft hyphen a\u200Bb, mixed ascii and Ж in one line\nnext line";

    @Test
    void theWordsOfPunctuatedAndMixedTextAreTheTokenizers() throws IOException {
        for (String text : List.of(PUNCTUATION, MIXED, MIXED + PUNCTUATION, "", " ", "x", "_", "é", "a\n\u0301b")) {
            assertSameWords(text);
        }
    }

    @Test
    void theWordsOfTheTestTextsAndTheSharedCorpusAreTheTokenizers() throws IOException {
        List<String> texts = new ArrayList<>();
        SearchFixtures.all().forEach(d -> texts.add(d.text()));
        texts.addAll(readAll(Path.of("src", "test", "resources")));
        assertThat(texts).hasSizeGreaterThan(10);
        Path shared = Path.of("..", "shared", "corpus");
        assumeTrue(Files.isDirectory(shared), "shared corpus not present at " + shared.toAbsolutePath());
        texts.addAll(readAll(shared));
        for (String text : texts) {
            assertSameWords(text);
        }
    }

    @Test
    void theWordsOfRandomAsciiAreTheTokenizers() throws IOException {
        Random random = new Random(20_261_205L);
        String common = "aZ09_ .,:;'\"-!?@#$%&*()/\\\n\t\r";
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 600 : 40);
            for (int c = 0; c < length; c++) {
                text.append(i % 2 == 0 ? (char) random.nextInt(128) : common.charAt(random.nextInt(common.length())));
            }
            if (i % 10 == 0) {
                text.insert(random.nextInt(text.length() + 1), "é’Ж\u0301");
            }
            assertSameWords(text.toString());
        }
    }

    private static void assertSameWords(String text) throws IOException {
        assertThat(words(StandardWords.of(text))).as(text).isEqualTo(words(tokenizer(text)));
    }

    private static TokenOffsets tokenizer(String text) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return TokenOffsets.record(tokenizer);
    }

    private static List<String> words(TokenOffsets words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.count(); i++) {
            out.add(words.start(i) + "-" + words.end(i) + "+" + words.increment(i));
        }
        return out;
    }

    private static List<String> readAll(Path folder) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
