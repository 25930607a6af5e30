package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown is imported as reading text; front matter, headings and file names give title, date and attributes. */
class MarkdownImportTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void whiteHouseFrontMatterBecomesMetadataAndLeavesTheText() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.WHITEHOUSE_MD));

        assertThat(imported.title()).isEqualTo(
                "Readout of President\u00A0Biden’s Meeting with NATO Secretary General Jens\u00A0Stoltenberg");
        assertThat(imported.date()).isEqualTo(LocalDate.of(2021, 10, 4));
        assertThat(imported.attributes()).containsEntry("tags", "statements-releases")
                .containsEntry("published_time", "2021-10-04 15:53:45-04:00")
                .containsEntry("source_url", "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/"
                        + "2021/10/04/readout-of-president-bidens-meeting-with-nato-secretary-general-jens-stoltenberg/")
                .doesNotContainKeys("title", "date");
        assertThat(imported.text()).startsWith("President Joseph R. Biden, Jr. met today")
                .doesNotContain("tags:", "source_url", "---");
    }

    @Test
    void headingMarkersGoAndTheFirstHeadingIsTheTitle() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.TREATY_MD));

        assertThat(imported.title()).isEqualTo("NORTH ATLANTIC TREATY");
        assertThat(imported.date()).isEqualTo(LocalDate.of(1949, 4, 4));
        assertThat(imported.text()).startsWith("NORTH ATLANTIC TREATY\n\nThe Parties to this Treaty")
                .contains("\nArticle 1\n", "bij strengthening their free institutions").doesNotContain("#");
    }

    @Test
    void markupIsRemovedAndLinkTextKept() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.md"), String.join("\n",
                "Intro line <!-- a note to self",
                "spanning lines --> after the comment.",
                "## Charter *of* the **United Nations** ##",
                "",
                "The Parties to the [North Atlantic Treaty](../../README.md \"home\") and [the Charter][un].",
                "![Signing ceremony](photo.jpg) Signed at <https://www.nato.int>.",
                "> Quoted __strongly__ and _softly_, with snake_case_names and 2 * 3 * 4 kept.",
                "Escaped \\[brackets\\] and \\*stars\\* stay; `code span` loses its ticks.",
                "* a list item stays a list item",
                "---",
                "```",
                "**not emphasis in code**",
                "```",
                "[un]: https://www.un.org/en/about-us/un-charter",
                "Last line"));

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo(String.join("\n",
                "Intro line  after the comment.",
                "Charter of the United Nations",
                "",
                "The Parties to the North Atlantic Treaty and the Charter.",
                " Signed at https://www.nato.int.",
                "Quoted strongly and softly, with snake_case_names and 2 * 3 * 4 kept.",
                "Escaped [brackets] and *stars* stay; code span loses its ticks.",
                "* a list item stays a list item",
                "",
                "**not emphasis in code**",
                "Last line"));
        assertThat(imported.title()).isEqualTo("Charter of the United Nations");
    }

    @Test
    void setextHeadingIsATitleToo() throws IOException {
        Path file = Files.writeString(dir.resolve("setext.md"), "Rome Declaration\n================\n\nNATO-Russia Council.\n");

        ImportedText imported = reader.read(file);

        assertThat(imported.title()).isEqualTo("Rome Declaration");
        assertThat(imported.text()).isEqualTo("Rome Declaration\n\nNATO-Russia Council.\n");
    }

    @Test
    void frontMatterThatIsNotYamlStaysInTheTextWithAWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.md"), "---\ntitle: [unclosed\n---\nBody text of the readout.\n");

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).startsWith("---\ntitle: [unclosed\n");
        assertThat(imported.title()).isEqualTo("odd");
        assertThat(imported.warnings()).singleElement().asString()
                .startsWith("odd.md: the front matter at the top is not valid YAML (").endsWith("); kept as text");
    }

    @Test
    void frontMatterAliasesCannotMultiply() throws IOException {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'l'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            yaml.append(("*" + (char) (c - 1) + ", ").repeat(9)).append("*").append((char) (c - 1)).append("]\n");
        }
        Path file = Files.writeString(dir.resolve("laughs.md"), yaml + "---\nBody of the readout.\n");

        ImportedText imported = reader.read(file);

        assertThat(imported.warnings()).singleElement().asString().contains("kept as text");
        assertThat(imported.attributes()).isEmpty();
    }

    @Test
    void plainTextTitleIsTheFileNameWithoutDateNeverTheFirstWords() throws IOException {
        Path file = Files.writeString(dir.resolve("2016-09-05_putin_interview_bloomberg.txt"),
                "Thank you for the opportunity to speak with Bloomberg.\n");

        ImportedText imported = reader.read(file);

        assertThat(imported.title()).isEqualTo("putin interview bloomberg");
        assertThat(imported.date()).isEqualTo(LocalDate.of(2016, 9, 5));
        assertThat(imported.attributes()).isEmpty();
    }

    @Test
    void fileNameDatesMayBeAMonthOrAYear() throws IOException {
        Path month = Files.writeString(dir.resolve("2013-06 government meeting.txt"), "Tax policy.");
        Path year = Files.writeString(dir.resolve("2013_medvedev.txt"), "Tax policy.");
        Path none = Files.writeString(dir.resolve("20130611.txt"), "Tax policy.");

        assertThat(reader.read(month).date()).isEqualTo(LocalDate.of(2013, 6, 1));
        assertThat(reader.read(month).title()).isEqualTo("government meeting");
        assertThat(reader.read(year).date()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(reader.read(none).date()).isNull();
        assertThat(reader.read(none).title()).isEqualTo("20130611");
    }
}
