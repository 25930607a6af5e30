package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * A folder given to `import` (or dropped on the window, which imports through the same call) brings in the documents
 * in it and its subfolders; it was refused whole ("is a folder, not a file"), so a folder of transcripts had to be
 * named file by file.
 */
class ImportFolderCliTest {
    @TempDir
    Path dir;

    @Test
    void aFolderImportsTheDocumentsInItAndItsSubfoldersAndNamesTheFilesLeftAside() throws IOException {
        Path project = newProject();
        Path folder = Files.createDirectories(dir.resolve("transcripts"));
        Files.writeString(folder.resolve("b-minsk.txt"), "Minsk talks: the ceasefire line was discussed.");
        Files.writeString(folder.resolve("a-bucharest.md"), "# Bucharest\n\nThe summit welcomed the aspirations.");
        Files.writeString(Files.createDirectories(folder.resolve("2014")).resolve("wales.txt"),
                "Wales summit: readiness action plan.");
        Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        Files.writeString(folder.resolve(".DS_Store"), "finder");
        Files.write(folder.resolve("~$notes.docx"), new byte[162]);
        Files.writeString(Files.createDirectories(folder.resolve(".git")).resolve("HEAD.txt"), "ref: main");

        Cli imported = Cli.parallax("import", project, folder);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("3 imported, 0 duplicates, 0 failed");
        assertThat(imported.err().lines()).containsExactly("warning: " + folder.getFileName()
                + ": 1 file of other types (photo.jpg) left aside");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).extracting(Document::title)
                    .containsExactly("wales", "Bucharest", "b-minsk");
        }
    }

    @Test
    void aFolderWithoutDocumentsIsOneLineAndTheOtherFilesStillImport() throws IOException {
        Path project = newProject();
        Path empty = Files.createDirectories(dir.resolve("scans"));
        Files.write(empty.resolve("page1.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path file = Files.writeString(dir.resolve("speech.txt"), "A speech on European security.");

        Cli imported = Cli.parallax("import", project, empty, file);

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.out()).contains("1 imported, 0 duplicates, 1 failed");
        assertThat(imported.err().lines()).containsExactly("failed: " + empty.getFileName() + ": no documents in this folder or "
                + "its subfolders (supported: .txt, .md, .docx, .odt, .rtf, .pdf, .html, .htm); 1 file of other "
                + "types (page1.png)");
        assertThat(imported.err()).doesNotContain("Exception");
    }

    /**
     * A link inside the folder back to the folder itself would walk for ever if links were followed; a folder given
     * through a link is walked where the link leads (it found nothing but the link).
     */
    @Test
    void aLinkBackUpTheFolderIsNotFollowedAndAFolderGivenThroughALinkIsWalked() throws IOException {
        Path project = newProject();
        Path folder = Files.createDirectories(dir.resolve("minutes"));
        Files.writeString(folder.resolve("meeting.txt"), "Minutes of the council meeting.");
        Files.createSymbolicLink(folder.resolve("again"), folder);
        Path link = Files.createSymbolicLink(dir.resolve("minutes-link"), folder);

        Cli imported = Cli.parallax("import", project, link);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 imported, 0 duplicates, 0 failed");
    }

    /**
     * A project kept beside its documents (with its journal, index and backups) is not a document; a file whose name
     * holds a line break (legal on Linux) is named on one line, the break written as \\n: the failure was two lines.
     */
    @Test
    void theProjectBesideItsDocumentsIsPassedOverAndAFileNameWithALineBreakStaysOneLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("study"));
        Path project = folder.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        Files.writeString(folder.resolve("speech.txt"), "A speech on the security architecture of Europe.");
        Files.write(folder.resolve("scan\nof minutes.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFE, 0, 0, 7});

        Cli imported = Cli.parallax("import", project, folder);

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.out()).contains("1 imported, 0 duplicates, 1 failed");
        assertThat(imported.err().lines()).hasSize(1).first().asString()
                .startsWith("failed: scan\\nof minutes.txt: ");
    }

    /**
     * Two files of one name in two subfolders take the metadata sheet's rows naming their paths in the folder; a row
     * whose file name is misspelt is told (it was silently not used, so its document lost the date and actor given).
     */
    @Test
    void metadataRowsNameFilesByTheirPathInTheFolderAndARowNamingNoFileIsTold() throws IOException {
        Path project = newProject();
        Path folder = Files.createDirectories(dir.resolve("council"));
        Files.writeString(Files.createDirectories(folder.resolve("2014")).resolve("minutes.txt"),
                "The council met after the Wales summit.");
        Files.writeString(Files.createDirectories(folder.resolve("2015")).resolve("minutes.txt"),
                "The council met again in Brussels.");
        Path speech = Files.writeString(dir.resolve("speech.txt"), "A speech on arms control.");
        Path sheet = Files.writeString(dir.resolve("meta.csv"), "file,title,date,actor\n"
                + "2014/minutes.txt,Council minutes 2014,2014-09-30,NATO\n"
                + "2015/minutes.txt,Council minutes 2015,2015-05-13,NATO\n"
                + "speach.txt,Speech on arms control,2015-06-01,Russia\n");

        Cli imported = Cli.parallax("import", project, folder, speech, "--metadata", sheet);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err().lines()).containsExactly("warning: the metadata sheet names 1 file not among "
                + "those imported (speach.txt); its row was not used");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).extracting(d -> d.title() + " " + d.meta().date() + " " + d.meta().actor())
                    .containsExactly("Council minutes 2014 2014-09-30 NATO", "Council minutes 2015 2015-05-13 NATO",
                            "speech null null");
        }
    }

    /**
     * A QualCoder project folder (its SQLite database data.qda beside copies of its documents): the copies came in
     * without their codes and codings, data.qda "left aside"; given alone, data.qda was an "unsupported file type".
     * Both now say how to move, and nothing of the folder is imported.
     */
    @Test
    void aQualCoderProjectSaysHowToMoveThroughItsExchangeExport() throws Exception {
        Path project = newProject();
        Path qda = Files.createDirectories(dir.resolve("interviews.qda"));
        Files.writeString(Files.createDirectories(qda.resolve("documents")).resolve("anna.txt"), "Anna's interview.");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + qda.resolve("data.qda"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE code_name (cid integer primary key, name text, memo text, catid integer, "
                    + "owner text, date text, color text, unique(name))");
        }
        String move = "a QualCoder project, which Parallax does not read; in QualCoder choose Project → Export → "
                + "REFI-QDA Project export and import the .qdpx file it writes, which brings its documents with their "
                + "codes and codings";

        Cli folder = Cli.parallax("import", project, qda);
        Cli database = Cli.parallax("import", project, qda.resolve("data.qda"));

        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err().lines()).containsExactly("failed: " + qda.getFileName() + ": " + move);
        assertThat(database.err().lines()).containsExactly("failed: data.qda: the database of " + move);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).isEmpty();
        }
    }

    private Path newProject() {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        return project;
    }
}
