package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;

/**
 * A sync client copies or removes the project's files while it is open: committed coding must be in the main
 * file shortly after each action, and a removed {@code -wal} stops writing with a message.
 */
class SyncedFolderTest {
    @TempDir
    Path dir;

    @Test
    void shortlyAfterCodingTheMainFileAloneHoldsEveryPassage() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.sampleTexts().get(0));
            codeFifty(wb, doc);
            Path copy = dir.resolve("synced copy.parallax");
            // What a sync client uploads: the main file, without -wal and -shm.
            long deadline = System.currentTimeMillis() + 60_000;
            int seen;
            do {
                Thread.sleep(100);
                Files.copy(wb.file(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (Workbench other = Workbench.openReadOnly(copy)) {
                    seen = other.passageCount();
                } catch (ParallaxException notYetInTheMainFile) {
                    seen = -1;
                }
            } while (seen < 50 && System.currentTimeMillis() < deadline);
            assertThat(seen).isEqualTo(50);
        }
    }

    @Test
    void aDeletedWalStopsWritingAndReopeningShowsEveryPassage() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            long doc = TestProjects.importOne(wb, TestProjects.sampleTexts().get(0));
            codeFifty(wb, doc);
            Files.delete(project.resolveSibling(project.getFileName() + "-wal"));
            Code code = codes(wb).get(0);
            assertThatThrownBy(() -> wb.coding().code(doc, 300, 310, code.id(), null))
                    .isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("-wal")
                    .hasMessageContaining("writing has stopped");
            assertThat(wb.readOnlyReason()).isPresent();
        }
        Files.deleteIfExists(project.resolveSibling(project.getFileName() + "-wal"));
        try (Workbench reopened = Workbench.open(project)) {
            assertThat(reopened.passageCount()).isEqualTo(50);
            assertThat(reopened.integrityCheck()).isEqualTo("ok");
        }
    }

    private static void codeFifty(Workbench wb, long doc) {
        Code code = codes(wb).get(0);
        for (int i = 0; i < 50; i++) {
            wb.coding().code(doc, i * 5, i * 5 + 4, code.id(), null);
        }
    }

    private static List<Code> codes(Workbench wb) {
        return wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).toList();
    }
}
