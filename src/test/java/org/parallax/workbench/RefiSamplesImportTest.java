package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the QDPX files ATLAS.ti and NVivo wrote, from ../shared/refi/samples (their licences are not
 * stated, so they are not copied into the project); skipped when that folder is absent.
 */
class RefiSamplesImportTest {
    private static final Path SAMPLES = Path.of("..", "shared", "refi", "samples");

    @TempDir
    Path dir;

    /** Its one person coded nothing in it, so is no coder (an empty layer in coder choices and agreement). */
    @Test
    void atlasBlankProjectImportsNothingAndSaysItsUserCodedNothing() {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(sample("atlasti23-blank.qdpx"));
            assertThat(report.documentsAdded()).isEmpty();
            assertThat(report.codesCreated()).isZero();
            assertThat(wb.coders()).extracting("name").doesNotContain("Enric Llagostera", "ATLAS.ti");
            assertThat(report.problems()).contains("1 user of the file coded nothing and wrote no note in it "
                    + "('Enric Llagostera'); not made a coder");
        }
    }

    @Test
    void atlasProjectKeepsItsCodeHierarchyWithoutColours() {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(sample("atlasti23-target.qdpx"));
            assertThat(report.codesCreated()).isEqualTo(3);
            Codebook book = wb.codebook().current();
            Code parent = book.codeNamed("Commits").orElseThrow();
            Code child = book.codeNamed("2022-05-10T02:05:59Z 19e4dce").orElseThrow();
            assertThat(child.parentId()).isEqualTo(parent.id());
            assertThat(parent.color()).isNull();
            assertThat(wb.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void nvivoCodebookProjectImportsAllCodesAndReportsWhatItCannotUse() {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(sample("nvivo-mac15-codebook.qdpx"));
            // 262 Code elements in the file, one of them a second "programming" under another parent.
            assertThat(report.codesCreated()).isEqualTo(262);
            assertThat(wb.codebook().current().codes()).hasSize(262);
            assertThat(report.problems()).anyMatch(p -> p.contains("'programming'") && p.contains("more than one"));
            // Both text sources have empty plain text (and empty DOCX): reported, not silently dropped.
            assertThat(report.problems()).filteredOn(p -> p.contains("empty")).hasSize(2);
            assertThat(report.documentsAdded()).isEmpty();
            // NVivo names the owner of the sources and a second user; neither coded anything in the file.
            assertThat(wb.coders()).extracting("name").doesNotContain("chrisp", "cp");
            assertThat(report.problems()).contains("2 users of the file coded nothing and wrote no note in it "
                    + "('chrisp', 'cp'); not made coders");
            assertThat(wb.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void theLinesTheUserReadsNeverCallAnImportedCodeNotImported() {
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), null)) {
            ExchangeReport report = wb.exchange().importQdpx(sample("nvivo-mac15-codebook.qdpx"));
            assertThat(report.problemLines()).filteredOn(l -> l.contains("was imported as")).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).doesNotContain("not imported"));
            assertThat(report.problemLines()).filteredOn(l -> l.contains("plain text is empty")).hasSize(2)
                    .allSatisfy(l -> assertThat(l.split("not imported", -1)).as(l).hasSize(2));
            assertThat(wb.codebook().current().codeNamed("programming (under cs_as_programming)")).isPresent();
        }
    }

    /**
     * Every code of the files stands where the file puts it: under the same parent, at the same depth, the nine names
     * NVivo's file holds more than once (one three times) told apart by their parent's name in brackets.
     */
    @Test
    void everyCodeOfTheFilesStandsUnderItsParent() throws Exception {
        assertThat(codesImportedWhereTheFilePutsThem("nvivo-mac15-codebook.qdpx")).hasSize(262);
        assertThat(codesImportedWhereTheFilePutsThem("atlasti23-target.qdpx")).containsExactlyInAnyOrder("/Commits",
                "/Commits/2022-05-10T02:05:59Z 19e4dce", "/Commits/2022-02-11T10:39:25Z cdbfd92");
    }

    /** The file's codes as paths from the top, asserted to be the project's after the file is imported alone. */
    private List<String> codesImportedWhereTheFilePutsThem(String sample) throws Exception {
        Path file = sample(sample);
        List<String> inFile = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element codes = (Element) factory.newDocumentBuilder().parse(zip.getInputStream(zip.getEntry("project.qde")))
                    .getElementsByTagNameNS("urn:QDA-XML:project:1.0", "Codes").item(0);
            paths(codes, "", inFile);
        }
        try (Workbench wb = Workbench.create(dir.resolve(sample + ".parallax"), null)) {
            wb.exchange().importQdpx(file);
            Codebook book = wb.codebook().current();
            assertThat(book.codes().stream().map(c -> path(book, c)).toList()).as(sample)
                    .containsExactlyInAnyOrderElementsOf(inFile);
        }
        return inFile;
    }

    /** Each code below {@code parent} as its names from the top, joined by '/'. */
    private static void paths(Element parent, String above, List<String> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("Code")) {
                String path = above + "/" + e.getAttribute("name");
                out.add(path);
                paths(e, path, out);
            }
        }
    }

    /** A code's names from the top, each without the bracketed parent's name an import adds to a name held twice. */
    private static String path(Codebook book, Code code) {
        String path = "";
        for (Code c = code; c != null; c = c.parentId() == null ? null : book.code(c.parentId()).orElseThrow()) {
            path = "/" + c.name().replaceFirst(" \\((?:[^()]|\\([^()]*\\))*\\)$", "") + path;
        }
        return path;
    }

    private static Path sample(String name) {
        Path file = SAMPLES.resolve(name);
        assumeTrue(Files.isRegularFile(file), "REFI-QDA sample " + name + " not available in ../shared");
        return file;
    }
}
