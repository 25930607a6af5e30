package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testutil.HostileFiles.entries;
import static org.parallax.testutil.HostileFiles.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.io.HostilePdfs;
import org.parallax.io.TaguetteXlsx;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HeapLimitedCli;
import org.parallax.testutil.HostileFiles;
import org.parallax.testutil.TestProjects;

/**
 * Every hostile file the importers have met, built small at test time and imported beside an ordinary file by the
 * command line in a child JVM under a small heap: it ends in one line naming it and its problem (or, where the file is
 * merely odd, it is imported), nothing prints a stack trace, the ordinary file comes in, and the project is as it was
 * otherwise and passes {@code parallax check}. Odd files whose lines are about words, not budgets, are in
 * {@link RefusedFileLinesCliTest}.
 */
class HostileFilesSweepTest {
    private static final String HEAP = "128m";

    @TempDir
    Path dir;

    /** What becomes of a hostile file: imported, refused in a failure line, or read in part with a note. */
    enum Outcome { IMPORTED, REFUSED, NOTED }

    /**
     * A hostile file: its name, how to build it in a folder, and what the line about it says (null: it is imported;
     * a .qdpx read in part says it in a note, its summary naming it).
     */
    record Hostile(String name, Maker maker, String problem, Outcome outcome) {
        Hostile(String name, Maker maker, String problem) {
            this(name, maker, problem, problem == null ? Outcome.IMPORTED : Outcome.REFUSED);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Maker {
        Path make(Path file) throws Exception;
    }

    static Stream<Hostile> files() {
        return Stream.of(HostileDocuments.all(), HostilePdfCases.all(), HostileExchangeFiles.all()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aHostileFileEndsInOneLineAndLeavesTheRestOfTheImportAndTheProjectAsTheyWere(Hostile hostile) throws Exception {
        Path project = dir.resolve("study.parallax");
        Cli.ok("new", project, "--codebook", "table1");
        Cli.ok("import", project, TestProjects.textFile(dir, "earlier.txt", "Russia spoke of a threat at its border."));
        Cli.ok("code", project, "--doc", "1", "--start", "0", "--end", "6", "--code", "Balance of power");
        String codesBefore = Cli.ok("codes", project).out();
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path file = hostile.maker().make(folder.resolve(hostile.name()));
        Path ordinary = TestProjects.textFile(dir, "readout.txt", "NATO and Russia met in the Council.");

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, HEAP, "import", project, file, ordinary);

        assertThat(result.errorLines()).as(result.stderr())
                .noneMatch(l -> l.matches("\\s+at .*|.*Exception.*|.*Error[: ].*|Caused by.*|.*\\.java:\\d+.*"));
        List<String> aboutIt = result.errorLines().stream().filter(l -> l.contains(hostile.name())).toList();
        List<String> notes = result.errorLines().stream().filter(l -> l.startsWith("note: ")).toList();
        switch (hostile.outcome()) {
            case IMPORTED -> assertThat(aboutIt).as(result.stderr()).isEmpty();
            case REFUSED -> assertThat(aboutIt).as(result.stderr()).singleElement().asString()
                    .startsWith("failed: ").contains(hostile.name()).contains(hostile.problem());
            case NOTED -> {
                assertThat(result.stdout()).as(result.stderr()).contains(hostile.name() + ": 0 documents added");
                assertThat(notes).as(result.stderr()).filteredOn(l -> l.contains(hostile.problem())).hasSize(1);
            }
        }
        List<String> titles = Cli.ok("docs", project).out().lines().skip(1).toList();
        assertThat(titles).as(result.stderr()).anyMatch(l -> l.contains("earlier")).anyMatch(l -> l.contains("readout"))
                .hasSize(hostile.outcome() == Outcome.IMPORTED ? 3 : 2);
        if (hostile.outcome() == Outcome.REFUSED) {
            assertThat(Cli.ok("codes", project).out()).isEqualTo(codesBefore);
        }
        assertThat(Cli.parallax("check", project).exit()).isZero();
    }

    /** Text, Word, OpenDocument, RTF, HTML and the highlights workbook. */
    static final class HostileDocuments {
        static List<Hostile> all() {
            List<Hostile> all = new ArrayList<>();
            all.add(new Hostile("empty.txt", f -> Files.write(f, new byte[0]), "file is empty (0 bytes)"));
            all.add(new Hostile("utf16.txt", f -> Files.write(f, "NATO and Russia met in Brussels on the 28th of May."
                    .getBytes(StandardCharsets.UTF_16LE)), null));
            all.add(new Hostile("entity.docx", f -> HostileFiles.docx(f, text(HostileFiles.withExternalEntity(
                    "w:document", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>SECRET</w:t></w:r></w:p></w:body></w:document>"))), "DOCTYPE"));
            all.add(new Hostile("entity.odt", f -> HostileFiles.odt(f, text(HostileFiles.withExternalEntity(
                    "office:document-content", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument"
                    + ":xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
                    + "<office:text><text:p>SECRET</text:p></office:text></office:body></office:document-content>"))),
                    "DOCTYPE"));
            all.add(new Hostile("entity.xlsx", HostileDocuments::entityWorkbook, "DOCTYPE"));
            all.add(new Hostile("bomb.docx", f -> HostileFiles.docx(f, HostileFiles.repeated("", " ", 300L << 20, "")),
                    "zip bomb"));
            all.add(new Hostile("nested.docx", f -> HostileFiles.zip(f, HostileFiles.joined(HostileFiles.docxParts(
                    HostileFiles.paragraph("NATO and Russia signed the Founding Act.")), entries(
                    "word/embeddings/package.zip", (HostileFiles.Content) out -> out.write(HostileFiles.nestedZips(
                            40))))), null));
            all.add(new Hostile("entries.docx", f -> HostileFiles.zip(f, HostileFiles.joined(HostileFiles.docxParts(
                    HostileFiles.paragraph("NATO and Russia.")), HostileFiles.emptyEntries("word/media/e", 20_000))),
                    "entries, more than the limit"));
            all.add(new Hostile("paragraph.docx", f -> HostileFiles.docx(f, HostileFiles.oneLongParagraph("threat ",
                    (1L << 30) / 7)), "zip bomb"));
            all.add(new Hostile("strings.xlsx", HostileDocuments::expandingSharedStrings, "extraction limit"));
            all.add(new Hostile("spans.html", f -> HostileFiles.file(f, HostileFiles.repeated("<html><body>",
                    "<span>", 2_000_000, "NATO</body></html>")), "extraction limit"));
            all.add(new Hostile("divs.html", f -> HostileFiles.file(f, HostileFiles.repeated("<html><body>",
                    "<div>", 500_000, "NATO</body></html>")), null));
            all.add(new Hostile("deep.rtf", f -> HostileFiles.file(f, HostileFiles.repeated("{\\rtf1 ", "{", 300_000,
                    "NATO" + "}".repeat(300_001))), "deep"));
            return all;
        }

        private static Path entityWorkbook(Path file) {
            Path plain = TaguetteXlsx.write(file.resolveSibling("plain.xlsx"), TaguetteXlsx.HEADER,
                    List.of(List.of("1", "readout", "threat", "", "threat", "", "NATO and Russia")));
            return HostileFiles.rezipped(plain, file, entries("xl/sharedStrings.xml", text(HostileFiles
                    .withExternalEntity("sst", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " count=\"1\" uniqueCount=\"1\"><si><t>SECRET</t></si></sst>"))));
        }

        /** A highlights sheet of 200,000 rows whose every cell shows one shared string of 100,000 characters. */
        private static Path expandingSharedStrings(Path file) {
            Path plain = TaguetteXlsx.write(file.resolveSibling("plain.xlsx"), TaguetteXlsx.HEADER,
                    List.of(List.of("1", "readout", "threat", "", "threat", "", "NATO and Russia")));
            String header = String.join("", TaguetteXlsx.HEADER.stream().map(h -> "<c t=\"inlineStr\"><is><t>" + h
                    + "</t></is></c>").toList());
            return HostileFiles.rezipped(plain, file, entries(
                    "xl/sharedStrings.xml", HostileFiles.repeated("<sst xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>", "threat ", 14_286,
                            "</t></si></sst>"),
                    "xl/worksheets/sheet1.xml", HostileFiles.repeated("<worksheet xmlns=\"http://schemas.openxmlformats"
                            + ".org/spreadsheetml/2006/main\"><sheetData><row>" + header + "</row>", "<row>"
                            + "<c t=\"s\"><v>0</v></c>".repeat(7) + "</row>", 200_000, "</sheetData></worksheet>")));
        }
    }

    /** PDFs whose objects loop, whose streams inflate, or whose pages never end. */
    static final class HostilePdfCases {
        static List<Hostile> all() {
            return List.of(
                    new Hostile("stream.pdf", f -> HostilePdfs.filterChainBomb(f, 400), "extraction limit"),
                    new Hostile("itself.pdf", HostilePdfs::resourcesReferringToThemselves, null),
                    new Hostile("length.pdf", HostilePdfs::lengthReferringToItsStream, "damaged PDF (the content of "
                            + "page 1 (object 4) cannot be read, so its text is lost)"),
                    new Hostile("cycle.pdf", HostilePdfs::pageTreeCycle, "page tree leads back into itself"),
                    new Hostile("pages.pdf", f -> HostilePdfs.blankPages(f, 100_000), "10,000 pages"));
        }
    }

    /** REFI-QDA projects: entities, sources the archive lacks, archives of nothing but empty entries. */
    static final class HostileExchangeFiles {
        private static final String SOURCE = "33333333-3333-3333-3333-333333333333";

        static List<Hostile> all() {
            return List.of(
                    new Hostile("entity.qdpx", f -> HostileFiles.zip(f, entries("project.qde", text(HostileFiles
                            .withExternalEntity("Project", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"SECRET\"/>"
                            )))), "DOCTYPE"),
                    new Hostile("missing.qdpx", f -> HostileFiles.zip(f, entries("project.qde", text(QdpxFiles
                            .projectWithSource(SOURCE, "internal://" + SOURCE + ".txt", QdpxFiles.selection(
                                    "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", 0, 4, "NATO"))))), "is missing from missing.qdpx; not imported",
                            Outcome.NOTED),
                    new Hostile("hollow.qdpx", f -> HostileFiles.zip(f, HostileFiles.joined(entries("project.qde",
                            text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" "
                                    + "name=\"hollow\"/>")), HostileFiles.emptyEntries("sources/", 30_000))),
                            "hollow.qdpx: its project.qde names no source, code or note, so nothing was imported; the "
                                    + "archive's 30,000 other entries were not read", Outcome.NOTED));
        }
    }
}
