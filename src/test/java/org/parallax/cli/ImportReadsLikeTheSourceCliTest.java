package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/** Imported Markdown is stored as reading text with its front matter as metadata; flags given on the command line win. */
class ImportReadsLikeTheSourceCliTest {
    private static final Path MADRID = Path.of("samples/texts/2022-06-29_biden_stoltenberg_joint_remarks_madrid_whitehouse.md");
    private static final Path TREATY = Path.of("samples/texts/1949-04-04_north_atlantic_treaty_en.md");

    @TempDir
    Path dir;

    @Test
    void frontMatterGivesTitleDateAndAttributesAndTheTextIsReadingText() {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();

        Cli imported = Cli.parallax("import", project, MADRID);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported 1\tRemarks by President\u00A0Biden and NATO Secretary General "
                + "Jens Stoltenberg | Madrid,\u00A0Spain");
        try (Workbench wb = Workbench.open(project)) {
            Document d = wb.documents().require(1);
            assertThat(d.meta().date()).isEqualTo(LocalDate.of(2022, 6, 29));
            assertThat(d.meta().attributes()).containsEntry("tags", "press-briefings")
                    .containsEntry("published_time", "2022-06-29 10:06:20-04:00").containsKey("source_url");
            assertThat(wb.documents().text(1)).startsWith("Institución Ferial de Madrid")
                    .doesNotContain("source_url", "published_time");
        }
    }

    @Test
    void titleAndDateGivenOnTheCommandLineWin() {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();

        Cli imported = Cli.parallax("import", project, TREATY, "--title", "Washington Treaty", "--date", "1949-08-24");

        assertThat(imported.exit()).as(imported.err()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            Document d = wb.documents().require(1);
            assertThat(d.title()).isEqualTo("Washington Treaty");
            assertThat(d.meta().date()).isEqualTo(LocalDate.of(1949, 8, 24));
            assertThat(wb.documents().text(1)).startsWith("NORTH ATLANTIC TREATY\n").doesNotContain("####");
        }
    }
}
