package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.KilledWriterLog;

/**
 * A bit flipped anywhere in the log a killed writer left (its saves not yet in the file), its header's magic, version
 * and page size included: the damage is named unless the flip lies in the log's last frame, the end of the last save,
 * which cannot be told from a save cut short by the kill.
 */
class JournalFlipFuzzTest {
    private static Path dir;
    private static Path left;
    private static long lastFrame;
    private static long size;
    private static final AtomicInteger TRIES = new AtomicInteger();

    record Flip(long offset, int bit) {
    }

    @BeforeContainer
    static void killedWriter() throws Exception {
        QuietLogs.on();
        dir = Files.createTempDirectory("parallax-journal-flip");
        left = KilledWriterLog.killedAfterSaves(KilledWriterLog.project(dir), dir.resolve("left"), false);
        size = Files.size(KilledWriterLog.log(left));
        lastFrame = KilledWriterLog.frameStart(KilledWriterLog.frames(left) - 1);
        assertThat(KilledWriterLog.frames(left)).isGreaterThan(KilledWriterLog.SAVES);
    }

    @AfterContainer
    static void remove() throws IOException {
        FuzzFiles.deleteTree(dir);
        QuietLogs.off();
    }

    @Property(tries = 60)
    void aFlipBeforeTheLastFrameIsNamed(@ForAll("flips") Flip flip) throws Exception {
        Path trial = Files.createDirectories(dir.resolve("trial-" + TRIES.incrementAndGet()));
        Path project = Files.copy(left, trial.resolve(left.getFileName()));
        Files.copy(KilledWriterLog.log(left), KilledWriterLog.log(project));
        KilledWriterLog.flip(project, flip.offset(), flip.bit());
        byte[] damaged = Files.readAllBytes(KilledWriterLog.log(project));

        try (ProjectStore store = ProjectStores.openReadOnly(new ProjectFile(project))) {
            if (flip.offset() < lastFrame) {
                assertThat(store.journalDamage()).as("flip at %s", flip).isPresent();
                assertThat(store.readOnlyReason()).isEqualTo(store.journalDamage());
            } else {
                assertThat(store.journalDamage()).as("flip at %s", flip).isEmpty();
            }
        }
        assertThat(Files.readAllBytes(KilledWriterLog.log(project))).isEqualTo(damaged);
    }

    @Provide
    Arbitrary<Flip> flips() {
        return Combinators.combine(Arbitraries.longs().between(0, size - 1), Arbitraries.integers().between(0, 7))
                .as(Flip::new);
    }
}
