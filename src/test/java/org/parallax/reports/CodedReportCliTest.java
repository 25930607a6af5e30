package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.SegmentRow;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * `report` on the shipped sample project (issue 15 item 1): every passage the database holds is quoted in
 * full in the DOCX and the HTML, with Word headings, a TOC field, the code definitions, and the selection
 * options narrowing exactly as the database says.
 */
class CodedReportCliTest {
    @TempDir
    static Path dir;
    static Path project;
    static List<SegmentRow> passages;

    @BeforeAll
    static void sample() throws Exception {
        project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            passages = wb.exports().segmentRows();
        }
        assertThat(passages).hasSizeGreaterThan(50);
    }

    @Test
    void docxQuotesEveryPassageUnderWordHeadingsWithATableOfContents() throws Exception {
        Path out = dir.resolve("all.docx");
        Cli run = Cli.parallax("report", project, out);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Report of " + passages.size() + " passages written to");
        try (XWPFDocument docx = ReportFiles.docx(out)) {
            assertThat(ReportFiles.paragraphs(docx, "Quote"))
                    .containsExactlyInAnyOrderElementsOf(passages.stream().map(SegmentRow::text).toList());
            List<String> frames = ReportFiles.paragraphs(docx, "Heading1");
            assertThat(frames).contains("Code definitions").anyMatch(h -> h.startsWith("Realism ("));
            assertThat(ReportFiles.paragraphs(docx, "Heading2")).anyMatch(h -> h.startsWith("Balance of power ("));
            assertThat(docx.getParagraphs()).anyMatch(p -> p.getCTP().xmlText().contains("TOC \\o"));
            assertThat(ReportFiles.paragraphs(docx, "TOC1")).as("contents shown before Word updates the field")
                    .containsExactlyElementsOf(frames);
            assertThat(ReportFiles.paragraphs(docx, "TOC2"))
                    .containsExactlyElementsOf(ReportFiles.paragraphs(docx, "Heading2"));
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(ReportFiles.paragraphs(docx, "Citation")).anyMatch(c -> c.contains("characters "));
            String body = String.join("\n", docx.getParagraphs().stream().map(p -> p.getText()).toList());
            passages.stream().filter(p -> p.memo() != null).forEach(p -> assertThat(body).contains(p.memo()));
        }
    }

    @Test
    void htmlGroupedByDocumentQuotesEveryPassageWithCountsThatAddUp() throws Exception {
        Path out = dir.resolve("by-document.html");
        Cli run = Cli.parallax("report", project, out, "--by", "document");
        assertThat(run.exit()).as(run.err()).isZero();
        org.jsoup.nodes.Document html = ReportFiles.html(out);
        assertThat(html.select("blockquote").stream().map(Element::wholeText).toList())
                .containsExactlyInAnyOrderElementsOf(passages.stream().map(SegmentRow::text).toList());
        long documents = passages.stream().mapToLong(SegmentRow::documentId).distinct().count();
        assertThat(html.select("h2[id^=s]")).hasSize((int) documents);
        int counted = html.select("h2[id^=s] .count").stream()
                .mapToInt(e -> Integer.parseInt(e.text().replaceAll("\\D", ""))).sum();
        assertThat(counted).isEqualTo(passages.size());
        assertThat(html.select("link, script, img")).isEmpty();
        assertThat(html.select("nav a")).hasSizeGreaterThan((int) documents);
    }

    @Test
    void selectionOptionsNarrowToTheMatchingPassages() throws Exception {
        SegmentRow some = passages.get(passages.size() / 2);
        Path out = dir.resolve("one-code.html");
        Cli run = Cli.parallax("report", project, out, "--code", some.code().toUpperCase(), "--coder", some.coder(),
                "--by", "scenario");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> expected = passages.stream()
                .filter(p -> p.code().equals(some.code()) && p.coder().equals(some.coder())).map(SegmentRow::text)
                .toList();
        assertThat(ReportFiles.html(out).select("blockquote").stream().map(Element::wholeText).toList())
                .containsExactlyInAnyOrderElementsOf(expected);

        Path dated = dir.resolve("dated.docx");
        assertThat(Cli.parallax("report", project, dated, "--from", "2014-01-01", "--to", "2016-12-31").exit())
                .isZero();
        try (XWPFDocument docx = ReportFiles.docx(dated)) {
            assertThat(ReportFiles.paragraphs(docx, "Quote")).containsExactlyInAnyOrderElementsOf(passages.stream()
                    .filter(p -> p.date() != null && p.date().getYear() >= 2014 && p.date().getYear() <= 2016)
                    .map(SegmentRow::text).toList());
        }
    }

    @Test
    void attributeConditionsNarrowByDocumentTypeActorAndOwnAttributes() throws Exception {
        Path out = dir.resolve("speeches.docx");
        Cli run = Cli.parallax("report", project, out, "--attr", "type=speech", "--attr", "TYPE=Interview",
                "--attr", "actor= russia ");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> expected = passages.stream().filter(p -> "Russia".equals(p.actor()) && p.type() != null
                && List.of("speech", "interview").contains(p.type().label())).map(SegmentRow::text).toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(passages.size());
        try (XWPFDocument docx = ReportFiles.docx(out)) {
            assertThat(ReportFiles.paragraphs(docx, "Quote")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(docx.getParagraphs().get(1).getText()).contains("documents with type=speech, TYPE=Interview, "
                    + "actor=russia");
        }

        java.util.Map<Long, String> speakers = new java.util.HashMap<>();
        try (Workbench wb = Workbench.open(project)) {
            wb.documents().list().forEach(d -> speakers.put(d.id(), d.meta().attributes().get("speaker")));
        }
        String speaker = passages.stream().map(p -> speakers.get(p.documentId())).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
        Path own = dir.resolve("speaker.html");
        assertThat(Cli.parallax("report", project, own, "--attr", "Speaker=" + speaker).exit()).isZero();
        assertThat(ReportFiles.html(own).select("blockquote").stream().map(Element::wholeText).toList())
                .containsExactlyInAnyOrderElementsOf(passages.stream()
                        .filter(p -> speaker.equals(speakers.get(p.documentId()))).map(SegmentRow::text).toList());
    }

    @Test
    void unknownAttributesAndValuesAreRefusedWithWhatThereIs() {
        Cli name = Cli.parallax("report", project, dir.resolve("a.html"), "--attr", "mood=angry");
        assertThat(name.exit()).isNotZero();
        assertThat(name.err().lines()).hasSize(1).first().asString().contains("No document has an attribute 'mood'")
                .contains("type, actor, language").contains("speaker");
        Cli value = Cli.parallax("report", project, dir.resolve("a.html"), "--attr", "type=poem");
        assertThat(value.err()).contains("No document has type 'poem'").contains("speech").contains("treaty");
        Cli malformed = Cli.parallax("report", project, dir.resolve("a.html"), "--attr", "typespeech");
        assertThat(malformed.err()).contains("'typespeech' is not an attribute condition").doesNotContain("Exception");
        assertThat(dir.resolve("a.html")).doesNotExist();
    }

    @Test
    void nothingSelectedSaysSoAndWritesNoFile() {
        Path out = dir.resolve("empty.docx");
        Cli run = Cli.parallax("report", project, out, "--from", "2099-01-01");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("Nothing selected").contains("not written").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownNamesAndFormatsAreRefusedInWords() {
        Cli frame = Cli.parallax("report", project, dir.resolve("x.html"), "--frame", "Marxism");
        assertThat(frame.exit()).isNotZero();
        assertThat(frame.err()).contains("Unknown frame 'Marxism'").contains("Realism");
        Cli format = Cli.parallax("report", project, dir.resolve("x.pdf"));
        assertThat(format.exit()).isNotZero();
        assertThat(format.err()).contains(".docx").contains(".html");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
