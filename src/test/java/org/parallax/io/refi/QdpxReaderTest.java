package org.parallax.io.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.io.refi.QdpxFiles.projectWithSource;
import static org.parallax.io.refi.QdpxFiles.selection;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.ExchangeProject.Selection;
import org.parallax.io.refi.ExchangeProject.Source;

class QdpxReaderTest {
    private static final String GUID = "aaaaaaaa-0000-0000-0000-000000000001";
    /** CRLF line ends and an emoji before the coded word make the three conventions disagree. */
    private static final String RAW = "Первая строка\r\nУгроза 🚀🚀 NATO растёт\r\nВторая угроза";

    @TempDir
    Path dir;

    @Test
    void readsCodePointPositionsAsTheStandardSays() {
        String text = RAW;
        int cp = text.codePointCount(0, text.indexOf("NATO"));
        Source source = readOne(cp, cp + 4, "NATO");
        assertThat(source.convention()).isEqualTo(PositionConvention.CODE_POINTS);
        assertCoversNato(source);
    }

    @Test
    void detectsUtf16PositionsWithCrlfCountedAsTwo() {
        int start = RAW.indexOf("NATO");
        Source source = readOne(start, start + 4, "NATO");
        assertThat(source.convention()).isEqualTo(PositionConvention.UTF16_CRLF_TWO);
        assertCoversNato(source);
    }

    @Test
    void detectsUtf16PositionsWithCrlfCountedAsOne() {
        String lf = RAW.replace("\r\n", "\n");
        int start = lf.indexOf("NATO");
        Source source = readOne(start, start + 4, "NATO");
        assertThat(source.convention()).isEqualTo(PositionConvention.UTF16_CRLF_ONE);
        assertCoversNato(source);
    }

    /**
     * QualCoder's export with its "MAXQDA" line endings (src/qualcoder/refi.py, RefiExport.export_project): the
     * positions are Python string indices of its LF text, so code points with a line end as one, and the text file
     * is then written with CRLF (and a BOM, as "utf-8-sig").
     */
    @Test
    void detectsCodePointPositionsWithCrlfCountedAsOne() {
        String lf = RAW.replace("\r\n", "\n");
        int start = lf.codePointCount(0, lf.indexOf("NATO"));
        Source source = readOne(start, start + 4, "NATO");
        assertThat(source.convention()).isEqualTo(PositionConvention.CODE_POINTS_CRLF_ONE);
        assertCoversNato(source);
    }

    @Test
    void detectsConventionFromWordBoundariesWhenSelectionsCarryNoText() {
        String word = "угроза";
        int start = RAW.indexOf("Вторая угроза") + "Вторая ".length();
        Source source = readOne(start, start + word.length(), "");
        assertThat(source.convention()).isEqualTo(PositionConvention.UTF16_CRLF_TWO);
        Selection s = source.selections().get(0);
        assertThat(source.text().substring(s.start(), s.end())).isEqualTo(word);
    }

