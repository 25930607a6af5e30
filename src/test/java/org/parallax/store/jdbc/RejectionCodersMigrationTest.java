package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.DamagedRow;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.ProvenanceStore;
import org.parallax.testutil.AssistantFixture;
import org.parallax.workbench.Workbench;

/**
 * A project file of schema 18, whose rejected suggestions named no coder: the upgrade to 19 keeps every rejection,
 * gives it to the project's first coder (never the assistant's own layer, even when its row came first), so a coder
 * added later is offered those suggestions; intact rows stay sound over the new column and a row damaged before is
 * still found.
 */
class RejectionCodersMigrationTest {
    @TempDir
    Path dir;

    @Test
    void rejectionsStoredBeforeCodersWereRecordedAreKeptAsTheFirstCodersAndStaySound() throws Exception {
        Path file = schema18(null);
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            long document = store.documents().list().stream().mapToLong(d -> d.id()).min().orElseThrow();
            long first = store.coders().find(AssistantFixture.CODER).orElseThrow().id();
            long later = store.coders().find("bea").orElseThrow().id();
            long code = code(store);
            assertThat(store.provenance().rejections(document, first)).containsExactlyInAnyOrder(
                    ProvenanceStore.rejectionKey(0, 10, code), ProvenanceStore.rejectionKey(20, 30, code));
            assertThat(store.provenance().rejections(document, later)).isEmpty();
            assertThat(store.provenance().rejections(document, 0)).as("the assistant's layer").isEmpty();
            assertThat(store.damagedRows()).isEmpty();

            store.write(() -> {
                store.provenance().reject(document, 0, 10, code, later, java.time.Instant.now());
                return null;
            });
            assertThat(store.provenance().rejections(document, later)).containsExactly(
                    ProvenanceStore.rejectionKey(0, 10, code));
            assertThat(store.damagedRows()).isEmpty();
        }
    }

    @Test
    void aRejectionDamagedBeforeTheUpgradeIsStillFoundAfterIt() throws Exception {
        Path file = schema18("UPDATE assistant_rejections SET end_offset = 31 WHERE start_offset = 20");
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.damagedRows()).extracting(DamagedRow::table, r -> r.number("start_offset"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("assistant_rejections", 20L));
        }
    }

    private static long code(ProjectStore store) {
        return store.codebook().load().codes().stream().filter(c -> c.name().equals(AssistantFixture.POWER))
                .findFirst().orElseThrow().id();
    }

    /**
     * The assistant's fixture as schema 18 left it: its first coder, then a coder added later (bea), the assistant's
     * layer given id 0, and two rejections of no coder summed without one; then {@code damage} done.
     */
    private Path schema18(String damage) throws Exception {
        Path file = AssistantFixture.create(dir, 2, 0);
        try (Workbench wb = Workbench.open(file)) {
            wb.setActiveCoder("bea");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO coders(id, name) VALUES (0, 'assistant')");
            RowChecks.sealAnew(c, RowChecks.CODERS, "id=0");
            st.executeUpdate("DROP TABLE assistant_rejections");
            st.executeUpdate("CREATE TABLE assistant_rejections (document_id INTEGER NOT NULL REFERENCES "
                    + "documents(id) ON DELETE CASCADE, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, "
                    + "code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE, created TEXT NOT NULL, "
                    + "row_crc INTEGER, PRIMARY KEY (document_id, start_offset, end_offset, code_id))");
            for (int start : new int[] {0, 20}) {
                st.executeUpdate("INSERT INTO assistant_rejections(document_id, start_offset, end_offset, code_id, "
                        + "created) SELECT min(d.id), " + start + ", " + (start + 10) + ", (SELECT id FROM codes "
                        + "WHERE name = '" + AssistantFixture.POWER + "'), '2026-01-01T00:00:00Z' FROM documents d");
            }
            RowChecks.sealAnew(c, RejectionCoders.before19(RowChecks.ASSISTANT_REJECTIONS), "1=1");
            if (damage != null) {
                st.executeUpdate(damage);
            }
            st.executeUpdate("PRAGMA user_version = 18");
        }
        return file;
    }
}
