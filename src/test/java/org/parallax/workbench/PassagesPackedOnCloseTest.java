package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.FileCounts;
import org.parallax.testutil.TestProjects;

/**
 * Packs of passages (docs/decisions/0034) are written as the user's own project is closed, only then, and never
 * disagree with the rows: not for a project closed without asking (a copy or backup being written), nor open
 * read-only; and another window coding in the same file while one closes sees and leaves passages as the rows hold
 * them. A kill while packs are written is {@link PassagesPackedOnCloseKillTest}.
 */
class PassagesPackedOnCloseTest {
    @TempDir
    Path dir;

    @Test
    void closingTheUsersProjectPacksEveryDocumentAndNothingElseWritesAPack() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            codeOne(wb, 0);
        }
        assertThat(FileCounts.packs(project)).as("closed without asking, as a copy being written is").isZero();
        try (Workbench wb = Workbench.openReadOnly(project)) {
            wb.packPassagesOnClose();
        }
        assertThat(FileCounts.packs(project)).as("open read-only").isZero();

        try (Workbench wb = Workbench.open(project)) {
            wb.packPassagesOnClose();
            assertThat(wb.project().segments.unpackedDocuments()).isNotEmpty();
            codeOne(wb, 1);
        }
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.project().segments.unpackedDocuments()).as("after the close").isEmpty();
            assertThat(wb.project().segments.packsDisagreeing()).isEmpty();
            assertThat(FileCounts.packs(project)).isEqualTo(FileCounts.documentsWithPassages(project));
            wb.packPassagesOnClose();
            long coded = codeOne(wb, 2).documentId();
            assertThat(wb.project().segments.unpackedDocuments()).as("the document coded, its pack dropped")
                    .containsOnlyKeys(coded);
        }
        assertThat(FileCounts.packs(project)).isEqualTo(FileCounts.documentsWithPassages(project));
        assertSameAsRows(project, null);
    }

    @Test
    void anotherWindowCodingWhileOneClosesWritingPacksReadsAndLeavesThePassagesTheRowsHold() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench window = Workbench.open(project)) {
            window.watchOutsideChanges(Duration.ofMillis(20));
            window.coding().segments();
            AtomicBoolean done = new AtomicBoolean();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread coder = new Thread(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        codeOne(window, 10 + i);
                        List<Segment> passages = window.coding().segments();
                        window.coding().uncode(passages.get(new Random(i).nextInt(passages.size())).id());
                    }
                } catch (Throwable e) {
                    failed.set(e);
                } finally {
                    done.set(true);
                }
            });
            coder.start();
            int closes = 0;
            while (!done.get() || closes < 3) {
                try (Workbench other = Workbench.open(project)) {
                    other.packPassagesOnClose();
                    other.coding().segments();
                }
                closes++;
            }
            coder.join();
            assertThat(failed.get()).isNull();
            try (Workbench other = Workbench.open(project)) {
                other.packPassagesOnClose();
            }
            assertThat(FileCounts.packs(project)).as("packed after the last passage written")
                    .isEqualTo(FileCounts.documentsWithPassages(project));
            assertThat(window.project().segments.packsDisagreeing()).isEmpty();
            assertSameAsRows(project, window);
        }
    }

    /** A passage of 30 characters in a document and at a place chosen by {@code n}, in a code it does not have there. */
    static Segment codeOne(Workbench wb, int n) {
        List<Document> documents = wb.documents().list();
        List<Code> codes = wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).toList();
        Random random = new Random(n);
        while (true) {
            Document d = documents.get(random.nextInt(documents.size()));
            int start = random.nextInt(Math.max(1, d.length() - 40));
            try {
                return wb.coding().code(d.id(), start, start + 30, codes.get(random.nextInt(codes.size())).id(), null);
            } catch (ParallaxException refused) {
                // coded there already, or a bound inside a character: another place
            }
        }
    }

    /**
     * The passages read by a fresh opening (from packs) equal those read from a copy without packs (from rows), and
     * those {@code window} holds, if given.
     */
    static void assertSameAsRows(Path project, Workbench window) throws Exception {
        Path rows = project.resolveSibling("rows-" + System.nanoTime() + ".parallax");
        try (Workbench wb = Workbench.openReadOnly(project)) {
            wb.backups().copyTo(rows);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + rows); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM segment_packs");
        }
        try (Workbench packed = Workbench.openReadOnly(project); Workbench fromRows = Workbench.openReadOnly(rows)) {
            List<Segment> expected = byId(fromRows.coding().segments());
            assertThat(byId(packed.coding().segments())).as("read from packs and from rows")
                    .containsExactlyElementsOf(expected);
            if (window != null) {
                assertThat(byId(window.coding().segments())).as("the other window's").containsExactlyElementsOf(
                        expected);
            }
        }
        Files.delete(rows);
    }

    private static List<Segment> byId(List<Segment> passages) {
        List<Segment> sorted = new ArrayList<>(passages);
        sorted.sort(Comparator.comparingLong(Segment::id));
        return sorted;
    }
}
