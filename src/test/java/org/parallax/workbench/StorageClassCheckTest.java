package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.tracing.StudyHypotheses;

/**
 * The check of each value's storage class (SQLite's {@code typeof()} against its column's) finds nothing in projects
 * Parallax writes: the sample built from its texts, with process tracing (real numbers, among them 0 and 1, which
 * SQLite keeps as integers on disk in a REAL column), memos and a saved search, and the same project through a
 * REFI-QDA exchange file into a new one. And it names a real number damaged into an empty blob, which reads as 0.
 */
class StorageClassCheckTest {
    @TempDir
    Path dir;

    @Test
    void projectsParallaxWritesKeepEveryValueInItsColumnsClassAndADamagedOneIsNamed() throws Exception {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), sample);
        Path qdpx = dir.resolve("sample.qdpx");
        try (Workbench wb = Workbench.open(sample)) {
            wb.tracing().installStudyTemplate();
            long passage = wb.coding().segments().get(0).id();
            wb.tracing().addEvidence(new EvidenceRequest(StudyHypotheses.TEMPLATE.name(), List.of(passage), null,
                    Map.of("H1", "1", "H2", "0", "Other", "0.5"), null, LocalDate.parse("2007-02-10"), "a note",
                    "group"));
            wb.tracing().addEvent(LocalDate.parse("2008-08-08"), "War in Georgia", null);
            wb.search().save("threats", "threat*");
            assertThat(wb.check().full()).isEmpty();
            wb.exchange().exportQdpx(qdpx);
        }
        try (Workbench copy = Workbench.create(dir.resolve("copy.parallax"), null)) {
            copy.exchange().importQdpx(qdpx);
            assertThat(copy.check().full()).isEmpty();
        }

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + sample); var st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            assertThat(st.executeUpdate("UPDATE evidence_likelihoods SET low = x'', high = x'' WHERE low = 0"))
                    .isEqualTo(1);
        }
        try (Workbench wb = Workbench.openReadOnly(sample)) {
            assertThat(wb.check().full()).extracting(Object::toString).containsExactly("evidence likelihoods row "
                    + evidenceId(sample) + ": its value in evidence_likelihoods.low is stored as a blob, but its "
                    + "column holds real numbers: the file was changed or damaged");
        }
    }

    private static long evidenceId(Path project) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT evidence_id FROM evidence_likelihoods WHERE typeof(low) = 'blob'")) {
            return rs.getLong(1);
        }
    }
}
