package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import org.parallax.io.refi.LargeQdpx;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.testutil.Cli;

/**
 * A year's team project exported by NVivo or ATLAS.ti has a project.qde of tens to hundreds of megabytes. Held
 * whole (its bytes, then a DOM several times their size) one of 146 MB needed a 1 GB heap, four times what the
 * launchers give. Streamed, the import needs memory for what it keeps (texts, passages, memos), so a project.qde
 * of 50,000 codings with long memos imports in a child JVM whose heap is too small to hold it as a DOM.
 */
class LargeProjectQdeImportTest {
    /** 100 interviews, 500 codings each, 40 coders, 120 codes under 12 themes, memos of 600 characters: a project.qde of 56 MB. */
    private static final LargeQdpx.Shape SHAPE = new LargeQdpx.Shape(100, 500, 40, 120, 600);
    /**
     * Twice the project.qde: the reader that held it whole ran out at once (its bytes, growing by doubling, then a
     * DOM), and needed 256 MB. Streamed, the import kept at most 76 MB live (memos 30 MB, passages, GUIDs), so it
     * fits with room to spare; it ran out at 64 MB.
     */
    private static final String HEAP = "-Xmx112m";

    @TempDir
    Path dir;

    @Test
    void aProjectQdeLargerThanTheHeapImportsWholeInAChildJvm() throws Exception {
        Path qdpx = LargeQdpx.write(dir.resolve("team-year.qdpx"), SHAPE);
        Path project = dir.resolve("team.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();

        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ParallaxCommand.class.getName(),
                "import", project.toString(), qdpx.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = child.waitFor(15, TimeUnit.MINUTES);
        child.destroyForcibly();

        assertThat(ended).as("the import ended").isTrue();
        assertThat(child.exitValue()).as(Files.readString(stderr)).isZero();
        try (Workbench wb = Workbench.open(project)) {
            List<Document> documents = wb.documents().list();
            assertThat(documents).hasSize(SHAPE.sources());
            assertThat(wb.passageCount()).isEqualTo(SHAPE.selections());
            Document first = documents.stream().filter(d -> d.title().equals("Interview 0")).findFirst().orElseThrow();
            assertThat(wb.documents().text(first.id())).isEqualTo(LargeQdpx.text(0, SHAPE.selectionsPerSource()));
            List<Segment> passages = wb.coding().segmentsOfDocument(first.id());
            assertThat(passages).hasSize(SHAPE.selectionsPerSource());
            assertThat(passages).allSatisfy(p -> {
                assertThat(p.end() - p.start()).isEqualTo(59);
                assertThat(p.memo()).hasSizeGreaterThan(590);
            });
            assertThat(wb.codebook().current().codes()).hasSize(SHAPE.codes() + SHAPE.codes() / 10);
        }
    }
}
