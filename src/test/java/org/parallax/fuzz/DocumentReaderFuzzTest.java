package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parallax.fuzz.ZipArchive.Entry;
import org.parallax.io.DocumentReader;
import org.parallax.io.ImportedText;

/** Damaged DOCX, PDF and text files fed to {@link DocumentReader}: readable text or one clear error. */
class DocumentReaderFuzzTest {
    private static final DocumentReader READER = new DocumentReader();
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        QuietLogs.on();
        dir = Files.createTempDirectory("parallax-fuzz-reader");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        FuzzFiles.deleteTree(dir);
        QuietLogs.off();
    }

    @Property
    void docxWithDamagedBytesReadsOrFailsClearly(@ForAll("bytes") List<Mutation<byte[]>> mutations) throws IOException {
        readMutated("damaged.docx", Mutation.applyAll(mutations, Files.readAllBytes(SeedFiles.docx())));
    }

    @Property
    void docxWithDamagedPartsReadsOrFailsClearly(@ForAll("docxParts") List<Mutation<List<Entry>>> mutations) {
        List<Entry> entries = Mutation.applyAll(mutations, ZipArchive.read(SeedFiles.docx()));
        readMutated("parts.docx", ZipArchive.write(entries));
    }

    @Property
    void pdfWithDamagedBytesReadsOrFailsClearly(@ForAll("bytes") List<Mutation<byte[]>> mutations) throws IOException {
        readMutated("damaged.pdf", Mutation.applyAll(mutations, Files.readAllBytes(SeedFiles.pdf())));
    }

    /** Text mutations on an uncompressed PDF reach its object numbers, xref offsets and text operators. */
    @Property
    void pdfWithDamagedStructureReadsOrFailsClearly(@ForAll("pdfText") List<Mutation<String>> mutations)
            throws IOException {
        String pdf = new String(Files.readAllBytes(SeedFiles.plainPdf()), StandardCharsets.ISO_8859_1);
        readMutated("structure.pdf", Mutation.applyAll(mutations, pdf).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Property
    void textAndHtmlWithDamagedBytesReadOrFailClearly(@ForAll("bytes") List<Mutation<byte[]>> mutations,
                                                      @ForAll boolean asHtml) throws IOException {
        byte[] seed = Files.readAllBytes(SeedFiles.text());
        String page = "<html><head><title>Readout</title></head><body><p>"
                + new String(seed, StandardCharsets.UTF_8) + "</p></body></html>";
        byte[] content = asHtml ? page.getBytes(StandardCharsets.UTF_8) : seed;
        readMutated(asHtml ? "damaged.html" : "damaged.md", Mutation.applyAll(mutations, content));
    }

    @Provide
    Arbitrary<List<Mutation<byte[]>>> bytes() {
        return ByteMutations.some();
    }

    @Provide
    Arbitrary<List<Mutation<String>>> pdfText() {
        return TextMutations.pdf();
    }

    @Provide
    Arbitrary<List<Mutation<List<Entry>>>> docxParts() {
        return ZipMutations.some("word/document.xml");
    }

    private static void readMutated(String name, byte[] content) {
        Path file = FuzzFiles.write(dir.resolve(name), content);
        ImportOutcome.of(file, () -> READER.read(file)).ifPresent(DocumentReaderFuzzTest::assertUsable);
    }

    private static void assertUsable(ImportedText text) {
        assertThat(text.text()).isNotBlank().doesNotContain("\r");
        assertThat(text.title()).isNotBlank();
    }
}
