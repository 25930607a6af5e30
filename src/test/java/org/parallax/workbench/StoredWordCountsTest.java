package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ContentHash;
import org.parallax.model.DocumentMeta;
import org.parallax.model.WordCount;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.TestProjects;

/**
 * Each document's word count is stored with its text (schema 13), so the rates per 10,000 words read a column instead
 * of every text: on real texts (English, Russian, Ukrainian, accented Latin) the count an import, a REFI-QDA exchange
 * file and the upgrade of an older project store is the count of the stored text; Table 1 divides by the stored count;
 * the check names a stored count its text does not give.
 */
class StoredWordCountsTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");

    @TempDir
    Path dir;

    @Test
    void theCountsAnImportAndAnExchangeFileStoreAreTheCountsOfTheRealTextsStored() throws Exception {
        Path qdpx = dir.resolve("study.qdpx");
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importSamples(wb);
            wb.documents().importFiles(ImportRequest.of(corpusTexts()), TaskProgress.NONE);
            wb.exchange().exportQdpx(qdpx);
        }
        List<String> imported = storedAgainstCounted(dir.resolve("test.parallax"));
        assertThat(imported).hasSizeGreaterThan(15).contains("en", "ru", "uk");

        Path exchanged = dir.resolve("exchanged.parallax");
        try (Workbench wb = Workbench.create(exchanged, null)) {
            wb.exchange().importQdpx(qdpx);
        }
        assertThat(storedAgainstCounted(exchanged)).hasSameSizeAs(imported);
    }

    /** The shipped sample as an older Parallax wrote it (schema 3): the upgrade counts each stored text once. */
    @Test
    void anOlderProjectsTextsAreCountedByTheUpgrade() throws Exception {
        Path older = Files.copy(Path.of("src", "test", "resources", "older", "sample-schema-3.parallax"),
                dir.resolve("older.parallax"));
        try (Workbench wb = Workbench.open(older)) {
            assertThat(wb.check().full()).isEmpty();
        }
        assertThat(storedAgainstCounted(older)).hasSize(15).contains("en", "ru");
    }

    @Test
    void table1DividesByTheStoredCountAndTheCheckNamesACountItsTextDoesNotGive() throws Exception {
        Path sample = TestProjects.sampleCopy(dir);
        long words;
        try (Workbench wb = Workbench.open(sample)) {
            words = wb.analysis().table1().totalWords();
        }
        long document;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + sample); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT min(id) FROM documents")) {
                document = rs.getLong(1);
            }
            assertThat(st.executeUpdate("UPDATE documents SET words = words + 1000 WHERE id = " + document))
                    .isEqualTo(1);
        }
        try (Workbench wb = Workbench.openReadOnly(sample)) {
            assertThat(wb.analysis().table1().totalWords()).isEqualTo(words + 1000);
            assertThat(wb.check().full()).extracting(Object::toString).singleElement().asString()
                    .contains("its stored word count", "is not the number of words of its text",
                            "the file was changed or damaged");
        }
    }

    /**
     * The store keeps the count its caller gives with a text (an import counts while parsing, on every core, rather than
     * in its writing transaction), so a caller's wrong count must still be caught: the check compares it with the text.
     */
    @Test
    void aCountGivenWithATextIsStoredAsGivenAndTheCheckNamesOneItsTextDoesNotGive() throws Exception {
        Path project = dir.resolve("given.parallax");
        try (Workbench wb = Workbench.create(project, null)) {
            wb.documents().importFiles(ImportRequest.of(corpusTexts()), TaskProgress.NONE);
        }
        String text = Files.readString(corpusTexts().get(0)) + "\nGiven with a count.";
        long id;
        try (ProjectStore store = ProjectStores.open(new ProjectFile(project))) {
            id = store.write(() -> store.documents().insert(DocumentMeta.titled("Given"), text,
                    WordCount.of(text) + 7, ContentHash.sha256Hex(text), "given.txt", Instant.EPOCH).id());
            assertThat(store.documents().wordCounts()).containsEntry(id, WordCount.of(text) + 7);
        }
        try (Workbench wb = Workbench.openReadOnly(project)) {
            assertThat(wb.check().full()).extracting(Object::toString).singleElement().asString()
                    .contains("document " + id, "its stored word count", "is not the number of words of its text");
        }
    }

    private static List<Path> corpusTexts() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted().toList();
        }
    }

    /** Asserts each stored count is its stored text's; returns the documents' languages (the file names' suffix). */
    private static List<String> storedAgainstCounted(Path project) throws Exception {
        List<String> languages = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT d.source_file, d.words, t.text FROM documents d "
                     + "JOIN document_texts t ON t.document_id = d.id")) {
            while (rs.next()) {
                String name = rs.getString(1);
                assertThat(rs.getLong(2)).as(name).isEqualTo(WordCount.of(rs.getString(3))).isPositive();
                languages.add(name.replaceAll("^.*_([a-z]{2})\\.[a-z]+$", "$1"));
            }
        }
        return languages;
    }
}
