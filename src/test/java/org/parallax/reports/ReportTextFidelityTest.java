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

/**
 * Cyrillic, emoji (surrogate pairs), tabs, line breaks and a formula-like title reach both report formats
 * exactly as stored, and markup in a passage stays text.
 */
class ReportTextFidelityTest {
    static final String PASSAGE = "Россия 🇷🇺 и НАТО 🤝\n\tвторая строка <b>не разметка</b> & всё";
    static final String TITLE = "=HYPERLINK(\"x\") Заявление 😀";

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void project() {
        project = ReportProjects.onePassage(dir, PASSAGE, TITLE, "заметка 📝");
    }

    @Test
    void docxKeepsEveryCharacter() throws Exception {
        Path out = dir.resolve("r.docx");
        assertThat(Cli.parallax("report", project, out, "--by", "document").exit()).isZero();
        try (XWPFDocument docx = ReportFiles.docx(out)) {
            assertThat(ReportFiles.paragraphs(docx, "Quote")).containsExactly(PASSAGE);
            assertThat(ReportFiles.paragraphs(docx, "Heading1")).anyMatch(h -> h.startsWith(TITLE));
            assertThat(ReportFiles.paragraphs(docx, "Citation")).anyMatch(c -> c.contains("заметка 📝"));
        }
    }

    @Test
    void htmlKeepsEveryCharacterAndMarkupStaysText() throws Exception {
        Path out = dir.resolve("r.html");
        assertThat(Cli.parallax("report", project, out).exit()).isZero();
        org.jsoup.nodes.Document html = ReportFiles.html(out);
        List<String> quotes = html.select("blockquote").stream().map(Element::wholeText).toList();
        assertThat(quotes).containsExactly(PASSAGE);
        assertThat(html.select("blockquote b")).isEmpty();
        assertThat(html.select(".citation").text()).contains(TITLE);
        assertThat(html.select(".memo").text()).contains("заметка 📝");
    }
}