    /**
     * The standard puts the code book and the variables before the sources, and the streaming reader reads each
     * source as it comes; a file that puts them after is read again for them, each problem noted once.
     */
    @Test
    void readsACodeBookAndVariablesWrittenAfterTheSources() {
        String qde = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="late" origin="hand-made">
                  <Sources>
                    <TextSource guid="%s" name="source one" plainTextPath="internal://%s.txt">
                      <PlainTextSelection guid="bbbbbbbb-0000-0000-0000-000000000001" name="Threat" startPosition="0"
                          endPosition="6"><Coding guid="cccccccc-0000-0000-0000-000000000001"><CodeRef
                          targetGUID="code-1"/></Coding></PlainTextSelection>
                      <VariableValue><VariableRef targetGUID="dddddddd-0000-0000-0000-000000000001"/>
                        <TextValue>Brussels</TextValue></VariableValue>
                    </TextSource>
                  </Sources>
                  <CodeBook><Codes><Code guid="code-1" name="Threat" isCodable="true"/></Codes></CodeBook>
                  <Variables><Variable guid="dddddddd-0000-0000-0000-000000000001" name="place"
                      typeOfVariable="Text"/></Variables>
                </Project>
                """.formatted(GUID, GUID);
        Path file = QdpxFiles.zip(dir.resolve("late.qdpx"), Map.of("project.qde", utf8(qde),
                "sources/" + GUID + ".txt", utf8("Threat ahead")));
        RefiImport read = new QdpxReader().read(file);
        Source source = read.project().sources().get(0);
        assertThat(source.selections()).singleElement().satisfies(s -> assertThat(s.codings()).singleElement()
                .satisfies(c -> assertThat(c.codeGuid()).isEqualTo("code-1")));
        assertThat(source.variables()).containsEntry("place", ExchangeProject.Variable.text("Brussels"));
        assertThat(read.project().codes()).extracting(ExchangeProject.CodeNode::name).containsExactly("Threat");
        assertThat(read.problems()).filteredOn(p -> p.contains("'code-1'")).hasSize(1);
        assertThat(read.problems()).noneMatch(p -> p.contains("undeclared"));
    }

    @Test
    void readsCapitalisedSourcesFolderAndOtherQdeName() {
        Path file = QdpxFiles.zip(dir.resolve("odd.qdpx"), Map.of(
                "My Project.qde", utf8(projectWithSource(GUID, "internal://" + GUID + ".txt", "")),
                "Sources/" + GUID.toUpperCase() + ".TXT", utf8("Текст источника")));
        RefiImport read = new QdpxReader().read(file);
        assertThat(read.project().sources()).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("Текст источника"));
        assertThat(read.problems()).anyMatch(p -> p.contains("My Project.qde"));
    }

    @Test
    void warnsAboutNonGuidIdsAndKeepsThem() {
        String qde = projectWithSource("source-1", "internal://source-1.txt",
                selection("sel-1", 0, 6, "Threat"));
        Path file = QdpxFiles.zip(dir.resolve("ids.qdpx"), Map.of("project.qde", utf8(qde),
                "sources/source-1.txt", utf8("Threat ahead")));
        RefiImport read = new QdpxReader().read(file);
        assertThat(read.project().sources().get(0).selections()).hasSize(1);
        assertThat(read.problems()).anyMatch(p -> p.contains("'source-1'") && p.contains("not a GUID"));
    }

    @Test
    void reportsSourcesWithEmptyTextInsteadOfDroppingThemSilently() {
        Path file = QdpxFiles.zip(dir.resolve("empty.qdpx"), Map.of(
                "project.qde", utf8(projectWithSource(GUID, "internal://" + GUID + ".txt", "")),
                "sources/" + GUID + ".txt", utf8("\n\n")));
        RefiImport read = new QdpxReader().read(file);
        assertThat(read.project().sources()).isEmpty();
        assertThat(read.problems()).anyMatch(p -> p.contains("source one") && p.contains("empty"));
    }

    @Test
    void usesThePlainTextOfRichTextSourcesAndReportsThoseWithoutOne() {
        String qde = projectWithSource(GUID, "internal://" + GUID + ".txt", "").replace("<TextSource ",
                "<TextSource richTextPath=\"internal://" + GUID + ".docx\" ").replace("</Sources>",
                "<TextSource guid=\"aaaaaaaa-0000-0000-0000-000000000002\" name=\"docx only\" "
                        + "richTextPath=\"internal://x.docx\"/></Sources>");
        Path file = QdpxFiles.zip(dir.resolve("rich.qdpx"), Map.of("project.qde", utf8(qde),
                "sources/" + GUID + ".txt", utf8("Plain representation"), "sources/" + GUID + ".docx", utf8("PK")));
        RefiImport read = new QdpxReader().read(file);
        assertThat(read.project().sources()).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("Plain representation"));
        assertThat(read.problems()).anyMatch(p -> p.contains("docx only") && p.contains("rich text only"));
    }

    @Test
    void writerKeepsProjectXmlWellFormedWhenTextHasControlCharacters() {
        String text = "Page one\fPage two: NATO";
        var source = new ExchangeProject.Source(GUID, "pdf text", text, Map.of(), List.of(new Selection(
                "aaaaaaaa-0000-0000-0000-0000000000a1", 4, 14, null, null, List.of(new ExchangeProject.Coding(
                "aaaaaaaa-0000-0000-0000-0000000000b1", "22222222-2222-2222-2222-222222222222", null, null,
                List.of())), List.of())), null);
        var project = new ExchangeProject("p", "Parallax", List.of(), List.of(new ExchangeProject.CodeNode(
                "22222222-2222-2222-2222-222222222222", "Threat", true, null, null, List.of())), List.of(),
                List.of(source), List.of());
        assertThat(RefiSchemas.validateProject(new QdpxWriter().projectXml(project))).isEmpty();
    }

    /**
     * Selections that end exactly at a line end (before the CRLF), just after a line break, and at the very end
     * of the text, in each of the three position conventions: each must cover exactly its line, so an end
     * index off by one in either direction (or a CRLF counted on the wrong side) fails.
     */
    @Test
    void selectionsEndingAtLineEndsCoverExactlyTheirLinesInEveryConvention() {
        String lf = RAW.replace("\r\n", "\n");
        String second = "Угроза 🚀🚀 NATO растёт";
        String last = "Вторая угроза";
        for (PositionConvention convention : PositionConvention.values()) {
            long[] secondLine = positions(convention, RAW.indexOf(second), RAW.indexOf(second) + second.length());
            long[] firstLineAndBreak = positions(convention, 0, RAW.indexOf(second));
            long[] lastLine = positions(convention, RAW.indexOf(last), RAW.length());
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("project.qde", utf8(projectWithSource(GUID, "internal://" + GUID + ".txt",
                    selection("aaaaaaaa-0000-0000-0000-0000000000a1", secondLine[0], secondLine[1], second)
                    + selection("aaaaaaaa-0000-0000-0000-0000000000a2", firstLineAndBreak[0],
                            firstLineAndBreak[1], "Первая строка")
                    + selection("aaaaaaaa-0000-0000-0000-0000000000a3", lastLine[0], lastLine[1], last))));
            entries.put("sources/" + GUID + ".txt", utf8(RAW));

            Source source = new QdpxReader().read(QdpxFiles.zip(dir.resolve(convention + ".qdpx"), entries))
                    .project().sources().get(0);

            assertThat(source.convention()).isEqualTo(convention);
            assertThat(source.text()).isEqualTo(lf);
            assertThat(source.selections()).extracting(sel -> source.text().substring(sel.start(), sel.end()))
                    .as(convention.label())
                    .containsExactly(second, "Первая строка\n", last);
        }
    }

    /** UTF-16 indices of {@link #RAW} as a tool using {@code convention} would write them. */
    private static long[] positions(PositionConvention convention, int start, int end) {
        return new long[] {position(convention, start), position(convention, end)};
    }

    private static long position(PositionConvention convention, int utf16) {
        return switch (convention) {
            case CODE_POINTS -> RAW.codePointCount(0, utf16);
            case UTF16_CRLF_TWO -> utf16;
            case UTF16_CRLF_ONE -> RAW.substring(0, utf16).replace("\r\n", "\n").length();
            case CODE_POINTS_CRLF_ONE -> RAW.substring(0, utf16).replace("\r\n", "\n").codePoints().count();
        };
    }

    @Test
    void refusesAnArchiveWithoutProjectXml() {
        Path file = QdpxFiles.zip(dir.resolve("none.qdpx"), Map.of("readme.txt", utf8("hello")));
        assertThatThrownBy(() -> new QdpxReader().read(file)).isInstanceOf(RefiException.class)
                .hasMessageContaining("none.qdpx").hasMessageContaining("project.qde");
    }

    /**
     * Each refused selection is named with its own problem, in the file's numbers: a position past 2^63 (a UTF-16
     * count gone wrong in another tool) used to be named as "[-1, 4) lies outside the text", a number the file
     * never held, and a start below 0 or an end before the start as lying outside the text.
     */
    @Test
    void selectionsThatCannotBePlacedAreEachNamedWithTheirProblemWhileTheRestIsRead() {
        int nato = RAW.indexOf("NATO");
        String selections = selection("aaaaaaaa-0000-0000-0000-0000000000a1", nato, nato + 4, "NATO")
                + selection("aaaaaaaa-0000-0000-0000-0000000000a2", 3, 999_999_999, "")
                + selection("aaaaaaaa-0000-0000-0000-0000000000a3", -5, 4, "")
                + selection("aaaaaaaa-0000-0000-0000-0000000000a4", 9, 3, "")
                + selection("aaaaaaaa-0000-0000-0000-0000000000a5", 3, 77, "")
                        .replace("endPosition=\"77\"", "endPosition=\"18446744073709551620\"")
                + selection("aaaaaaaa-0000-0000-0000-0000000000a6", 3, 77, "")
                        .replace("startPosition=\"3\"", "startPosition=\"3.5\"")
                + selection("aaaaaaaa-0000-0000-0000-0000000000a7", 3, 77, "")
                        .replace("endPosition=\"77\"", "");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", utf8(projectWithSource(GUID, "internal://" + GUID + ".txt", selections)));
        entries.put("sources/" + GUID + ".txt", utf8(RAW));

        RefiImport read = new QdpxReader().read(QdpxFiles.zip(dir.resolve("hostile.qdpx"), entries));

        Source source = read.project().sources().get(0);
        assertCoversNato(source);
        assertThat(source.selections()).hasSize(1);
        assertThat(read.problems()).filteredOn(p -> p.endsWith("; not imported")).containsExactly(
                "Source 'source one': selection aaaaaaaa-0000-0000-0000-0000000000a2 [3, 999999999) lies outside the text"
                        + "; not imported",
                "Source 'source one': selection aaaaaaaa-0000-0000-0000-0000000000a3 [-5, 4) starts before the text "
                        + "(positions count from 0); not imported",
                "Source 'source one': selection aaaaaaaa-0000-0000-0000-0000000000a4 [9, 3) ends before it starts"
                        + "; not imported",
                "Source 'source one': selection aaaaaaaa-0000-0000-0000-0000000000a5 has endPosition 18446744073709551620,"
                        + " beyond any text (a number past 2^63); not imported",
                "Source 'source one': selection aaaaaaaa-0000-0000-0000-0000000000a6 has startPosition \"3.5\", which is "
                        + "not a whole number; not imported",
                "Source 'source one': selection aaaaaaaa-0000-0000-0000-0000000000a7 has no endPosition; not imported");
        assertThat(read.problems()).noneMatch(p -> p.contains("-1"));
    }

    private Source readOne(long start, long end, String name) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", utf8(projectWithSource(GUID, "internal://" + GUID + ".txt",
                selection("aaaaaaaa-0000-0000-0000-0000000000a1", start, end, name))));
        entries.put("sources/" + GUID + ".txt", utf8(RAW));
        RefiImport read = new QdpxReader().read(QdpxFiles.zip(dir.resolve("p.qdpx"), entries));
        List<Source> sources = read.project().sources();
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).selections()).hasSize(1);
        return sources.get(0);
    }

    private static void assertCoversNato(Source source) {
        Selection s = source.selections().get(0);
        assertThat(source.text()).doesNotContain("\r");
        assertThat(source.text().substring(s.start(), s.end())).isEqualTo("NATO");
        assertThat(s.codings()).singleElement().satisfies(c ->
                assertThat(c.codeGuid()).isEqualTo("22222222-2222-2222-2222-222222222222"));
    }
}
