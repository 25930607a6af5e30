package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * An interviewee named in full in the document's details ("Sergei Volkov") is called by the surname alone in the
 * transcript, in two scripts and once in lower case: a pseudonymised export replaced only the full name and let
 * "Mr Volkov" go out. The surname written with a capital, in either script, is now replaced as a part of the value;
 * the export warns of the lower-case one (an ordinary word, for all it knows), and a form given replaces it too.
 */
class PseudonymFormsCliTest {
    private static final String INTERVIEW = """
            Interviewer: Sergei Volkov, thank you. Mr Volkov (volkov in our notes), how did the Permanent Joint Council work?
            Volkov: In 1998 the council met monthly. My colleagues called me Волков then.
            """;

    @TempDir
    Path dir;

    @Test
    void aSurnameAloneIsNamedAtExportAndReplacedOnceGivenAsAFormOfTheValue() throws Exception {
        Path project = interviewProject();
        Path first = dir.resolve("first.csv");

        Cli before = Cli.parallax("export", "csv", project, first, "--pseudonymise");

        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.err()).contains("warning: 'Volkov' (of 'Sergei Volkov') is not pseudonymised in 1 document: it "
                + "is written in lower case").contains("--form 'Sergei Volkov=Volkov'");
        assertThat(before.err()).doesNotContain("'Sergei'");
        assertThat(Files.readString(first)).contains("Mr P01 (volkov in our notes)").doesNotContain("Sergei Volkov");

        Cli forms = Cli.parallax("sensitive", project, "--form", "Sergei Volkov=Volkov", "--form",
                "Sergei Volkov=Волков");

        assertThat(forms.exit()).as(forms.err()).isZero();
        assertThat(forms.out()).contains("form 'Volkov' of 'Sergei Volkov'").contains("form 'Волков' of 'Sergei Volkov'");
        assertThat(forms.err()).doesNotContain("warning");

        Path csv = dir.resolve("anon.csv");
        Path qdpx = dir.resolve("anon.qdpx");
        Cli afterCsv = Cli.parallax("export", "csv", project, csv, "--pseudonymise");
        Cli afterQdpx = Cli.parallax("export", "qdpx", project, qdpx, "--pseudonymise");

        assertThat(afterCsv.err() + afterQdpx.err()).doesNotContain("warning");
        assertThat(Files.readString(csv)).contains("Mr P01 (P01 in our notes)").doesNotContainIgnoringCase("Volkov")
                .doesNotContain("Волков");
        StringBuilder all = new StringBuilder();
        QdpxFiles.entries(qdpx).forEach((name, bytes) -> all.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(all.toString()).contains("P01, thank you. Mr P01").contains("called me P01 then")
                .doesNotContain("Volkov").doesNotContain("Волков");
    }

    @Test
    void aFormOfAValueNoDocumentHasIsRefusedInOneLine() {
        Path project = interviewProject();

        Cli typo = Cli.parallax("sensitive", project, "--form", "Sergey Volkov=Volkov");
        Cli malformed = Cli.parallax("sensitive", project, "--form", "Volkov");

        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err().strip()).doesNotContain("\n").contains("'Sergey Volkov' is the value of no sensitive "
                + "attribute of any document");
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("--form Volkov: give the value and its other form as VALUE=FORM");
        assertThat(Cli.parallax("sensitive", project).out()).doesNotContain("form '");
    }

    private Path interviewProject() {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview.txt", INTERVIEW));
            wb.documents().updateMeta(doc, new DocumentMeta("Interview 7", LocalDate.of(2003, 5, 1),
                    DocumentType.INTERVIEW, "Russia", "en", null, Map.of("speaker", "Sergei Volkov")));
            wb.exchange().markSensitive("speaker");
            long code = wb.codebook().addCode("Trust", null, null, null, null).id();
            String text = wb.documents().text(doc);
            wb.coding().code(doc, 0, text.indexOf("Joint"), code, null);
            return Path.of(wb.location());
        }
    }
}
