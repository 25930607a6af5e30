package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.model.Segment;
import org.parallax.workbench.Workbench;

/** A private copy of the sample project for one property, and the checks every fuzzed import must pass. */
final class FuzzProject implements AutoCloseable {
    private final Path dir;
    final Workbench wb;

    private FuzzProject(Path dir, Workbench wb) {
        this.dir = dir;
        this.wb = wb;
    }

    static FuzzProject copyOfSample() throws IOException {
        Path dir = Files.createTempDirectory("parallax-fuzz-project");
        Path file = FuzzFiles.copy(SeedFiles.sampleProject(), dir.resolve("fuzz.parallax"));
        return new FuzzProject(dir, Workbench.open(file));
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** Counts that any partial import would change. */
    List<Integer> counts() {
        return List.of(wb.documents().list().size(), wb.coding().segments().size(),
                wb.codebook().current().codes().size(), wb.codebook().current().frames().size(), wb.coders().size());
    }

    /** The file is sound for SQLite and every passage lies inside its document's text. */
    void assertSound() {
        assertThat(wb.integrityCheck()).isEqualTo("ok");
        Map<Long, Integer> lengths = wb.documents().list().stream()
                .collect(Collectors.toMap(d -> d.id(), d -> wb.documents().text(d.id()).length()));
        for (Segment s : wb.coding().segments()) {
            assertThat(lengths).containsKey(s.documentId());
            assertThat(s.start()).as("start of %s", s).isGreaterThanOrEqualTo(0).isLessThan(s.end());
            assertThat(s.end()).as("end of %s", s).isLessThanOrEqualTo(lengths.get(s.documentId()));
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
        FuzzFiles.deleteTree(dir);
    }
}
