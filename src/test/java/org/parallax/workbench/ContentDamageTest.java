package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/** Bytes changed inside a stored text are found by the content-hash check, and the project stops writing. */
class ContentDamageTest {
    @TempDir
    Path dir;

    @Test
    void aFlippedByteInsideAStoredTextIsReportedAndTheProjectTurnsReadOnly() throws Exception {
        Path project = projectWithSamples();
        for (int at : offsetsOfText(project)) {
            flip(project, at + 7, 0x01);
        }

        try (Workbench wb = Workbench.open(project)) {
            List<CheckFinding> findings = wb.check().contentHashes();
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).problem()).contains("no longer matches the content hash");
            assertThat(wb.readOnlyReason()).hasValueSatisfying(r -> assertThat(r).contains("document"));
            long code = wb.codebook().current().codes().get(0).id();
            assertThatThrownBy(() -> wb.coding().code(1, 0, 5, code, null))
                    .isInstanceOf(ParallaxException.class).hasMessageContaining("is open read-only");
        }

        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("no longer matches the content hash").contains("1 problem found");
    }

    /** Issue 12: random byte flips changed texts silently in 15 of 20 trials; every one must now be noticed. */
    @Test
    void twentyRandomFlipsInsideTextsAreEachNoticed() throws Exception {
        Path original = projectWithSamples();
        List<Integer> places = offsetsOfText(original);
        Random random = new Random(12);
        for (int trial = 0; trial < 20; trial++) {
            Path copy = dir.resolve("trial" + trial + ".parallax");
            Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
            int offset = random.nextInt(60);
            int mask = 1 + random.nextInt(255);
            for (int at : places) {
                flip(copy, at + offset, mask);
            }
            assertThat(noticed(copy)).as("trial " + trial).isTrue();
        }
    }

    @Test
    void aSoundProjectPassesTheFullCheck() {
        Path project = projectWithSamples();
        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("no problems found (15 documents");
    }

    private static boolean noticed(Path project) {
        try (Workbench wb = Workbench.open(project)) {
            return wb.readOnlyReason().isPresent() || !wb.check().contentHashes().isEmpty();
        } catch (ParallaxException refusedInWords) {
            return true;
        }
    }

    private Path projectWithSamples() {
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importSamples(wb);
            return wb.file();
        }
    }

    /** Where a sentence of the sample North Atlantic Treaty lies in the closed project file. */
    private static List<Integer> offsetsOfText(Path project) throws Exception {
        List<Integer> found = new java.util.ArrayList<>();
        byte[] bytes = Files.readAllBytes(project);
        byte[] needle = "They are resolved to unite their efforts for collective defence".getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            found.add(i);
        }
        assertThat(found).as("sample text in the project file").isNotEmpty();
        return found;
    }

    private static void flip(Path file, int offset, int mask) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[offset] ^= (byte) mask;
        Files.write(file, bytes);
    }
}
