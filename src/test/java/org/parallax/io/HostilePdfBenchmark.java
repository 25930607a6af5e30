package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time and peak heap of reading the issue-12 hostile PDFs at their reported sizes under the default
 * budget (docs/performance.md). Not part of the default run: {@code mvn -o test -Dtest=HostilePdfBenchmark}.
 */
class HostilePdfBenchmark {
    @TempDir
    Path dir;

    @Test
    void hostilePdfsAtReportedSizes() throws IOException {
        measure(HostilePdfs.nestedForms(dir.resolve("forms.pdf"), 40));
        measure(HostilePdfs.sharedContent(dir.resolve("shared.pdf"), 8 << 20, 3_000));
        measure(HostilePdfs.filterChainBomb(dir.resolve("chain.pdf"), 6_000));
        measure(HostilePdfs.deeplyNestedArray(dir.resolve("deep.pdf"), 200_000));
    }

    private static void measure(Path file) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = "imported " + new DocumentReader().read(file).text().length() + " characters";
        } catch (ImportException e) {
            outcome = e.getMessage();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%-10s %,12d bytes %,8d ms  peak heap %,5d MiB  %s%n",
                file.getFileName(), Files.size(file), millis, peak >> 20, outcome);
        assertThat(outcome).contains("exceeds the extraction limit");
    }
}
