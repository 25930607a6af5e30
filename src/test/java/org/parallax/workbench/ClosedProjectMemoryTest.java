package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.TestProjects;

/**
 * A closed project lets its passages go even while something still holds the closed workbench: a caller's variable
 * the JVM keeps alive to the end of its method did, so `bench --scale 10` held the 3,000,000 passages of the project
 * it had closed while it opened that project again, and ran out of its 512 MiB heap (docs/performance.md, issue 18).
 */
class ClosedProjectMemoryTest {
    private static final String TEXT = "NATO and Russia agreed to meet in the Permanent Joint Council.\n"
            + "Moscow warned that enlargement threatened its vital security interests.";

    @TempDir
    Path dir;

    @Test
    void closingReleasesThePassagesHeldInMemory() {
        Workbench wb = Workbench.createWithTemplate(dir.resolve("p.parallax"), "table1");
        long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "council.txt", TEXT));
        long code = wb.codebook().code("Balance of power").id();
        wb.coding().code(doc, 0, 40, code, null);
        wb.coding().code(doc, 63, 90, code, null);
        // Every in-memory holder of the passages filled: the cache, the active coder's layer, the code: search's ranges.
        WeakReference<List<Segment>> loaded = new WeakReference<>(wb.project().segmentCache.all());
        assertThat(wb.coding().segments()).hasSize(2);
        wb.analysis().table1();
        assertThat(wb.search().search("code:\"Balance of power\"", SearchOptions.defaults()).totalHits()).isPositive();

        wb.close();

        assertThat(collected(loaded)).as("the passages of the closed project are collectable").isTrue();
        assertThat(wb.file()).isNotNull(); // the closed workbench itself stays referenced up to here
    }

    @AfterEach
    void noHook() {
        PassagePacksOnClose.afterTransaction = done -> { };
    }

    /**
     * The packs a close writes read their rows from the file, so the passages loaded are let go before them: at
     * bench --scale 10 the close ran beside the 3,000,000 passages loaded, in a heap near its limit, and packed 156 of
     * 10,000 documents in its budget.
     */
    @Test
    void closingLetsThePassagesGoBeforeItWritesPacks() throws Exception {
        Path project = ManyDocumentsProject.sampleWith(dir, 20);
        Workbench wb = Workbench.open(project);
        wb.packPassagesOnClose();
        WeakReference<List<Segment>> loaded = new WeakReference<>(wb.project().segmentCache.all());
        assertThat(wb.coding().segments()).hasSizeGreaterThan(6_000);
        wb.analysis().table1();
        AtomicReference<Boolean> collectedWhilePacking = new AtomicReference<>();
        PassagePacksOnClose.afterTransaction = done -> {
            if (done == 1) {
                collectedWhilePacking.set(collected(loaded));
            }
        };

        wb.close();

        assertThat(wb.documentsPackedOnClose()).as("packs written").isPositive();
        assertThat(collectedWhilePacking.get()).as("the passages collectable while the packs are written").isTrue();
    }

    private static boolean collected(WeakReference<?> reference) {
        for (int i = 0; i < 20 && reference.get() != null; i++) {
            System.gc();
        }
        return reference.get() == null;
    }
}
