package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parallax.io.MetadataCsv;
import org.parallax.io.QuotedPassagesCsv;
import org.parallax.io.QuotedPassagesCsv.QuotedPassage;
import org.parallax.model.DocumentMeta;

/** Damaged CSV sheets (stray quotes, separators, lines, encodings) fed to the metadata and passages readers. */
class CsvFuzzTest {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        QuietLogs.on();
        dir = Files.createTempDirectory("parallax-fuzz-csv");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        FuzzFiles.deleteTree(dir);
        QuietLogs.off();
    }

    @Property
    void metadataSheetReadsOrFailsClearly(@ForAll("text") List<Mutation<String>> text,
                                          @ForAll("encodings") Charset encoding,
                                          @ForAll("rareBytes") List<Mutation<byte[]>> bytes) throws IOException {
        Path file = mutated(SeedFiles.metadataCsv(), "metadata.csv", text, encoding, bytes);
        ImportOutcome.of(file, () -> MetadataCsv.read(file)).ifPresent(CsvFuzzTest::assertUsableMetadata);
    }

    @Property
    void passagesSheetReadsOrFailsClearly(@ForAll("text") List<Mutation<String>> text,
                                          @ForAll("encodings") Charset encoding,
                                          @ForAll("rareBytes") List<Mutation<byte[]>> bytes) throws IOException {
        Path file = mutated(SeedFiles.passagesCsv(), "passages.csv", text, encoding, bytes);
        ImportOutcome.of(file, () -> QuotedPassagesCsv.read(file)).ifPresent(passages -> {
            for (QuotedPassage p : passages) {
                assertThat(p.line()).isPositive();
                assertThat(p.file()).isNotNull();
                assertThat(p.quote()).isNotNull();
            }
        });
    }

    @Provide
    Arbitrary<List<Mutation<String>>> text() {
        return TextMutations.csv();
    }

    @Provide
    Arbitrary<Charset> encodings() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                StandardCharsets.ISO_8859_1, Charset.forName("windows-1251"));
    }

    /** Mostly none: byte damage on top of text damage, now and then. */
    @Provide
    Arbitrary<List<Mutation<byte[]>>> rareBytes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(List.<Mutation<byte[]>>of())),
                net.jqwik.api.Tuple.of(1, ByteMutations.some()));
    }

    private static Path mutated(Path seed, String name, List<Mutation<String>> text, Charset encoding,
                                List<Mutation<byte[]>> bytes) throws IOException {
        String content = Mutation.applyAll(text, Files.readString(seed));
        byte[] encoded = Mutation.applyAll(bytes, content.getBytes(encoding));
        return FuzzFiles.write(dir.resolve(name), encoded);
    }

    private static void assertUsableMetadata(Map<String, DocumentMeta> sheet) {
        assertThat(sheet.keySet()).allSatisfy(file -> assertThat(file).isNotBlank());
    }
}
