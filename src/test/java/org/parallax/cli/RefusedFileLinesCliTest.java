package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testutil.HostileFiles.entries;
import static org.parallax.testutil.HostileFiles.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.cli.HostileFilesSweepTest.Hostile;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HostileFiles;
import org.parallax.testutil.TestProjects;

/**
 * The one line a user reads about an odd file, imported by its full path beside an ordinary file: it names the file
 * as every other line does (by its name, not the path it was given by), and says the problem in the project's words,
 * with no library's own (POI's "Rule: … [M.1.14]") and no exception's name. {@link HostileFilesSweepTest} holds the
 * files that test the budgets; these test the words, so they run in this JVM.
 */
class RefusedFileLinesCliTest {
    @TempDir
    Path dir;

    /** Each file as a user meets it: its name, how to build it in a folder, and the line's start after its name. */
    static Stream<Hostile> files() {
        return Stream.of(
                new Hostile("untyped.docx", RefusedFileLinesCliTest::docxWithItsBodyNotListed, "failed: untyped.docx: "
                        + "not a DOCX file (its part word/document.xml is not listed in [Content_Types].xml, the "
                        + "archive's list of its parts, so Word would not open it either)"),
                new Hostile("speech.pdf", f -> HostileFiles.zip(f, entries("word/document.xml",
                        HostileFiles.paragraph("NATO and Russia met."))), "failed: speech.pdf: is a Word document (.docx) with a .pdf name; rename it to .docx to "
                                + "import it"),
                new Hostile("folder.txt", Files::createDirectories, "failed: folder.txt: no documents in this folder or "
                        + "its subfolders"),
                new Hostile("entity.qdpx", f -> HostileFiles.zip(f, entries("project.qde", text(HostileFiles
                        .withExternalEntity("Project", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"SECRET\"/>")))),
                        "failed: entity.qdpx: project.qde: not readable XML (a DOCTYPE is not allowed"),
                new Hostile("bad\uFFFD.txt", RefusedFileLinesCliTest::undecodableName, "warning: bad\uFFFD.txt: its name "
                        + "holds bytes that are not text in this system's character set of file names, each shown as "
                        + "\uFFFD, in the title made from it too (\u201cbad\uFFFD\u201d); give the document its title "
                        + "in the Details tab or with parallax document PROJECT DOC --title TITLE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theLineAboutAnOddFileNamesItAsTheOthersDoAndSaysTheProblemInTheProjectsWords(Hostile odd) throws Exception {
        Path project = dir.resolve("study.parallax");
        Cli.ok("new", project);
        Path folder = Files.createDirectories(dir.resolve("given"));
        Path file = odd.maker().make(folder.resolve(odd.name()));
        Path ordinary = TestProjects.textFile(dir, "readout.txt", "NATO and Russia met in the Council.");

        Cli imported = Cli.parallax("import", project, file.toAbsolutePath(), ordinary);

        List<String> lines = imported.err().lines().toList();
        assertThat(lines).as(imported.err()).singleElement().asString().startsWith(odd.problem())
                .doesNotContain(dir.toString()).doesNotContainPattern("Exception|Error|Rule:|\\[M\\d");
        assertThat(imported.out()).contains("readout");
    }

    /** A Word file whose [Content_Types].xml lists no type for its body, as a hand-made or damaged one may. */
    private static Path docxWithItsBodyNotListed(Path file) {
        return HostileFiles.zip(file, entries(
                "[Content_Types].xml", text("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                        + "package.relationships+xml\"/></Types>"),
                "_rels/.rels", text("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>"),
                "word/document.xml", HostileFiles.paragraph("NATO and Russia signed the Founding Act.")));
    }

    /** A folder holding a file whose name has a byte that is not UTF-8, made by the shell as another system would. */
    private static Path undecodableName(Path file) throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "printf 'NATO and Russia' > \"$1\"/\"$(printf 'bad\\377.txt')\"",
                "sh", file.getParent().toString()).start();
        ChildProcesses.awaitExit(shell, 60);
        return file.getParent();
    }
}
