package org.parallax.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.io.CodebookTemplates;
import org.parallax.io.MetadataCsv;
import org.parallax.workbench.ImportReport;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/** Real projects for tests: the table1 codebook and the sample texts shipped in samples/. */
public final class TestProjects {
    public static final Path SAMPLES = Path.of("samples");

    private TestProjects() {
    }

    public static Workbench table1(Path dir) {
        return Workbench.create(dir.resolve("test.parallax"), CodebookTemplates.named("table1"));
    }

    public static List<Path> sampleTexts() {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("texts"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path sampleText(String prefix) {
        return sampleTexts().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample text " + prefix));
    }

    /** Imports the sample texts with their metadata into {@code wb}. */
    public static ImportReport importSamples(Workbench wb) {
        return wb.documents().importFiles(new ImportRequest(sampleTexts(), null,
                MetadataCsv.read(SAMPLES.resolve("metadata.csv"))), TaskProgress.NONE);
    }

    /** Imports one file and returns the new document's id. */
    public static long importOne(Workbench wb, Path file) {
        ImportReport report = wb.documents().importFiles(ImportRequest.of(List.of(file)), TaskProgress.NONE);
        if (report.imported().size() != 1) {
            throw new IllegalStateException("import failed: " + report);
        }
        return report.imported().get(0).id();
    }

    /** A copy of the shipped sample project in {@code dir}, to change or export freely. */
    public static Path sampleCopy(Path dir) {
        try {
            return Files.copy(SAMPLES.resolve("nato-russia.parallax"), dir.resolve("sample.parallax"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A second coder's copy of {@code project}, written by {@code parallax blind-copy} as for-maria.parallax beside
     * it; fails, saying why, when the command does.
     */
    public static Path secondCodersCopy(Path project) {
        Path copy = project.resolveSibling("for-maria.parallax");
        Cli.ok("blind-copy", project, copy);
        return copy;
    }

    /**
     * A project made as a researcher makes one on the command line, in {@code dir}: {@code new NAME --codebook table1},
     * then {@code import NAME TEXT_FILE [OPTIONS]} of one UTF-8 text; fails the test, saying why, if either fails.
     */
    public static Path table1WithOneText(Path dir, String name, String textFile, String text, Object... options) {
        Path project = dir.resolve(name);
        Cli.ok("new", project, "--codebook", "table1");
        List<Object> args = new java.util.ArrayList<>(List.of("import", project, textFile(dir, textFile, text)));
        args.addAll(List.of(options));
        Cli.ok(args.toArray());
        return project;
    }

    /** Writes a UTF-8 text file into {@code dir}. */
    public static Path textFile(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
