package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;
import org.parallax.model.SqliteSideFile;
import org.parallax.testutil.MatrixCells;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.TestProjects;

/** An open workbench notices what other programs commit to its file and never counts from stale caches. */
class OutsideChangesTest {
    @TempDir
    Path dir;

    @Test
    void passagesCodedAndUncodedElsewhereReachTheOpenProjectAndItsEvents() throws Exception {
        Path file = dir.resolve("shared.parallax");
        try (Workbench window = Workbench.create(file, CodebookTemplates.named("table1"))) {
            TestProjects.importSamples(window);
            BlockingQueue<ProjectEvent> events = new LinkedBlockingQueue<>();
            window.addListener(events::add);
            window.watchOutsideChanges(Duration.ofMillis(100));
            Document doc = window.documents().list().get(0);
            Code code = window.codebook().code("Balance of power");
            assertThat(window.analysis().table1().cell(0, 0)).isNotNull();
            int before = window.coding().segments().size();

            long outsideId;
            try (Workbench cli = Workbench.open(file)) {
                outsideId = cli.coding().code(doc.id(), 0, 20, code.id(), null).id();
            }
            assertThat(events.poll(60, TimeUnit.SECONDS)).isNotNull();
            assertThat(window.coding().segments()).hasSize(before + 1)
                    .anyMatch(s -> s.id() == outsideId);
            assertThat(MatrixCells.of(window.analysis().table1())).isEqualTo(recount(file));

            events.clear();
            try (Workbench cli = Workbench.open(file)) {
                cli.coding().uncode(outsideId);
            }
            assertThat(events.poll(60, TimeUnit.SECONDS)).isNotNull();
            assertThat(window.coding().segments()).hasSize(before).noneMatch(s -> s.id() == outsideId);
        }
    }

    @Test
    void theProjectsOwnNextEditCountsAnOutsideChangeNotYetPolled() {
        Path file = dir.resolve("shared.parallax");
        try (Workbench window = Workbench.create(file, CodebookTemplates.named("table1"))) {
            TestProjects.importSamples(window);
            Document doc = window.documents().list().get(0);
            Code code = window.codebook().code("Balance of power");
            window.coding().code(doc.id(), 30, 60, code.id(), null);
            try (Workbench cli = Workbench.open(file)) {
                cli.coding().code(doc.id(), 0, 20, code.id(), null);
            }
            // No polling: the window's own write must notice the outside commit before it touches its cache.
            window.coding().code(doc.id(), 100, 140, code.id(), null);

            assertThat(window.coding().segments()).hasSize(3);
            assertThat(MatrixCells.of(window.analysis().table1())).isEqualTo(recount(file));
        }
    }

    @Test
    void anImportElsewhereWhileThisProcessHoldsTheIndexIsSavedReportedAndFoundBySearch() {
        Path file = dir.resolve("shared.parallax");
        try (Workbench window = Workbench.create(file, CodebookTemplates.named("table1"))) {
            window.documents().importFiles(ImportRequest.of(List.of(TestProjects.sampleTexts().get(0))),
                    TaskProgress.NONE);
            window.search().ensureIndex(TaskProgress.NONE);
            window.watchOutsideChanges(Duration.ofMillis(100));
            Path other = TestProjects.sampleTexts().get(1);

            ImportReport report;
            try (Workbench cli = Workbench.open(file)) {
                report = cli.documents().importFiles(ImportRequest.of(List.of(other)), TaskProgress.NONE);
            }
            assertThat(report.failures()).isEmpty();
            assertThat(report.imported()).hasSize(1);
            assertThat(report.warnings()).singleElement().asString().contains("search index is open in another");

            Document added = report.imported().get(0);
            assertThat(window.documents().list()).extracting(Document::id).contains(added.id());
            String word = java.util.Arrays.stream(window.documents().text(added.id()).split("[^A-Za-z]+"))
                    .filter(w -> w.length() >= 7).findFirst().orElseThrow();
            assertThat(window.search().search("\"" + word + "\"", SearchOptions.defaults()).hitsPerDocument())
                    .containsKey(added.id());
        }
    }

