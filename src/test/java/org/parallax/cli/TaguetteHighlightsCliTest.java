package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.TaguetteXlsx;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ProjectRows;
import org.parallax.workbench.Workbench;

/**
 * `parallax import` with Taguette's highlights sheet, in the shape its taguette/export.py writes it (read for its shape
 * only): Python's csv writer (CRLF, quotes where needed), columns id, document, tag, tag_parent, tag_full_path,
 * tag_description, content, one row a highlight and tag, the highlighted text as plain text without offsets. Taguette
 * exports its coding no other way (its REFI-QDA export is the codebook alone), so a Taguette user lost it.
 */
class TaguetteHighlightsCliTest {
    private static final String FIRST = "Anna talked about the cafe.\n\nShe was happy to be back at work.\n"
            + "But she worried about money.";
    private static final String SECOND = "Boris said the cafe was loud. He was happy to leave.";
    private static final String SHEET = "id,document,tag,tag_parent,tag_full_path,tag_description,content\r\n"
            + "1,interview1,joy,feelings,feelings | joy,Happy moments,\"She was happy to be back at work.\r\n"
            + "But she worried\"\r\n"
            + "1,interview1,worry,feelings,feelings | worry,,\"She was happy to be back at work.\r\nBut she worried\"\r\n"
            + "2,interview1,place,,place,,the cafe\r\n"
            + "3,interview2.txt,joy,feelings,feelings | joy,Happy moments,He was happy to leave.\r\n"
            + "4,interview2.txt,place,,place,,a quiet library\r\n"
            + "5,interview3,place,,place,,the park\r\n";

    @TempDir
    Path dir;

