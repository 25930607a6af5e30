package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.workbench.ReportGrouping;
import org.parallax.workbench.ReportPreview;
import org.parallax.workbench.ReportSelection;
import org.parallax.workbench.Workbench;

/**
 * A memo pasted from another program can hold control characters: a bell (U+0007), Word's manual line break
 * (U+000B), a form feed, a stray U+0001. None is printable, and XML 1.0 cannot carry them: the Word report showed
 * each as a U+FFFD box, the web page passed them on raw. Both reports (and the Report window's preview) now drop
 * them, and make the line-breaking ones the line break they stand for; everything else reads as saved.
 */
class ReportControlCharactersTest {
    static final String MEMO = "звонок\u0007 первая строка\u000Bвторая\u000Cтретья\u0001 😀\tконец";
    static final String PRINTED = "звонок первая строка\nвторая\nтретья 😀\tконец";
    static final String PASSAGE = "Россия и НАТО, строка";

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void project() {
        project = ReportProjects.onePassage(dir, PASSAGE, null, MEMO);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.exports().segmentRows().get(0).memo()).as("stored as typed").isEqualTo(MEMO);
        }
    }

    @Test
    void theWordReportDropsControlCharactersAndKeepsTheRestOfTheMemo() throws Exception {
        Path out = dir.resolve("r.docx");
        assertThat(Cli.parallax("report", project, out).exit()).isZero();
        try (XWPFDocument docx = ReportFiles.docx(out)) {
            List<String> citations = ReportFiles.paragraphs(docx, "Citation");
            assertThat(citations).contains("Memo: " + PRINTED);
            assertThat(String.join("", citations)).doesNotContain("\uFFFD");
            assertThat(ReportFiles.paragraphs(docx, "Quote")).containsExactly(PASSAGE);
        }
    }

    @Test
    void theWebPageReportDropsThemAlike() throws Exception {
        Path out = dir.resolve("r.html");
        assertThat(Cli.parallax("report", project, out).exit()).isZero();
        org.jsoup.nodes.Document html = ReportFiles.html(out);
        assertThat(html.select(".memo").stream().map(Element::wholeText).toList()).containsExactly("Memo: " + PRINTED);
        assertThat(html.select("blockquote").stream().map(Element::wholeText).toList()).containsExactly(PASSAGE);
    }

    @Test
    void theReportWindowsPreviewShowsWhatSaveWrites() {
        try (Workbench wb = Workbench.open(project)) {
            ReportPreview preview = wb.reports().codedTextPreview(ReportSelection.ALL, ReportGrouping.CODE, 40);
            assertThat(preview.lines()).extracting(ReportPreview.Line::text).contains("Memo: " + PRINTED)
                    .noneMatch(line -> line.contains("\u0007") || line.contains("\uFFFD"));
        }
    }
}
