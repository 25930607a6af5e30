package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * Opening a project whose documents have their packs reads no row of {@code segments} beyond counting them: the rows of
 * the documents without a pack are looked up through the passages' index by document, never by reading the whole table
 * (which the cold first Table 1 of a 300,000-passage project paid for with every page of it, docs/performance.md).
 */
class PackedLoadPlanTest {
    @TempDir
    Path dir;

    @Test
    void theRowsOfDocumentsWithoutAPackAreLookedUpByDocumentNotScanned() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.coding().segments()).isNotEmpty();
        }
        List<String> plan = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
             ResultSet rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN " + PackedLoad.UNPACKED)) {
            while (rs.next()) {
                plan.add(rs.getString("detail"));
            }
        }
        assertThat(plan).as(plan.toString()).noneMatch(step -> step.startsWith("SCAN s"))
                .anyMatch(step -> step.startsWith("SEARCH s USING INDEX"));
    }
}
