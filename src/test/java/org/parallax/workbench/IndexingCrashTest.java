package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.bench.BenchmarkCodebook;
import org.parallax.bench.SyntheticCorpus;
import org.parallax.model.Document;
import org.parallax.search.IndexStatus;
import org.parallax.search.SearchOptions;

/**
 * A child JVM killed with SIGKILL while the background indexing is under way (a test hook makes the indexing
 * thread pause after its first commit, with documents still waiting) leaves every imported document saved and an
 * index that lacks some of them; the next open catches the index up without a rebuild, and every document is then
 * found by a word of its own.
 */
class IndexingCrashTest {
    private static final int FILES = 300;

    @Test
    void killedWhileIndexingTheNextOpenCatchesTheIndexUp(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("indexing.parallax");
        List<Path> files = new SyntheticCorpus(31).write(dir.resolve("texts"), FILES, 20_000);
        try (Workbench workbench = Workbench.create(project, BenchmarkCodebook.definition(4, 2))) {
            workbench.documents().list();
        }

        importAndKillWhileIndexing(project, dir.resolve("texts"), dir);

        try (Workbench workbench = Workbench.open(project)) {
            assertThat(workbench.integrityCheck()).isEqualTo("ok");
            List<Document> documents = workbench.documents().list();
            assertThat(documents).as("the import stores every file before its indexing ends").hasSize(FILES);
            IndexStatus before = workbench.search().compare();
            assertThat(before.state()).isEqualTo(IndexStatus.State.STALE);
            assertThat(before.missing()).as("documents the killed indexing never committed").isNotEmpty()
                    .hasSizeLessThan(FILES);

            assertThat(workbench.search().ensureIndex(TaskProgress.NONE)).as("caught up, not rebuilt").isFalse();
            workbench.search().awaitIndex();
            assertThat(workbench.search().status().state()).isEqualTo(IndexStatus.State.OK);
            for (Document d : documents) {
                String word = firstLongWord(workbench.documents().text(d.id()));
                assertThat(workbench.search().search("\"" + word + "\"", SearchOptions.defaults())
                        .hitsPerDocument()).as(d.sourceFile()).containsKey(d.id());
            }
        }
    }

    private static String firstLongWord(String text) {
        for (String word : text.split("\\W+")) {
            if (word.length() >= 4) {
                return word;
            }
        }
        throw new AssertionError("no word of four letters in " + text.substring(0, Math.min(80, text.length())));
    }

    private static void importAndKillWhileIndexing(Path project, Path folder, Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path signal = dir.resolve("indexing-paused");
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m",
                "-D" + ChunkPause.INDEX_PROPERTY + "=" + signal,
                "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), project.toString(), folder.toString())
                .redirectError(stderr.toFile()).redirectOutput(dir.resolve("child-stdout.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // The indexing thread pauses after its first commit while the import carries on: kill once the
            // import has returned (every file stored) and the indexing is paused.
            while (!Files.exists(signal) || !Files.readString(dir.resolve("child-stdout.txt")).contains("imported")) {
                if (!child.isAlive()) {
                    fail("the child ended before the indexing paused: " + Files.readString(stderr));
                }
                if (System.nanoTime() > deadline) {
                    fail("the child did not pause its indexing in time: " + Files.readString(stderr));
                }
                Thread.sleep(20);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }
}
