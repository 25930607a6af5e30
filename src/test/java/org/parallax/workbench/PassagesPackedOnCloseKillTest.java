package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Segment;
import org.parallax.testutil.FileCounts;
import org.parallax.testutil.KilledChild;
import org.parallax.testutil.TestProjects;

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
            Path project = projectOfManyDocuments(folder);
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

    /** The sample with 60 more documents of 300 passages each: twelve transactions of packs and more. */
    private static Path projectOfManyDocuments(Path folder) throws Exception {
        Path project = TestProjects.sampleCopy(folder);
        try (Workbench wb = Workbench.open(project)) {
            String text = "The alliance met again to weigh the enlargement and the council's answer to it. ".repeat(60);
            List<Long> added = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                added.add(TestProjects.importOne(wb, TestProjects.textFile(folder, "added-" + i + ".txt",
                        i + " " + text)));
            }
            List<Code> codes = wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).toList();
            long coder = wb.activeCoder().id();
            Instant created = Instant.now();
            Random random = new Random(7);
            List<Segment> drafts = new ArrayList<>();
            for (long d : added) {
                for (int p = 0; p < 300; p++) {
                    int start = p * 15;
                    drafts.add(new Segment(0, d, start, start + 10 + random.nextInt(40),
                            codes.get(random.nextInt(codes.size())).id(), coder, null, created));
                }
            }
            wb.coding().codeAll(drafts, "many");
        }
        return project;
    }
}
