package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile PDFs of issue 12 fail with one line naming the file and the limit, well inside the
 * extraction budget's wall time, under the default limits.
 */
class HostilePdfTest {
    private static final ExtractionLimits DEFAULTS = ExtractionLimits.defaults();
    /**
     * A quarter of the budget's wall time: the budget stops these files by their work, not by the clock. Measured as
     * the reading thread's CPU time, which a machine busy with other work does not inflate as it does wall time.
     */
    private static final Duration FAST = DEFAULTS.maxTime().dividedBy(4);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void formsNestedFortyDeepAndDrawnTwiceFailFast() throws IOException {
        Path file = HostilePdfs.nestedForms(dir.resolve("forms.pdf"), 40);
        assertThat(Files.size(file)).isLessThan(20_000);

        assertFailsFast(file, "forms.pdf: exceeds the extraction limit (forms nested more than 12 deep)");
    }

    @Test
    void formsDrawnTwiceWithinTheDepthLimitStillImport() throws IOException {
        Path file = HostilePdfs.nestedForms(dir.resolve("forms.pdf"), 8);

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).contains("Collective defence");
    }

    @Test
    void contentStreamSharedByThreeThousandPagesFailsFast() throws IOException {
        Path file = HostilePdfs.sharedContent(dir.resolve("shared.pdf"), 8 << 20, 3_000);
        assertThat(Files.size(file)).isLessThan(1_000_000);

        assertFailsFast(file, "shared.pdf: exceeds the extraction limit (256.0 MB decoded)");
    }

    @Test
    void ascii85AroundFlateBombFailsFast() throws IOException {
        Path file = HostilePdfs.filterChainBomb(dir.resolve("chain.pdf"), 300);
        assertThat(Files.size(file)).isLessThan(1_000_000);

        assertFailsFast(file, "chain.pdf: exceeds the extraction limit (256.0 MB decoded)");
    }

    @Test
    void deeplyNestedArrayFailsWithOneLine() throws IOException {
        Path file = HostilePdfs.deeplyNestedArray(dir.resolve("deep.pdf"), 200_000);

        assertFailsFast(file, "deep.pdf: exceeds the extraction limit (objects nested too deeply)");
    }

    @Test
    void sharedStreamWithinTheBudgetImports() throws IOException {
        Path file = HostilePdfs.sharedContent(dir.resolve("small.pdf"), 2 << 10, 10);

        assertThat(reader.read(file).text()).contains("Collective defence");
    }

    @Test
    void pageLimitRefusesLongerDocuments() throws IOException {
        Path file = HostilePdfs.sharedContent(dir.resolve("pages.pdf"), 1 << 10, 30);
        DocumentReader strict = new DocumentReader(ImportLimits.defaults(),
                new ExtractionLimits(256L << 20, 12, 20, 1_000_000, Duration.ofSeconds(60)));

        assertThatThrownBy(() -> strict.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("pages.pdf: exceeds the extraction limit (20 pages)");
    }

    @Test
    void timeLimitStopsAnOrdinaryPdf() throws IOException {
        Path file = Fixtures.pdf(dir.resolve("slow.pdf"), List.of("The Parties agree"));
        DocumentReader impatient = new DocumentReader(ImportLimits.defaults(),
                DEFAULTS.withMaxTime(Duration.ofNanos(1)));

        assertThatThrownBy(() -> impatient.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("slow.pdf: exceeds the extraction limit (0 ms of processor time)");
    }

    private void assertFailsFast(Path file, String message) {
        long start = THREADS.getCurrentThreadCpuTime();
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class).hasMessage(message);
        assertThat(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start)).isLessThan(FAST);
    }
}
