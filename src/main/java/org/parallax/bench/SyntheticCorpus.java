package org.parallax.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;

/**
 * A reproducible English-like corpus: words drawn with Zipf frequencies (rank r has weight 1/r, as in
 * real English) from common words and the subject's vocabulary, in sentences and paragraphs.
 */
public final class SyntheticCorpus {
    private static final String[] WORDS = ("the of and to a in that is for it as was with be by on not he "
            + "this are or his from at which but have an they you were their one all we can her has there been if "
            + "more when will would who so no she other its may these than them some only also into time two "
            + "could our first any new my like such should over most after those what then must each between "
            + "under both states security russia nato alliance council cooperation partnership dialogue treaty "
            + "member european military defence policy relations federation political joint interests norms "
            + "values common community threat balance power enlargement summit declaration forces agreement "
            + "transparency confidence consultation mechanism framework principles sovereignty integrity peace "
            + "stability crisis conflict exercise peacekeeping arms control missile cooperation approach shared "
            + "strategic partners region border eastern western international institutions commitment decision "
            + "meeting minister foreign government support development future process mutual trust responsibility "
            + "capabilities deployment territory infrastructure nuclear conventional verification measures").split(" ");
    private static final String[] ACTORS = {"NATO", "Russia", "USA", "EU", "other"};
    /** The attribute naming each document's speaker, for the pseudonymised export. */
    public static final String SPEAKER = "speaker";
    /** Speakers in turn; "Will Power" and "Frank" are also ordinary words, and "Will" and "Power" begin sentences. */
    private static final String[] SPEAKERS = {"Anna Petrova", "Will Power", "Sergei Volkov", "Frank Miller",
        "Jens Stoltenberg"};
    private static final String[] REGIONS = {"Baltic", "Black Sea", "Balkans", "Central Europe", "Arctic"};
    private static final double[] CUMULATIVE = cumulativeZipf(WORDS.length);

    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** The text of document {@code index}: about {@code bytes} bytes of UTF-8, unique per index. */
    public String text(int index, int bytes) {
        Random random = new Random(seed * 1_000_003L + index);
        StringBuilder out = new StringBuilder(bytes + 200);
        out.append("Synthetic document ").append(index + 1).append("\n\n");
        while (out.length() < bytes) {
            int sentences = 3 + random.nextInt(6);
            for (int s = 0; s < sentences && out.length() < bytes; s++) {
                appendSentence(out, random);
                out.append(s + 1 < sentences ? " " : "");
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    /** Writes {@code count} documents as {@code doc-00001.txt} ... into {@code folder}; returns them in order. */
    public List<Path> write(Path folder, int count, int bytes) {
        List<Path> files = new ArrayList<>(count);
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Path file = folder.resolve(String.format("doc-%05d.txt", i + 1));
                Files.writeString(file, text(i, bytes), StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the synthetic corpus to " + folder, e);
        }
        return files;
    }

    /**
     * Metadata per file name for an import: title, a date from 1997 on, type and actor in turn, English,
     * scenarios in turn, a "region" attribute with five values and a "speaker" with five names.
     */
    public static Map<String, DocumentMeta> metadata(List<Path> files, List<String> scenarios) {
        DocumentType[] types = DocumentType.values();
        Map<String, DocumentMeta> out = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            out.put(files.get(i).getFileName().toString(), new DocumentMeta("Synthetic document " + (i + 1),
                    LocalDate.of(1997, 5, 27).plusDays(i * 9L), types[i % types.length], ACTORS[i % ACTORS.length],
                    "en", scenarios.get(i % scenarios.size()), Map.of("region", REGIONS[i % REGIONS.length],
                    SPEAKER, SPEAKERS[i % SPEAKERS.length])));
        }
        return out;
    }

    private static void appendSentence(StringBuilder out, Random random) {
        int words = 6 + random.nextInt(20);
        for (int w = 0; w < words; w++) {
            String word = word(random);
            if (w == 0) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                out.append(random.nextInt(12) == 0 ? ", " : " ").append(word);
            }
        }
        out.append('.');
    }

    private static String word(Random random) {
        double u = random.nextDouble();
        int low = 0;
        int high = CUMULATIVE.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (CUMULATIVE[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return WORDS[low];
    }

    private static double[] cumulativeZipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        cumulative[n - 1] = 1.0;
        return cumulative;
    }
}
