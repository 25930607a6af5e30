package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.CodebookDefinition.ScenarioDefinition;

class HandoutHtmlTest {
    @TempDir
    Path dir;

    @Test
    void handoutEscapesEveryTextSoMarkupInTheCodebookStaysText() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quotes\"";
        CodebookDefinition book = new CodebookDefinition("Study <b>1</b>",
                List.of(new FrameDefinition("Realism <i>", hostile, "#1f4e99\" onload=\"x", List.of(
                        new CodeDefinition("Balance <of> power", "#1f77b4", hostile, 1, List.of("Talks & more"),
                                List.of(), "Use <when>", "Not </dd> when",
                                List.of(new AnchorExample("Doc <title>", LocalDate.of(2002, 5, 28), hostile)))))),
                List.of(new ScenarioDefinition("Talks & more", "<img src=x>")));
        Path file = dir.resolve("handout.html");

        HandoutHtml.write(book, file);

        String html = Files.readString(file);
        assertThat(html).doesNotContain("<script>", "<img", "<b>1", "onload=", "</dd> when")
                .contains("&lt;script&gt;", "Balance &lt;of&gt; power", "2002-05-28");
        var page = Jsoup.parse(html);
        assertThat(page.select("script, img, i")).isEmpty();
        Element code = page.selectFirst("section.code");
        assertThat(code.selectFirst("h3").text()).isEqualTo("Balance <of> power");
        assertThat(code.select("dd").eachText()).containsExactly(hostile, "Use <when>", "Not </dd> when", "Talks & more");
        assertThat(code.selectFirst("blockquote.anchor").text()).isEqualTo(hostile + " — Doc <title>, 2002-05-28");
    }

    @Test
    void templateHandoutShowsBothFramesWithTheirTenetsAndEveryCodeWithItsRules() {
        CodebookDefinition table1 = CodebookTemplates.named("table1");

        var page = Jsoup.parse(HandoutHtml.toHtml(table1));

        assertThat(page.select("h2").eachText()).containsExactly("Scenarios", "Frame: Realism", "Frame: Constructivism");
        assertThat(page.select("section.code")).hasSize(8).allSatisfy(section -> assertThat(section.select("dt")
                .eachText()).containsSubsequence("Definition", "Use when", "Do not use when"));
        assertThat(page.text()).contains(table1.frames().get(0).description());
    }
}
