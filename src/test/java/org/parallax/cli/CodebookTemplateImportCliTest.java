package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A student who made an empty project (`parallax new P`) and then wanted the study's codebook in it was told
 * "table1: cannot read file (table1)" by `codebook import P table1`, though `new P --codebook table1` takes the name.
 */
class CodebookTemplateImportCliTest {
    @TempDir
    Path dir;

    @Test
    void aBuiltInTemplateNamedInsteadOfAFileIsMergedIntoTheProject() {
        Path withTemplate = dir.resolve("made-with.parallax");
        Path empty = dir.resolve("empty.parallax");
        Cli.parallax("new", withTemplate, "--codebook", "table1");
        Cli.parallax("new", empty);
        assertThat(codes(empty)).isEmpty();

        Cli imported = Cli.parallax("codebook", "import", empty, "table1");

        assertThat(imported.err()).isEmpty();
        assertThat(imported.exit()).isZero();
        assertThat(codes(empty)).isNotEmpty().isEqualTo(codes(withTemplate));
        assertThat(Cli.parallax("check", empty).exit()).isZero();
    }

    @Test
    void aNameThatIsNeitherAFileNorATemplateIsRefusedInOneLine() {
        Path project = dir.resolve("p.parallax");
        Cli.parallax("new", project);

        Cli imported = Cli.parallax("codebook", "import", project, "tabel1");

        assertThat(imported.exit()).isNotZero();
        // Java's own words ("cannot read file (tabel1)") told a student who misspelt the template nothing of it.
        assertThat(imported.err().strip().lines()).hasSize(1).first().asString().contains("tabel1")
                .contains("no such file").contains("table1");
    }

    /** The codes' names, frames and keys as `codes --format csv` lists them, without their ids and counts. */
    private static java.util.List<String> codes(Path project) {
        Cli codes = Cli.parallax("codes", project, "--format", "csv");
        return codes.out().lines().skip(1).map(line -> line.split(",", -1))
                .map(cells -> cells[1] + "|" + cells[2] + "|" + cells[4]).toList();
    }
}