    @Test
    void packsWrittenElsewhereReloadNothingWhileAPassageCodedElsewhereIsLoaded() {
        Path file = TestProjects.sampleCopy(dir);
        try (Workbench window = Workbench.open(file)) {
            List<ProjectEvent> events = new CopyOnWriteArrayList<>();
            window.addListener(events::add);
            List<Segment> loaded = window.coding().segments();
            Document doc = window.documents().list().get(0);
            Code code = window.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).findFirst()
                    .orElseThrow();

            // A passage coded elsewhere: the next read (which polls the file) must load it.
            long coded;
            try (Workbench other = Workbench.open(file)) {
                coded = other.coding().code(doc.id(), 0, 20, code.id(), null).id();
            }
            assertThat(window.coding().segments()).hasSize(loaded.size() + 1).anyMatch(s -> s.id() == coded);
            assertThat(events).isNotEmpty();

            // Another program opens the file (this window sees that first) and closes it writing packs only.
            Workbench other = Workbench.open(file);
            List<Segment> beforeThePacks = window.coding().segments();
            events.clear();
            other.packPassagesOnClose();
            other.close();
            assertThat(other.documentsPackedOnClose()).isPositive();

            assertThat(window.coding().segments()).as("not loaded again").isSameAs(beforeThePacks);
            assertThat(events).as("no change told to the views").isEmpty();
            try (Workbench fresh = Workbench.open(file)) {
                assertThat(window.coding().segments()).containsExactlyElementsOf(fresh.coding().segments());
            }
        }
    }

    @Test
    void aCheckpointElsewhereThatFoldsTheJournalReloadsNothingWhileACommitPastParallaxIsLoaded() throws Exception {
        Path file = TestProjects.sampleCopy(dir);
        try (Workbench window = Workbench.open(file); Workbench other = Workbench.open(file)) {
            List<ProjectEvent> events = new CopyOnWriteArrayList<>();
            window.addListener(events::add);
            window.coding().segments();
            Document doc = window.documents().list().get(0);
            Code code = window.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).findFirst()
                    .orElseThrow();
            long coded = other.coding().code(doc.id(), 0, 20, code.id(), null).id();
            assertThat(window.coding().segments()).anyMatch(s -> s.id() == coded);

            // Another program's close folds the journal into the file and empties it (TRUNCATE): no commit, no save.
            List<Segment> beforeTheCheckpoint = window.coding().segments();
            events.clear();
            try (Connection elsewhere = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                // Held back (1) while a background read of either workbench (the warm-up) uses the journal: again.
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (truncate(elsewhere) != 0 && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
            }
            assertThat(Files.size(SqliteSideFile.WAL.beside(file))).as("the journal emptied").isZero();

            assertThat(window.coding().segments()).as("not loaded again").isSameAs(beforeTheCheckpoint);
            assertThat(events).as("no change told to the views").isEmpty();

            // A commit made past Parallax (moving neither save number) is still loaded.
            try (Connection elsewhere = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = elsewhere.createStatement()) {
                st.executeUpdate("DELETE FROM segments WHERE id = " + coded);
            }
            assertThat(window.coding().segments()).noneMatch(s -> s.id() == coded);
            assertThat(events).isNotEmpty();
        }
    }

    /** Another program's checkpoint that empties the journal; 0 when it was done, 1 when a reader held it back. */
    private static int truncate(Connection connection) throws Exception {
        try (Statement st = connection.createStatement();
             ResultSet folded = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            assertThat(folded.next()).isTrue();
            return folded.getInt(1);
        }
    }

    private static List<Matrix.Tally> recount(Path file) {
        try (Workbench fresh = Workbench.open(file)) {
            return MatrixCells.of(fresh.analysis().table1());
        }
    }
}