    @Test
    void highlightsBecomePassagesOfTheDocumentsImportedWithThem() throws Exception {
        Path project = newProject();
        Path sheet = Files.writeString(dir.resolve("highlights.csv"), SHEET);

        Cli imported = Cli.parallax("import", project, interview(1, FIRST), interview(2, SECOND), sheet);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 imported").contains("highlights.csv: 0 documents added, 2 matched, "
                + "4 codes created").contains("4 passages added");
        assertThat(imported.err()).contains("highlights.csv row 5: the highlighted text is not in 'interview2.txt' "
                + "(\"a quiet library\"); not imported").contains("highlights.csv: 1 highlight of document "
                + "'interview3' not imported (no document of the project has that title or file name: import the "
                + "document first)");
        try (Workbench wb = Workbench.open(project)) {
            Map<String, String> titles = wb.documents().list().stream()
                    .collect(Collectors.toMap(d -> String.valueOf(d.id()), d -> d.title()));
            assertThat(wb.coding().segments()).extracting(s -> titles.get(String.valueOf(s.documentId())) + " "
                    + wb.codebook().current().code(s.codeId()).orElseThrow().name() + ": "
                    + wb.documents().text(s.documentId()).substring(s.start(), s.end()))
                    .containsExactlyInAnyOrder("interview1 joy: She was happy to be back at work.\nBut she worried",
                            "interview1 worry: She was happy to be back at work.\nBut she worried",
                            "interview1 place: the cafe", "interview2 joy: He was happy to leave.");
            assertThat(wb.coding().segments()).allSatisfy(s -> assertThat(s.coderId())
                    .isEqualTo(wb.activeCoder().id()));
        }
    }

    /**
     * The sheet names each tag's parent (tag_parent) and its path (tag_full_path, the names from the top joined by
     * " | ", as Taguette's Tag.full_path joins them): the tags nest
     * under their parents in the codebook as QualCoder's categories do through REFI-QDA, a parent no highlight has
     * made a code too; they came in flat, the parents lost.
     */
    @Test
    void tagsNestUnderTheParentsTheSheetNames() throws Exception {
        Path project = newProject();
        Path sheet = Files.writeString(dir.resolve("highlights.csv"), SHEET
                + "6,interview2.txt,terrace,outdoors,spaces | outdoors | terrace,,Boris said the cafe was loud.\r\n");

        Cli imported = Cli.parallax("import", project, interview(1, FIRST), interview(2, SECOND), sheet);

        assertThat(imported.exit()).as(imported.err()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            var book = wb.codebook();
            assertThat(book.code("joy").parentId()).isEqualTo(book.code("feelings").id());
            assertThat(book.code("worry").parentId()).isEqualTo(book.code("feelings").id());
            assertThat(book.code("feelings").parentId()).isNull();
            assertThat(book.code("terrace").parentId()).isEqualTo(book.code("outdoors").id());
            assertThat(book.code("outdoors").parentId()).isEqualTo(book.code("spaces").id());
            assertThat(book.code("spaces").parentId()).isNull();
            assertThat(book.code("place").parentId()).isNull();
            assertThat(wb.coding().segments()).extracting(s -> book.current().code(s.codeId()).orElseThrow().name())
                    .containsExactlyInAnyOrder("joy", "worry", "place", "joy", "terrace");
        }
    }

    /** Taguette's "Export highlights" also writes an Excel workbook; it imports as the CSV does, row numbers alike. */
    @Test
    void aWorkbookOfHighlightsImportsAsTheSheetDoes() throws Exception {
        Path project = newProject();
        String both = "She was happy to be back at work.\r\nBut she worried";
        Path workbook = TaguetteXlsx.write(dir.resolve("highlights.xlsx"), TaguetteXlsx.HEADER, List.of(
                List.of("1", "interview1", "joy", "feelings", "feelings | joy", "Happy moments", both),
                List.of("1", "interview1", "worry", "feelings", "feelings | worry", "", both),
                List.of("2", "interview1", "place", "", "place", "", "the cafe"),
                List.of("3", "interview2.txt", "joy", "feelings", "feelings | joy", "Happy moments",
                        "He was happy to leave."),
                List.of("4", "interview2.txt", "place", "", "place", "", "a quiet library"),
                List.of("5", "interview3", "place", "", "place", "", "the park")));

        Cli imported = Cli.parallax("import", project, interview(1, FIRST), interview(2, SECOND), workbook);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("highlights.xlsx: 0 documents added, 2 matched, 4 codes created")
                .contains("4 passages added");
        assertThat(imported.err()).contains("highlights.xlsx row 5: the highlighted text is not in 'interview2.txt' "
                + "(\"a quiet library\"); not imported");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.coding().segments()).extracting(s -> wb.documents().text(s.documentId())
                    .substring(s.start(), s.end())).containsExactlyInAnyOrder(
                    "She was happy to be back at work.\nBut she worried",
                    "She was happy to be back at work.\nBut she worried", "the cafe", "He was happy to leave.");
        }
    }

    /** A workbook cut short (a download that stopped): one line naming it, and not a code or passage written. */
    @Test
    void aBrokenWorkbookIsOneLineAndLeavesTheProjectAsItWas() throws Exception {
        Path project = newProject();
        assertThat(Cli.parallax("import", project, interview(1, FIRST)).exit()).isZero();
        Path whole = TaguetteXlsx.write(dir.resolve("whole.xlsx"), TaguetteXlsx.HEADER,
                List.of(List.of("1", "interview1", "place", "", "place", "", "the cafe")));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("highlights.xlsx"), Arrays.copyOf(bytes, bytes.length - 200));
        Map<String, List<String>> before;
        try (Workbench wb = Workbench.open(project)) {
            before = ProjectRows.of(wb);
        }

        Cli imported = Cli.parallax("import", project, cut);

        assertThat(imported.exit()).isNotZero();
        assertThat(imported.err().strip()).isEqualTo("failed: highlights.xlsx: damaged or truncated Excel .xlsx file "
                + "(unreadable zip archive)");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(ProjectRows.of(wb)).isEqualTo(before);
        }
    }

    private Path newProject() {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        return project;
    }

    private Path interview(int number, String text) throws IOException {
        return Files.writeString(dir.resolve("interview" + number + ".txt"), text);
    }
}
