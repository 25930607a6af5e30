package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project on a drive mounted read-only (a CD, a locked memory card, a share offered for reading only) opened
 * read-only saying "the file is read-only", which sent the researcher to the file's permissions, which cannot be
 * changed there. It says the drive is mounted read-only and that a copy on another drive is the way to work on it.
 */
class ReadOnlyDriveProjectTest {
    @TempDir
    Path dir;

    @Test
    void aProjectOnADriveMountedReadOnlyOpensReadOnlyNamingTheDrive() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("stick"), 16)) {
            Path project = disk.projectWithOneText("study.parallax", "interview.txt", "Deterrence and détente, 1975.");
            disk.readOnly();

            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("the drive it is on is mounted read-only")
                        .contains("save a copy on another drive to work on it")
                        .doesNotContain("the file is read-only"));
                assertThat(wb.documents().list()).hasSize(1);
            }
        }
    }
}
