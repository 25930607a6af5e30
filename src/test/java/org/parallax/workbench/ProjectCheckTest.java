package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/** `parallax check` finds passages outside their text or splitting a character, and a stale search index. */
class ProjectCheckTest {
    @TempDir
    Path dir;

    @Test
    void passagesOutsideTheTextOrSplittingASurrogatePairAreFindings() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "flag.txt", "NATO 🇺🇦 and Russia met."));
            Code code = wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).findFirst()
                    .orElseThrow();
            wb.coding().code(doc, 0, 4, code.id(), null);
            wb.coding().code(doc, 5, 9, code.id(), null);
            wb.coding().code(doc, 14, 20, code.id(), null);
        }
        assertThat(Cli.parallax("check", project).exit()).isZero();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            st.executeUpdate("UPDATE segments SET end_offset = 6 WHERE start_offset = 5");
            st.executeUpdate("UPDATE segments SET end_offset = 400 WHERE start_offset = 14");
        }

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("offsets 5–6 split a character in two")
                .contains("offsets 14–400 lie outside the text of 25 characters")
                // Changed behind Parallax's back, so each passage also fails the checksum written with it.
                .contains("passage 3 in document “flag” (code “Balance of power”, coder “root”): its values no longer "
                        + "match the checksum written with them")
                .contains("4 problems found");
    }

    @Test
    void aSearchIndexThatDisagreesWithTheDocumentsIsReported() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            TestProjects.importOne(wb, TestProjects.sampleTexts().get(0));
            TestProjects.importOne(wb, TestProjects.sampleTexts().get(1));
            wb.search().awaitIndex();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM documents WHERE id = 2");
        }
        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("search index: disagrees with the documents: 0 outdated, 1 no longer in the project, 0 not indexed yet");
    }
}
