package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A student who imported a declaration without its scenario and imported it again with `--scenario` and `--actor`,
 * to give it them, was told only "skipped: … same text as document 1 … already in the project, skipped": the details
 * given were dropped without a word, and Table 1 kept counting its passages under "No scenario". The import now says
 * the details given were not applied to the skipped documents and where they are changed.
 */
class DuplicateImportDetailsCliTest {
    @TempDir
    Path dir;

    @Test
    void detailsGivenForADocumentAlreadyInTheProjectAreSaidNotToBeApplied() throws Exception {
        Path project = dir.resolve("thesis.parallax");
        Cli.ok("new", project, "--codebook", "table1");
        Path text = Files.writeString(dir.resolve("declaration.txt"), "The Council met and agreed to talk again.");
        Cli.ok("import", project, text);

        Cli again = Cli.ok("import", project, text, "--scenario", "Institutionalized dialogue", "--actor", "NATO");

        assertThat(again.err()).contains("skipped: declaration.txt")
                .contains("--actor, --scenario given were not applied to the 1 document skipped")
                .contains("change a document's details with parallax document " + project + " DOC")
                .contains("Details tab");
        assertThat(Cli.ok("docs", project, "--format", "csv").out()).doesNotContain("Institutionalized dialogue");
    }

    @Test
    void aDuplicateImportedWithoutDetailsSaysNothingOfThem() throws Exception {
        Path project = dir.resolve("thesis.parallax");
        Cli.ok("new", project, "--codebook", "table1");
        Path text = Files.writeString(dir.resolve("declaration.txt"), "The Council met and agreed to talk again.");
        Cli.ok("import", project, text);

        Cli again = Cli.ok("import", project, text);

        assertThat(again.err()).contains("skipped: declaration.txt").doesNotContain("not applied");
    }
}
