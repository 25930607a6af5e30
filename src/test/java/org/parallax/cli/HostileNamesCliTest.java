package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * Names other tools and people wrote, with characters that show as nothing or as another name: U+202E (right-to-left
 * override) turned the title of {@code report\u202Efdp.txt} into "reportpdf" on screen and in every export, the
 * isolates and embeddings (U+2066-U+2069, U+202A-U+202D), zero-width spaces and a byte-order mark hid in code and coder
 * names, and "Power " with a trailing space became a second code beside "Power". Every source cleans them the same way
 * ({@code model.Names}); Arabic, Hebrew and Persian names (with the zero-width non-joiner of Persian spelling) come in
 * exactly as written.
 */
class HostileNamesCliTest {
    private static final String ARABIC = "تقرير الاجتماع";
    private static final String HEBREW = "דוח שנתי";
    private static final String PERSIAN = "می\u200Cخواهم";

    @TempDir
    Path dir;

    @Test
    void titlesFromFileNamesLoseTheCharactersThatShowThemAsAnotherNameAndKeepRightToLeftText() throws Exception {
        Path project = newProject();
        List<Path> files = List.of(text("report\u202Efdp.txt"), text("\u2067memo\u2069 \u200Bnotes\uFEFF.txt"),
                text(ARABIC + ".txt"), text(HEBREW + ".txt"), text(PERSIAN + ".txt"), text("\u202B" + "\u202C.txt"));

        Cli imported = Cli.parallax("import", project, files.get(0), files.get(1), files.get(2), files.get(3),
                files.get(4), files.get(5));

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).doesNotContain("\u202E").contains("reportfdp");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).extracting(Document::title).containsExactlyInAnyOrder(
                    "reportfdp", "memo notes", ARABIC, HEBREW, PERSIAN, "(untitled)");
        }
    }

    @Test
    void aJsonCodebookWhoseNamesDifferOnlyBySpacesOrInvisibleCharactersIsRefusedAsHoldingOneNameTwice()
            throws Exception {
        Path project = newProject();
        Path json = Files.writeString(dir.resolve("spaces.json"), """
                {"formatVersion": 2, "name": "Book", "frames": [{"name": "Realism", "codes": [
                  {"name": "Power "}, {"name": "Po\\u200Bwer"}]}]}""");

        Cli run = Cli.parallax("codebook", "import", project, json);

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).hasLineCount(1).contains("spaces.json").contains("the name 'Power' is used twice")
                .doesNotContain("Exception");
        assertThat(Cli.parallax("codes", project, "--format", "csv").out()).doesNotContain("Power");

        Path forms = Files.writeString(dir.resolve("forms.json"), """
                {"formatVersion": 2, "name": "Book", "frames": [{"name": "Realism", "codes": [
                  {"name": "Caf\\u00e9"}, {"name": "Cafe\\u0301"}]}]}""");
        Cli both = Cli.parallax("codebook", "import", project, forms);
        assertThat(both.exit()).isNotZero();
        assertThat(both.err()).contains("the name 'Caf\u00E9' is used twice");
    }

    @Test
    void namesFromEveryCodebookSourceMergeWithTheCleanNameTheProjectHolds() throws Exception {
        Path project = newProject();
        Path json = Files.writeString(dir.resolve("book.json"), """
                {"formatVersion": 2, "name": " Book\\u202E ", "scenarios": [{"name": "Crisis\\t"}],
                 "frames": [{"name": "\\u2066Realism\\u2069", "codes": [
                  {"name": " Power\\n", "expectedScenarios": ["Crisis"]}, {"name": "%s"}]}]}""".formatted(ARABIC));
        Path qdc = Files.writeString(dir.resolve("book.qdc"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"4C2F9A41-6E0B-5A5D-9F0C-1D2E3F405162\" name=\"Power\u202C \" isCodable=\"true\"/>"
                + "<Code guid=\"0B1C2D3E-4F50-5A6B-8C7D-9E0F1A2B3C4D\" name=\"\u200F" + HEBREW + "\" isCodable=\"true\"/>"
                + "</Codes><Sets/></CodeBook>");
        Path sheet = Files.writeString(dir.resolve("codebook.csv"), "tag,parent,description\r\n"
                + "\"Power\u00A0\",,From the sheet\r\n\"Threat\u2028\",Power,\r\n");

        for (Path file : List.of(json, qdc, sheet)) {
            Cli run = Cli.parallax("codebook", "import", project, file);
            assertThat(run.exit()).as(file + ": " + run.err()).isZero();
        }

        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.codebook().current().codes()).extracting(Code::name)
                    .containsExactlyInAnyOrder("Crisis", "Power", ARABIC, HEBREW, "Threat");
            assertThat(wb.codebook().current().frames()).extracting(f -> f.name()).containsExactly("Realism");
            assertThat(wb.codebook().code("Threat").parentId()).isEqualTo(wb.codebook().code("Power").id());
        }
    }

    @Test
    void coderNamesAndAttributeNamesAreCleanedAsCodeNamesAre() throws Exception {
        Path project = newProject();
        Path document = text("interview.txt");
        Path meta = Files.writeString(dir.resolve("meta.csv"), "file,title,\"Region\u200B \"\r\n"
                + "interview.txt,\"Anna\u202E talks\",North\r\n");

        assertThat(Cli.parallax("import", project, "--metadata", meta, document).exit()).isZero();
        Cli coder = Cli.parallax("coders", project, "--active", "\u202EBoris ");

        assertThat(coder.exit()).as(coder.err()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            Document d = wb.documents().list().get(0);
            assertThat(d.title()).isEqualTo("Anna talks");
            assertThat(d.meta().attributes()).containsOnlyKeys("Region");
            assertThat(wb.activeCoder().name()).isEqualTo("Boris");
            assertThat(wb.coders()).extracting(Coder::name).doesNotContain("\u202EBoris ", "\u202EBoris");
        }
    }

    @Test
    void taguetteTagsThatDifferOnlyByInvisibleCharactersAreOneCode() throws Exception {
        Path project = newProject();
        Path document = Files.writeString(dir.resolve("interview1.txt"), "Anna was happy. Boris was glad.");
        Path sheet = Files.writeString(dir.resolve("highlights.csv"), "id,document,tag,content\r\n"
                + "1,interview1,joy ,Anna was happy.\r\n2,\u200Binterview1,jo\u200By,Boris was glad.\r\n");

        Cli run = Cli.parallax("import", project, document, sheet);

        assertThat(run.exit()).as(run.err()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.codebook().current().codes()).extracting(Code::name).containsExactly("joy");
            assertThat(wb.coding().segments()).hasSize(2);
        }
    }

    /**
     * A Mac writes file names decomposed (NFD: "e" and a combining accent), Taguette and every keyboard composed
     * (NFC): the sheet's "Café interview" did not find the document imported from such a file.
     */
    @Test
    void aDocumentFromADecomposedFileNameIsFoundByItsComposedName() throws Exception {
        Path project = newProject();
        Path document = Files.writeString(dir.resolve("Cafe\u0301 interview.txt"), "Anna was happy.");
        Path sheet = Files.writeString(dir.resolve("highlights.csv"), "id,document,tag,content\r\n"
                + "1,Caf\u00E9 interview,joy,Anna was happy.\r\n");

        Cli run = Cli.parallax("import", project, document, sheet);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("not imported");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).extracting(Document::title).containsExactly("Caf\u00E9 interview");
            assertThat(wb.coding().segments()).hasSize(1);
        }
    }

    private Path newProject() {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        return project;
    }

    private Path text(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "Some words to read in the file called " + name + ".");
    }
}
