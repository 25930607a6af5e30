package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.ReadOnlyProjectException;

/**
 * A portable copy is unpacked in the user's own folder, where its sample file can be written. Opened there (File →
 * Open project…, or the recent project after that), it was coded in place, with its backups and index beside it in
 * the program folder, and deleting or replacing the folder with a newer version took the coding with it.
 */
class ShippedSampleNeverChangedTest {
    private static final Path SAMPLE = Path.of("samples", "nato-russia.parallax");

    @TempDir
    Path dir;
    private String before;
    private Path shipped;

    @BeforeEach
    void unpackAPortableCopy() throws IOException {
        Path samples = Files.createDirectories(dir.resolve("Downloads/Parallax/lib/app/samples"));
        shipped = Files.copy(SAMPLE, samples.resolve("nato-russia.parallax"));
        before = System.getProperty(BundledSample.LOCATION_PROPERTY);
        // what the portable copy's launchers pass
        System.setProperty(BundledSample.LOCATION_PROPERTY, shipped.toString());
    }

    @AfterEach
    void restoreTheProperty() {
        if (before == null) {
            System.clearProperty(BundledSample.LOCATION_PROPERTY);
        } else {
            System.setProperty(BundledSample.LOCATION_PROPERTY, before);
        }
    }

    @Test
    void theSampleInsideAWritableProgramFolderOpensReadOnlyAndNothingIsWrittenBesideIt() throws Exception {
        String folderBefore = listing(shipped.getParent());

        // named another way than the launchers name it, as a file chooser or the recent projects may
        Path chosen = dir.resolve("Downloads/Parallax/lib/app/../app/samples/nato-russia.parallax");
        try (Workbench wb = Workbench.open(chosen)) {
            assertThat(wb.readOnlyReason()).contains(BundledSample.NEVER_CHANGED);
            List<Document> documents = wb.documents().list();
            assertThat(documents).hasSize(15);
            long balance = wb.codebook().code("Balance of power").id();
            assertThatThrownBy(() -> wb.coding().code(documents.get(0).id(), 0, 4, balance, null))
                    .isInstanceOf(ReadOnlyProjectException.class)
                    .hasMessage("nato-russia.parallax is open read-only: " + BundledSample.NEVER_CHANGED);
        }

        assertThat(listing(shipped.getParent())).isEqualTo(folderBefore);
        assertThat(Files.mismatch(shipped, SAMPLE)).isEqualTo(-1);
    }

    @Test
    void aCopyOfTheSampleElsewhereIsTheResearchersOwnAndOpensForCoding() throws Exception {
        Path copy = BundledSample.copyInto(shipped, dir.resolve("Documents"));

        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.readOnlyReason()).isEmpty();
            long balance = wb.codebook().code("Balance of power").id();
            wb.coding().code(wb.documents().list().get(0).id(), 0, 4, balance, null);
        }
        assertThat(Files.mismatch(shipped, SAMPLE)).isEqualTo(-1);
    }

    private static String listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName() + " " + file.toFile().length() + " "
                    + file.toFile().lastModified()).sorted().toList().toString();
        }
    }
}
