package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.FileCounts;
import org.parallax.testutil.KilledChild;

/**
 * A program SIGKILLed while it writes packs of passages on closing (a crash, a power cut) leaves a project whose
 * passages open exactly as the rows hold them: every pack in it whole and equal to its document's rows, or absent.
 */
class PassagesPackedOnCloseKillTest {
    @TempDir
    Path dir;

    @Test
    void aKillBetweenOrDuringTheTransactionsOfPacksLeavesEveryPackWholeOrAbsent() throws Exception {
        for (String when : List.of("between", "during")) {
            Path folder = Files.createDirectories(dir.resolve(when));
            Path project = ManyDocumentsProject.sampleWith(folder, 60);
            int transactions = PassagePacksOnClose.transactions(unpacked(project)).size();
            assertThat(transactions).as("transactions to write").isGreaterThan(4);

            KilledChild.killAtHook(PackingKilledChild.class, "the second transaction of packs", folder,
                    project.toString(), when);

            int packs = FileCounts.packs(project);
            assertThat(packs).as(when + ": packs written before the kill")
                    .isBetween(1, FileCounts.documentsWithPassages(project));
            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.integrityCheck()).isEqualTo("ok");
                assertThat(wb.project().segments.packsDisagreeing()).as(when).isEmpty();
            }
            PassagesPackedOnCloseTest.assertSameAsRows(project, null);
        }
    }

    private static java.util.Map<Long, Integer> unpacked(Path project) {
        try (Workbench wb = Workbench.openReadOnly(project)) {
            return wb.project().segments.unpackedDocuments();
        }
    }
}
