package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.parallax.fuzz.ZipArchive.Entry;
import org.parallax.workbench.ExchangeReport;

/**
 * Damaged QDPX projects and QDC codebooks, exported from the sample project, imported back into a copy of
 * it: the import succeeds with a report or fails clearly and leaves the project as it was; either way the
 * project file stays sound.
 */
class ExchangeFuzzTest {
    private FuzzProject project;

    @BeforeProperty
    void open() throws IOException {
        QuietLogs.on();
        project = FuzzProject.copyOfSample();
    }

    @AfterProperty
    void close() throws IOException {
        project.close();
        QuietLogs.off();
    }

    @Property
    void qdpxWithDamagedEntriesImportsOrLeavesProjectUnchanged(
            @ForAll("qdpxParts") List<Mutation<List<Entry>>> mutations) {
        byte[] archive = ZipArchive.write(Mutation.applyAll(mutations, ZipArchive.read(SeedFiles.qdpx())));
        Path file = FuzzFiles.write(project.file("parts.qdpx"), archive);
        importChecked(file, () -> project.wb.exchange().importQdpx(file));
    }

    @Property
    void qdpxWithDamagedBytesImportsOrLeavesProjectUnchanged(@ForAll("bytes") List<Mutation<byte[]>> mutations)
            throws IOException {
        Path file = FuzzFiles.write(project.file("damaged.qdpx"),
                Mutation.applyAll(mutations, Files.readAllBytes(SeedFiles.qdpx())));
        importChecked(file, () -> project.wb.exchange().importQdpx(file));
    }

    @Property
    void qdcWithDamagedXmlImportsOrLeavesProjectUnchanged(@ForAll("text") List<Mutation<String>> text,
                                                         @ForAll("rareBytes") List<Mutation<byte[]>> bytes)
            throws IOException {
        String xml = Mutation.applyAll(text, Files.readString(SeedFiles.qdc()));
        Path file = FuzzFiles.write(project.file("damaged.qdc"),
                Mutation.applyAll(bytes, xml.getBytes(StandardCharsets.UTF_8)));
        importChecked(file, () -> project.wb.exchange().importQdc(file));
    }

    @Provide
    Arbitrary<List<Mutation<List<Entry>>>> qdpxParts() {
        return ZipMutations.some("project.qde");
    }

    @Provide
    Arbitrary<List<Mutation<byte[]>>> bytes() {
        return ByteMutations.some();
    }

    @Provide
    Arbitrary<List<Mutation<String>>> text() {
        return TextMutations.xml();
    }

    @Provide
    Arbitrary<List<Mutation<byte[]>>> rareBytes() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<Mutation<byte[]>>of())),
                Tuple.of(1, ByteMutations.some()));
    }

    private void importChecked(Path file, Callable<ExchangeReport> importer) {
        List<Integer> before = project.counts();
        Optional<ExchangeReport> report = ImportOutcome.of(file, importer);
        if (report.isEmpty()) {
            assertThat(project.counts()).as("counts after a failed import").isEqualTo(before);
        } else {
            assertThat(report.get().problems()).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n"));
        }
        project.assertSound();
    }
}
