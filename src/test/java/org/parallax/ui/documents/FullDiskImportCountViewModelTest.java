package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.SmallDisk;

/**
 * The window's import stopped by a full disk says how many files were not imported, each one counted, and with nothing
 * imported that nothing was, why and what to do: it said "the 0 documents reported as imported are saved".
 */
class FullDiskImportCountViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theBoxCountsEveryFileTheFullDiskLeftOut() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 2);
             UiFixture fixture = UiFixture.open(UiFixture.createProject(disk.folder()), dir)) {
            Path first = Files.writeString(dir.resolve("readout.txt"), "NATO and Russia met in the council.");
            Path second = Files.writeString(dir.resolve("speech.txt"), "A speech on enlargement and security.");
            Path third = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the first meeting.");

            fixture.main.importer().importFiles(List.of(first, second, third));

            assertThat(fixture.dialogs.errors).singleElement().asString()
                    .startsWith("3 files could not be imported:")
                    .contains("\n  nothing was imported: too little free space on the project's disk for the next "
                            + "files (").contains("free some space and import again); 3 files from ")
                    .doesNotContain("reported as imported");
        }
    }
}
