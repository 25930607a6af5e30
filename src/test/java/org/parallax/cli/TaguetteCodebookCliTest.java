package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * `parallax codebook import` with the codebooks Taguette exports, in the shapes its taguette/export.py writes them
 * (read for their shape only): codebook.qdc, flat, upper-case name-based GUIDs, no colours or descriptions and an
 * empty {@code <Sets/>}; codebook.csv from Python's csv writer (tag, parent, description, number of highlights; CRLF,
 * quotes only where needed). Then the same sheet as a spreadsheet in a German locale saves it.
 */
class TaguetteCodebookCliTest {
    private static final String QDC = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Taguette 1.4.1\"><Codes>"
            + "<Code guid=\"4C2F9A41-6E0B-5A5D-9F0C-1D2E3F405162\" name=\"interesting\" isCodable=\"true\"/>"
            + "<Code guid=\"0B1C2D3E-4F50-5A6B-8C7D-9E0F1A2B3C4D\" name=\"interesting.quote\" isCodable=\"true\"/>"
            + "</Codes><Sets/></CodeBook>";
    private static final String CSV = "tag,parent,description,number of highlights\r\n"
            + "interesting,,Passages worth quoting,12\r\n"
            + "quote,interesting,\"A quote, verbatim\",3\r\n"
            + "Ängste,,\"Says \"\"afraid\"\" or similar\",0\r\n";

    @TempDir
    Path dir;

    @Test
    void aTaguetteQdcMergesItsCodes() throws Exception {
        Path project = newProject("qdc.parallax");
        Path file = Files.writeString(dir.resolve("codebook.qdc"), QDC);

        Cli imported = Cli.parallax("codebook", "import", project, file);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 codes created");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.codebook().current().codes()).extracting(Code::name)
                    .containsExactly("interesting", "interesting.quote");
        }
    }

    @Test
    void aTaguetteCsvMergesItsCodesWithParentsAndDescriptions() throws Exception {
        assertSheetImports(CSV.getBytes(StandardCharsets.UTF_8), "codebook.csv");
    }

    /**
     * Taguette versions with nested tags write the parent's name in {@code tag_parent} and the path from the top in
     * {@code tag_full_path}, with a count of documents: the parents were not read, the codes came in flat.
     */
    @Test
    void aSheetNamingParentsInTagParentNestsItsCodes() throws Exception {
        String nested = "tag,tag_parent,tag_full_path,description,number of highlights,number of documents\r\n"
                + "interesting,,interesting,Passages worth quoting,12,4\r\n"
                + "quote,interesting,interesting | quote,\"A quote, verbatim\",3,2\r\n"
                + "Ängste,,Ängste,\"Says \"\"afraid\"\" or similar\",0,0\r\n";
        assertSheetImports(nested.getBytes(StandardCharsets.UTF_8), "nested.csv");
    }

    /** Excel in a German locale: semicolons, and either UTF-8 with a BOM or Windows-1252 ("CSV (Trennzeichen-getrennt)"). */
    @Test
    void theSameSheetSavedByASpreadsheetInAGermanLocaleImportsAlike() throws Exception {
        String semicolons = CSV.replace(",,", ";;").replace(",12", ";12").replace(",3", ";3").replace(",0", ";0")
                .replace("tag,parent,description,number of highlights", "tag;parent;description;number of highlights")
                .replace("quote,interesting,", "quote;interesting;");
        assertSheetImports(("\uFEFF" + semicolons).getBytes(StandardCharsets.UTF_8), "utf8-bom.csv");
        assertSheetImports(semicolons.getBytes(Charset.forName("windows-1252")), "windows-1252.csv");
    }

    private void assertSheetImports(byte[] sheet, String name) throws Exception {
        Path project = newProject(name + ".parallax");
        Path file = Files.write(dir.resolve(name), sheet);

        Cli imported = Cli.parallax("codebook", "import", project, file);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).as(name).contains("3 codes created");
        try (Workbench wb = Workbench.open(project)) {
            Code parent = wb.codebook().code("interesting");
            Code quote = wb.codebook().code("quote");
            assertThat(quote.parentId()).as(name).isEqualTo(parent.id());
            assertThat(quote.definition()).as(name).isEqualTo("A quote, verbatim");
            assertThat(wb.codebook().code("Ängste").definition()).as(name).isEqualTo("Says \"afraid\" or similar");
        }
    }

    private Path newProject(String name) {
        Path project = dir.resolve(name);
        assertThat(Cli.parallax("new", project).exit()).isZero();
        return project;
    }
}
