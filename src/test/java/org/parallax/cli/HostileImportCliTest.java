package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.HostilePdfs;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/** A batch with hostile PDFs: each fails with one line, the rest of the batch is imported. */
class HostileImportCliTest {
    @TempDir
    Path dir;

    @Test
    void hostilePdfsFailWithOneLineEachWhileTheRestImports() throws IOException {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path forms = HostilePdfs.nestedForms(dir.resolve("forms.pdf"), 40);
        Path deep = HostilePdfs.deeplyNestedArray(dir.resolve("deep.pdf"), 200_000);
        Path readout = TestProjects.textFile(dir, "readout.txt", "NATO and Russia met in the Council.");

        Cli imported = Cli.parallax("import", project, forms, readout, deep);

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.out()).contains("1 imported, 0 duplicates, 2 failed");
        assertThat(imported.err().lines()).containsExactly(
                "failed: forms.pdf: exceeds the extraction limit (forms nested more than 12 deep)",
                "failed: deep.pdf: exceeds the extraction limit (objects nested too deeply)");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).singleElement()
                    .satisfies(d -> assertThat(wb.documents().text(d.id())).contains("NATO and Russia"));
        }
    }
}
