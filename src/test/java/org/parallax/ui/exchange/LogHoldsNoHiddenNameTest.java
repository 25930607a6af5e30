package org.parallax.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.SharedLogFile;
import org.parallax.workbench.Workbench;

/**
 * The window refused to write a file whose own name holds a name the export hides, and then logged the refusal with
 * that name in the log file: "…/maria_kowalski codes.qdpx: not written: the file's own name holds a name …", in the
 * file a researcher attaches to a bug report. The log now holds the same message with the name replaced, as the file's
 * name would be: the interviewee's by the pseudonym, the coder's by theirs.
 */
class LogHoldsNoHiddenNameTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedFileNameIsLoggedWithTheNameReplaced() throws Exception {
        Path project = interviewOfAPseudonymisedCoder();
        Path log = dir.resolve("state").resolve("parallax.log");
        SharedLogFile file = SharedLogFile.open(log);
        Logger root = Logger.getLogger("");
        root.addHandler(file);
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            fixture.main.exchange().exportQdpx(dir.resolve("volkov_interview.qdpx"), true);
            fixture.main.exchange().exportQdpx(dir.resolve("maria_kowalski codes.qdpx"), false);

            assertThat(fixture.dialogs.errors).hasSize(2);
            assertThat(fixture.dialogs.errors.get(1)).as("the window's own box names the file as it was chosen")
                    .startsWith(dir.resolve("maria_kowalski codes.qdpx") + ": not written");
        } finally {
            root.removeHandler(file);
            file.close();
        }

        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged).contains(dir.resolve("P01_interview.qdpx") + ": not written: the file's own name holds a "
                + "name this pseudonymised export replaces").contains(dir.resolve("Coder 1 codes.qdpx")
                + ": not written: the file's own name holds a name");
        assertThat(logged.toLowerCase(java.util.Locale.ROOT)).doesNotContain("volkov").doesNotContain("sergei")
                .doesNotContain("kowalski").doesNotContain("maria");
    }

    private Path interviewOfAPseudonymisedCoder() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            wb.setActiveCoder("maria-kowalski");
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview.txt",
                    "Interviewer: Sergei Volkov, welcome. How did the council work?"));
            wb.documents().updateMeta(doc, new DocumentMeta("Interview 7", LocalDate.of(2003, 5, 1),
                    DocumentType.INTERVIEW, "Russia", "en", null, Map.of("speaker", "Sergei Volkov")));
            wb.coding().code(doc, 0, 11, wb.codebook().code("Balance of power").id(), null);
            wb.exchange().markSensitive("speaker");
            wb.pseudonymiseCoders(true);
            return Path.of(wb.location());
        }
    }
}
