package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.DamagedPages;
import org.parallax.testutil.TestProjects;

/**
 * A colleague's project whose index page was damaged (an index entry pointing at another row) passed SQLite's quick
 * check, which does not compare indexes with their tables, and was merged: what a damaged file reads through its
 * indexes is not what its coder saved. The merge now refuses it, naming the damage, and changes nothing.
 */
class MergeDamagedIndexTest {
    @TempDir
    Path dir;

    @Test
    void aProjectWithADamagedIndexPageIsRefusedAndNothingIsMerged() throws Exception {
        Path mine = TestProjects.sampleCopy(Files.createDirectory(dir.resolve("mine")));
        Path theirs = TestProjects.sampleCopy(Files.createDirectory(dir.resolve("theirs")));
        DamagedPages.flipIndexEntry(theirs, "segments_by_code");

        try (Workbench wb = Workbench.open(mine)) {
            int before = wb.passageCount();

            assertThatThrownBy(() -> wb.merging().mergeProject(theirs))
                    .hasMessageStartingWith("sample.parallax: the file is damaged")
                    .hasMessageContaining("segments_by_code").hasMessageContaining("nothing was merged")
                    .hasMessageNotContaining("\n");
            assertThat(wb.passageCount()).isEqualTo(before);
        }
    }
}
