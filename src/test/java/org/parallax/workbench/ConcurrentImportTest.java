package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.bench.SyntheticCorpus;
import org.parallax.io.CodebookTemplates;
import org.parallax.io.TextNormalizer;
import org.parallax.model.Document;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.ChildProcesses;

/**
 * Two command-line imports into one project file at the same time, as two processes: both finish, each
 * reports exactly the documents it saved, and the search index catches up with the documents of the one
 * that could not hold it.
 */
class ConcurrentImportTest {
    private static final int FILES = 160;

    @TempDir
    Path dir;

    @Test
    void twoImportsAtOnceBothSaveWhatTheyReport() throws Exception {
        Path project = dir.resolve("shared.parallax");
        try (Workbench wb = Workbench.create(project, CodebookTemplates.named("table1"))) {
            wb.documents().list();
        }
        List<Path> first = new SyntheticCorpus(31).write(dir.resolve("first"), FILES, 20_000);
        List<Path> second = new SyntheticCorpus(32).write(dir.resolve("second"), FILES, 20_000);

        Process a = cliImport(project, first, dir.resolve("a"));
        Process b = cliImport(project, second, dir.resolve("b"));
        try {
            ChildProcesses.awaitExit(a, 300);
            ChildProcesses.awaitExit(b, 300);
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
        String errA = Files.readString(dir.resolve("a.err"));
        String errB = Files.readString(dir.resolve("b.err"));
        assertThat(a.exitValue()).as(errA).isZero();
        assertThat(b.exitValue()).as(errB).isZero();
        assertThat(errA + errB).doesNotContain("failed").doesNotContain("Exception").doesNotContain("SQLITE");

        Set<Long> reported = new HashSet<>();
        reported.addAll(importedIds(dir.resolve("a.out")));
        reported.addAll(importedIds(dir.resolve("b.out")));
        try (Workbench wb = Workbench.open(project)) {
            List<Document> stored = wb.documents().list();
            assertThat(stored).extracting(Document::id).containsExactlyInAnyOrderElementsOf(reported);
            assertThat(stored).hasSize(2 * FILES);
            Set<String> expected = new HashSet<>();
            for (Path source : concat(first, second)) {
                expected.add(TextNormalizer.normalize(Files.readString(source, StandardCharsets.UTF_8)));
            }
            Set<String> texts = new HashSet<>();
            stored.forEach(d -> texts.add(wb.documents().text(d.id())));
            assertThat(texts).as("every document whole, each file once").isEqualTo(expected);
            wb.search().ensureIndex(TaskProgress.NONE);
            for (Document d : List.of(stored.get(0), stored.get(stored.size() - 1))) {
                String word = wb.documents().text(d.id()).split("\\W+")[0];
                assertThat(wb.search().search("\"" + word + "\"", SearchOptions.defaults()).hitsPerDocument())
                        .containsKey(d.id());
            }
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Process cliImport(Path project, List<Path> files, Path outputs) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "org.parallax.Main", "import", project.toString()));
        files.forEach(f -> command.add(f.toString()));
        return new ProcessBuilder(command)
                .redirectOutput(Path.of(outputs + ".out").toFile())
                .redirectError(Path.of(outputs + ".err").toFile()).start();
    }

    private static List<Long> importedIds(Path stdout) throws Exception {
        return Files.readAllLines(stdout).stream().filter(l -> l.startsWith("imported "))
                .map(l -> Long.parseLong(l.substring(9, l.indexOf('\t')))).toList();
    }
}
