package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.testutil.Allocation;

/** Which of the project's documents a Taguette highlights sheet's document names mean. */
class TaguetteHighlightsImportTest {
    private static final String HEADER = "id,document,tag,content\r\n";

    @TempDir
    Path dir;

    @Test
    void aDocumentAnswersToItsTitleAndItsFilesNameWithOrWithoutExtensionInAnyCase() throws IOException {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            Path file = Files.writeString(dir.resolve("Interview-07.txt"), "Anna talked about the cafe and money.");
            wb.documents().importFiles(new ImportRequest(List.of(file), null,
                    Map.of("Interview-07.txt", DocumentMeta.titled("Anna, 7 May"))), TaskProgress.NONE);
            Path sheet = Files.writeString(dir.resolve("highlights.csv"), HEADER + "1,\"anna, 7 MAY\",place,the cafe\r\n"
                    + "2,INTERVIEW-07.TXT,worry,money\r\n3, interview-07 ,talk,talked\r\n");

            ExchangeReport report = wb.exchange().importTaguetteHighlights(sheet);

            assertThat(report.problems()).isEmpty();
            assertThat(wb.coding().segments()).extracting(s -> wb.documents().text(s.documentId())
                    .substring(s.start(), s.end())).containsExactlyInAnyOrder("the cafe", "money", "talked");
        }
    }

    @Test
    void aNameTwoDocumentsAnswerToIsReportedAndLeftOut() throws IOException {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            Path first = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("notes.txt"), "Cafe.");
            Path second = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("notes.md"), "Money.");
            wb.documents().importFiles(ImportRequest.of(List.of(first, second)), TaskProgress.NONE);
            Path sheet = Files.writeString(dir.resolve("highlights.csv"), HEADER + "1,notes,place,Cafe\r\n");

            ExchangeReport report = wb.exchange().importTaguetteHighlights(sheet);

            assertThat(report.problems()).containsExactly("highlights.csv: 1 highlight of document 'notes' not "
                    + "imported (2 documents have that title or file name)");
            assertThat(wb.coding().segments()).isEmpty();
        }
    }

    /**
     * Each document name of the sheet listed all of the project's documents again: names × documents. Counted as the
     * bytes the importing thread allocates, a sheet naming 300 documents against one naming one, in a project of 300
     * documents: 135 times as much before, 1.6 times after. The names are of documents not imported here, as when a
     * sheet comes from a larger Taguette project, so that nothing else grows with them.
     */
    @Test
    void eachNameOfASheetIsLookedUpWithoutListingTheProjectAgain() throws IOException {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                files.add(Files.writeString(dir.resolve("interview-" + i + ".txt"), "Interview " + i + " at the cafe."));
            }
            wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE);
            Path one = sheet("one.csv", 1);
            Path many = sheet("many.csv", 300);
            wb.exchange().importTaguetteHighlights(one);

            long oneName = Allocation.bytes(() -> wb.exchange().importTaguetteHighlights(one));
            long manyNames = Allocation.bytes(() -> wb.exchange().importTaguetteHighlights(many));

            assertThat(manyNames).as("bytes for 300 names, for one: %d", oneName).isLessThan(10 * oneName);
        }
    }

    private Path sheet(String name, int documents) throws IOException {
        StringBuilder rows = new StringBuilder(HEADER);
        IntStream.range(0, documents).forEach(i -> rows.append(i).append(",elsewhere-").append(i)
                .append(",place,at the cafe\r\n"));
        return Files.writeString(dir.resolve(name), rows);
    }
}
