package org.parallax.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

/** File → Export → pseudonymised REFI-QDA project tells, in a box, of a surname it left standing alone. */
class PseudonymisedExportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aSurnameStandingAloneIsNamedInABoxAfterThePseudonymisedExport() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview.txt",
                    "Interviewer: Sergei Volkov, welcome. Mr Volkov, how did the council work?"));
            wb.documents().updateMeta(doc, new DocumentMeta("Interview 7", LocalDate.of(2003, 5, 1),
                    DocumentType.INTERVIEW, "Russia", "en", null, Map.of("speaker", "Sergei Volkov")));
            wb.exchange().markSensitive("speaker");
            project = Path.of(wb.location());
        }
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path out = dir.resolve("anon.qdpx");

            fixture.main.exchange().exportQdpx(out, true);

            assertThat(Files.isRegularFile(out)).isTrue();
            assertThat(fixture.dialogs.informations).singleElement().asString()
                    .startsWith("Pseudonymised REFI-QDA project written to " + out)
                    .contains("'Volkov' (of 'Sergei Volkov') stands alone in 1 document and is not pseudonymised");

            fixture.main.exchange().exportQdpx(dir.resolve("plain.qdpx"), false);

            assertThat(fixture.dialogs.informations).as("a plain export replaces nothing, so warns of nothing")
                    .hasSize(1);
        }
    }
}
