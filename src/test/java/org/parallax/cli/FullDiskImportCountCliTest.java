package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.workbench.SmallDisk;

/**
 * An import that a full disk stops counts every file it did not import as failed: the summary line agrees with
 * the line above it that says how many files the stop left out, on a real small disk. The stop says how much is
 * free and how much is needed: "the disk is full" it said, with 1.8 MB free, sent the researcher looking for a disk
 * that was not full. With nothing imported it says so first, why, and what to do, in one line.
 */
class FullDiskImportCountCliTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryCountsEveryFileTheFullDiskLeftOutBesideTheFileThatFailedOnItsOwn() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 2)) {
            Path project = disk.newProject();
            Path first = Files.writeString(dir.resolve("readout.txt"), "NATO and Russia met in the council.\n");
            Path second = Files.writeString(dir.resolve("speech.txt"), "A speech on enlargement and security.\n");
            Path broken = Files.writeString(dir.resolve("broken.pdf"), "not a PDF at all");

            Cli run = Cli.parallax("import", project, first, second, broken);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("failed: broken.pdf: ")
                    // Nothing was saved: said first, where "the 0 documents reported as imported are saved" read as
                    // if something had been.
                    .containsPattern("failed: nothing was imported: too little free space on the project's disk for "
                            + "the next files \\(\\d+\\.\\d MB free, about \\d+\\.\\d MB needed: free some space "
                            + "and import again\\); 2 files from \\S+ on were not imported")
                    .doesNotContain("reported as imported")
                    // The disk has room left, less than the next files need with the margin kept for saving.
                    .doesNotContain("the disk is full");
            assertThat(run.out()).contains("0 imported, 0 duplicates, 3 failed");
            assertThat(Cli.ok("docs", project).out().lines().count()).as("the heading alone").isEqualTo(1);
        }
    }
}
