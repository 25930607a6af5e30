package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Segment;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.StoreException;
import org.parallax.store.jdbc.JdbcCodebookStore;
import org.parallax.store.jdbc.JdbcCoderStore;
import org.parallax.store.jdbc.JdbcDocumentStore;
import org.parallax.store.jdbc.JdbcSegmentStore;
import org.parallax.store.jdbc.Sql;

class SegmentStoreInsertAllTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T10:15:30.123Z");

    @TempDir
    Path dir;
    /** Each test's project: a text of 20,000 characters, the code Power, the coder anna and the store under test. */
    private Database db;
    private long doc;
    private long code;
    private long coder;
    private JdbcSegmentStore store;

    @BeforeEach
    void createProject() {
        db = Database.create(dir.resolve("p.parallax"));
        doc = new JdbcDocumentStore(db).insert(DocumentMeta.titled("Long text"), "x".repeat(20_000), "h", null).id();
        code = new JdbcCodebookStore(db).insertCode(new Code(0, null, null, null, "Power", "#ff7f0e", "", 0, 0), false)
                .id();
        coder = new JdbcCoderStore(db).ensure("anna").id();
        store = new JdbcSegmentStore(db);
    }

    @AfterEach
    void closeProject() {
        db.close();
    }

    @Test
    void batchInsertSkipsDuplicatesAndReturnsTheStoredIds() {
        long act = new JdbcDocumentStore(db).insert(DocumentMeta.titled("Founding Act"),
                "NATO and Russia do not consider each other as adversaries.", "hash-1", "act.txt").id();
        long norms = new JdbcCodebookStore(db).insertCode(new Code(0, null, null, null, "Convergence of norms",
                "#ff7f0e", "", 0, 0), false).id();
        Segment existing = store.insert(new Segment(0, act, 0, 4, norms, coder, null, CREATED));

        List<Segment> saved = store.insertAll(List.of(
                new Segment(0, act, 9, 15, norms, coder, "Russia", CREATED),
                new Segment(0, act, 0, 4, norms, coder, null, CREATED),
                new Segment(0, act, 20, 27, norms, coder, null, CREATED),
                new Segment(0, act, 9, 15, norms, coder, "same span again", CREATED)));

        assertThat(saved).extracting(Segment::start).containsExactly(9, 20);
        assertThat(saved).extracting(Segment::id).doesNotHaveDuplicates().allMatch(id -> id > existing.id());
        for (Segment s : saved) {
            assertThat(store.get(s.id())).contains(s);
        }
        assertThat(store.count()).isEqualTo(3);
        assertThat(store.insertAll(List.of())).isEmpty();
    }

    @Test
    void aBatchNamingADocumentCodeOrCoderThatIsNotThereStoresNothingAndNamesIt() {
        // The batch goes in without SQLite's row-by-row foreign keys; its own check must refuse each of these.
        for (long[] bad : new long[][] {{doc + 7, code, coder}, {doc, code + 7, coder}, {doc, code, coder + 7}}) {
            List<Segment> batch = new java.util.ArrayList<>();
            for (int start = 0; start < 6_000; start++) {
                batch.add(new Segment(0, doc, start, start + 2, code, coder, null, CREATED));
            }
            batch.add(new Segment(0, bad[0], 3, 9, bad[1], bad[2], null, CREATED));
            String named = bad[0] != doc ? "document " + bad[0] : bad[1] != code ? "code " + bad[1]
                    : "coder " + bad[2];
            assertThatThrownBy(() -> store.insertAll(batch)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(named).hasMessageContaining("nothing was stored");
            assertThat(store.count()).isZero();
        }
        // The foreign keys are back on for every other write.
        assertThatThrownBy(() -> store.insert(new Segment(0, doc, 3, 9, code + 7, coder, null, CREATED)))
                .isInstanceOf(StoreException.class);
        assertThat(store.insertAll(List.of(new Segment(0, doc, 3, 9, code, coder, null, CREATED)))).hasSize(1);
        int foreignKeys = db.write(c -> Sql.one(c, "PRAGMA foreign_keys", rs -> rs.getInt(1)).orElseThrow());
        java.util.Optional<String> orphan = db.write(c -> Sql.one(c, "PRAGMA foreign_key_check",
                rs -> rs.getString(1)));
        assertThat(foreignKeys).isOne();
        assertThat(orphan).isEmpty();
    }

    @Test
    void batchesLongerThanOneStatementGetEveryIdFromTheDatabaseAndSkipDuplicatesAcrossChunks() {
        Segment stored = store.insert(new Segment(0, doc, 1500, 1501, code, coder, null, CREATED));

        List<Segment> batch = new java.util.ArrayList<>();
        for (int start = 0; start < 12_000; start++) {
            batch.add(new Segment(0, doc, start, start + 1, code, coder, start % 1000 == 7 ? "memo " + start : null,
                    CREATED));
        }
        batch.add(new Segment(0, doc, 999, 1000, code, coder, null, CREATED));
        // In document and offset order this copy follows its original across the first statement's end.
        batch.add(new Segment(0, doc, 4_998, 4_999, code, coder, null, CREATED));
        batch.add(new Segment(0, doc, 11_999, 12_000, code, coder, null, CREATED));

        List<Segment> saved = store.insertAll(batch);

        assertThat(saved).hasSize(11_999).extracting(Segment::start).doesNotContain(1500).isSorted();
        assertThat(saved).extracting(Segment::id).doesNotHaveDuplicates().doesNotContain(stored.id());
        for (Segment s : saved) {
            assertThat(store.get(s.id())).contains(s);
        }
        assertThat(store.count()).isEqualTo(12_000);
    }

    @Test
    void aBatchWithoutDuplicatesAfterTheNewestPassagesWereDeletedGetsTheIdsTheDatabaseGaveEachRow() {
        Segment kept = store.insert(new Segment(0, doc, 5000, 5001, code, coder, null, CREATED));
        Segment newest = store.insert(new Segment(0, doc, 5001, 5002, code, coder, null, CREATED));
        store.deleteAll(List.of(newest.id()));

        List<Segment> batch = new java.util.ArrayList<>();
        for (int start = 6_000; start > 0; start--) {
            // Given in reverse: the store inserts in document and offset order, not in the order given.
            batch.add(new Segment(0, doc, start, start + 2, code, coder, start == 3 ? "memo" : null, CREATED));
        }
        List<Segment> saved = store.insertAll(batch);

        assertThat(saved).hasSize(6_000).extracting(Segment::start).isSorted();
        assertThat(saved).extracting(Segment::id).doesNotHaveDuplicates().doesNotContain(kept.id());
        for (Segment s : saved) {
            assertThat(store.get(s.id())).contains(s);
        }
        assertThat(store.all()).hasSize(6_001).contains(kept);
    }

    @Test
    void aBatchWhosePassagesWereCreatedAtDifferentMomentsKeepsEachOnesTimeAcrossStatements() {
        Instant later = CREATED.plusSeconds(3600);
        List<Segment> batch = new java.util.ArrayList<>();
        for (int start = 0; start < 9_000; start++) {
            // Each row binds its own time: more rows than one statement of seven parameters a row holds.
            batch.add(new Segment(0, doc, start, start + 3, code, coder, null, start % 3 == 0 ? later : CREATED));
        }
        batch.add(new Segment(0, doc, 8_000, 8_003, code, coder, null, later));

        List<Segment> saved = store.insertAll(batch);

        assertThat(saved).hasSize(9_000).extracting(Segment::start).isSorted();
        assertThat(saved).filteredOn(s -> s.created().equals(later)).hasSize(3_000);
        for (Segment s : saved) {
            assertThat(store.get(s.id())).contains(s);
        }
    }

    @Test
    void batchesOfOneOrTwoCodersAndMomentsKeepEachRowsCoderAndTimeUnderSumsTheCheckAccepts() {
        Path file = dir.resolve("p.parallax");
        Instant later = CREATED.plusSeconds(3600);
        long anna = coder;
        long boris = new JdbcCoderStore(db).ensure("boris").id();
        // One coder and one moment (both written into the statement), two coders, two moments, both mixed.
        for (int mix = 0; mix < 4; mix++) {
            List<Segment> batch = new java.util.ArrayList<>();
            for (int start = 0; start < 7_000; start++) {
                long by = (mix & 1) != 0 && start % 2 == 0 ? boris : anna;
                Instant created = (mix & 2) != 0 && start % 3 == 0 ? later : CREATED;
                batch.add(new Segment(0, doc, start, start + 1 + mix, code, by, null, created));
            }
            List<Segment> saved = store.insertAll(batch);
            assertThat(saved).hasSize(7_000);
            for (Segment s : saved) {
                assertThat(store.get(s.id())).contains(s);
            }
        }
        db.close();
        try (ProjectStore project = ProjectStores.open(new ProjectFile(file))) {
            assertThat(project.damagedRows()).isEmpty();
        }
    }
}
