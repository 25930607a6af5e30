package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;

/**
 * The short commands a script runs over and over start in a fresh JVM each time, so what they load is what they
 * cost (issue 18, item 3). Each runs here as the launcher runs it, in a child JVM logging every class it loads:
 * none loads JavaFX or another command's class, only {@code search} loads Lucene, and from the second command on
 * SQLite's native library comes from the user's cache folder (sqlite-jdbc's own probe of the OS, which runs
 * {@code uname}, is not loaded).
 */
class CommandsStartLightTest {
    @TempDir
    Path dir;

    @Test
    void listingCodingAndTallyLoadNeitherLuceneNorJavaFxAndSearchLoadsNoJavaFx() throws Exception {
        Path project = sampleCopy();
        assertThat(classesLoaded("docs", "docs", project.toString())).anyMatch(c -> c.startsWith("org.sqlite."))
                .noneMatch(CommandsStartLightTest::isJavaFx).noneMatch(CommandsStartLightTest::isLucene)
                .contains("org.parallax.cli.DocsCommand")
                .doesNotContain("org.parallax.cli.TallyCommand", "org.parallax.cli.TeamCommand");
        assertThat(classesLoaded("code", "code", project.toString(), "--doc=1", "--start=0", "--end=5",
                "--code=Balance of power")).noneMatch(CommandsStartLightTest::isJavaFx)
                .noneMatch(CommandsStartLightTest::isLucene);
        assertThat(classesLoaded("tally", "tally", project.toString())).noneMatch(CommandsStartLightTest::isJavaFx)
                .noneMatch(CommandsStartLightTest::isLucene);
        assertThat(classesLoaded("search", "search", project.toString(), "NATO")).anyMatch(CommandsStartLightTest::isLucene)
                .noneMatch(CommandsStartLightTest::isJavaFx);
        // nothing went wrong, so nothing was logged: the log file is opened at the first warning only
        assertThat(dir.resolve("state").resolve("parallax")).doesNotExist();
    }

    @Test
    void sqliteNativeLibraryIsUnpackedOnceIntoTheCacheFolderAndLoadedFromThereAfter() throws Exception {
        Path project = sampleCopy();
        List<String> first = classesLoaded("first", "docs", project.toString());
        Path cached;
        try (var files = Files.walk(dir.resolve("cache").resolve("parallax").resolve("native"))) {
            cached = files.filter(p -> p.getFileName().toString().equals(System.mapLibraryName("sqlitejdbc")))
                    .findFirst().orElseThrow();
        }
        long size = Files.size(cached);
        List<String> second = classesLoaded("second", "docs", project.toString());

        assertThat(first).contains("org.parallax.store.sqlite.NativeLibraryCache");
        assertThat(second).contains("org.sqlite.core.NativeDB").doesNotContain("org.sqlite.util.OSInfo");
        assertThat(Files.size(cached)).isEqualTo(size).isGreaterThan(100_000);
        try (var left = Files.list(cached.getParent())) {
            assertThat(left).as("no half-written copy left beside it").containsExactly(cached);
        }
    }

    @Test
    void aCacheFolderThatCannotBeMadeCostsOnlyTheCache() throws Exception {
        Path project = sampleCopy();
        Files.writeString(dir.resolve("cache"), "a file where the cache folder would be");
        // sqlite-jdbc then unpacks its own copy, probing the OS as before; the command works the same
        assertThat(classesLoaded("blocked", "docs", project.toString())).contains("org.sqlite.util.OSInfo");
    }

    /** Runs {@code parallax ARGS} in a child JVM with its own cache and log folders; returns the classes it loaded. */
    private List<String> classesLoaded(String run, String... args) throws Exception {
        Path log = dir.resolve(run + "-classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                org.parallax.Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve(run + "-out.txt").toFile())
                .redirectError(dir.resolve(run + "-err.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Process child = builder.start();
        ChildProcesses.awaitExit(child, 180);
        String out = Files.readString(dir.resolve(run + "-out.txt"), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(run + ": " + Files.readString(dir.resolve(run + "-err.txt"))).isZero();
        assertThat(out).as(run).isNotBlank();
        // lines read "[info][class,load] NAME source: ..."
        return Files.readAllLines(log).stream().map(line -> line.split(" ")).filter(words -> words.length > 1)
                .map(words -> words[1]).toList();
    }

    private Path sampleCopy() throws Exception {
        return Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
    }

    private static boolean isJavaFx(String className) {
        return className.startsWith("javafx.") || className.startsWith("com.sun.javafx.");
    }

    private static boolean isLucene(String className) {
        return className.startsWith("org.apache.lucene.");
    }
}
