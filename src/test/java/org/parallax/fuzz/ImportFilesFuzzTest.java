package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.parallax.fuzz.DamagedFiles.DamagedFile;
import org.parallax.model.DocumentMeta;
import org.parallax.workbench.ImportReport;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;

/**
 * Batches of damaged documents through the whole import path into a copy of the sample project: every file
 * is imported, a duplicate, or one clear failure line; failed files leave no trace; the project stays sound.
 */
class ImportFilesFuzzTest {
    private FuzzProject project;
    private int batch;

    @BeforeProperty
    void open() throws IOException {
        QuietLogs.on();
        project = FuzzProject.copyOfSample();
    }

    @AfterProperty
    void close() throws IOException {
        project.close();
        QuietLogs.off();
    }

    @Property
    void damagedFilesImportOrFailOneByOneAndLeaveTheProjectSound(@ForAll("batches") List<DamagedFile> damaged,
                                                                 @ForAll("scenarios") String scenario) {
        List<Path> files = new ArrayList<>();
        batch++;
        for (int i = 0; i < damaged.size(); i++) {
            DamagedFile d = damaged.get(i);
            files.add(FuzzFiles.write(project.file("b" + batch + "-f" + i + "." + d.extension()), d.content()));
        }
        int before = project.wb.documents().list().size();
        Path first = files.get(0);
        Optional<ImportReport> outcome = ImportOutcome.of(first, () -> project.wb.documents()
                .importFiles(new ImportRequest(files, new DocumentMeta(null, null, null, null, null, scenario, null),
                        null), TaskProgress.NONE));
        ImportReport report = outcome.orElseThrow(() -> new AssertionError("importFiles threw instead of reporting"));
        assertThat(report.imported().size() + report.failures().size() + report.duplicates().size())
                .as("every file accounted for in %s", report).isEqualTo(files.size());
        for (String failure : report.failures()) {
            Path failed = files.stream().filter(f -> failure.startsWith(f.getFileName().toString())).findFirst()
                    .orElseThrow(() -> new AssertionError("failure names no file of the batch: " + failure));
            ImportOutcome.assertClearMessage(failed, failure);
        }
        report.imported().forEach(d -> ImportOutcome.count("file", "imported"));
        report.failures().forEach(f -> ImportOutcome.count("file", "failed"));
        report.duplicates().forEach(f -> ImportOutcome.count("file", "duplicate"));
        assertThat(project.wb.documents().list()).hasSize(before + report.imported().size());
        report.imported().forEach(d -> assertThat(project.wb.documents().text(d.id())).isNotBlank());
        project.assertSound();
    }

    /** Mostly none; else a scenario of the project, an unknown one, or one with a line break (from a CSV cell). */
    @Provide
    Arbitrary<String> scenarios() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.of("Institutionalized dialogue", "Cold peace", "Cold\npeace", " ")));
    }

    @Provide
    Arbitrary<List<DamagedFile>> batches() {
        return DamagedFiles.any().list().ofMinSize(1).ofMaxSize(3);
    }
}
