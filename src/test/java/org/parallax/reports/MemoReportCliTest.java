package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/** `report --memos`: every memo under its kind or document, a passage memo with its passage quoted (issue 15 item 4). */
class MemoReportCliTest {
    static final String TEXT = "Россия и НАТО 🤝 договорились.\n";

    @TempDir
    Path dir;

    @Test
    void everyMemoAppearsWithItsPassageInDocxAndHtml() throws Exception {
        Path project;
        String passage = "Россия и НАТО 🤝";
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "ru.txt", TEXT));
            long segment = wb.coding().code(doc, 0, passage.length(), wb.codebook().code("Balance of power").id(),
                    null).id();
            wb.memos().set(MemoTarget.project(), "Journal: first reading\nsecond line");
            wb.memos().set(MemoTarget.document(doc), "=A document memo");
            wb.memos().set(MemoTarget.passage(segment), "Why this passage 📝");
        }
        Path docx = dir.resolve("memos.docx");
        Cli run = Cli.parallax("report", project, docx, "--memos");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Report of 3 memos");
        try (XWPFDocument d = ReportFiles.docx(docx)) {
            assertThat(ReportFiles.paragraphs(d, "Heading1")).contains("Research journal (1 memo)",
                    "Document memos (1 memo)", "Passage memos (1 memo)");
            assertThat(ReportFiles.paragraphs(d, "Quote")).containsExactly(passage);
            String all = String.join("\n", d.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(all).contains("Journal: first reading\nsecond line", "=A document memo", "Why this passage 📝");
        }
        Path html = dir.resolve("memos.html");
        assertThat(Cli.parallax("report", project, html, "--memos", "--by", "document").exit()).isZero();
        org.jsoup.nodes.Document page = ReportFiles.html(html);
        assertThat(page.select("blockquote").stream().map(Element::wholeText).toList()).containsExactly(passage);
        assertThat(page.select(".body").stream().map(Element::wholeText).toList())
                .containsExactlyInAnyOrder("Journal: first reading\nsecond line", "=A document memo", "Why this passage 📝");
    }

    @Test
    void aProjectWithoutMemosWritesNoFile() {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
        }
        Path out = dir.resolve("memos.html");
        Cli run = Cli.parallax("report", project, out, "--memos");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("no memos");
        assertThat(out).doesNotExist();
        assertThat(List.of(run.err().strip().split("\n"))).hasSize(1);
    }
}
