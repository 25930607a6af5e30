package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NamedInterview;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.ImportReport;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/**
 * A coder whose login is short and spelt like an ordinary word but for a doubled letter ("ann" beside the article
 * "an") goes out of no file written while the project pseudonymises its coders: not as the coder of a passage in a
 * report, not as the coder the assistant learnt from in a passage's provenance, not in the line naming the layers
 * counted; each file names the coder by the pseudonym instead, and no export warns of the login where its texts only
 * write "an". A report named her "coded by ann" and the passages CSV "coder=ann": the login read as the ordinary word.
 */
class ShortCoderLoginInFilesCliTest {
    /** The login as a word, in any case; "an", "annual" or "planned" are not it. */
    private static final Pattern LOGIN = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])ann(?![\\p{L}\\p{N}])");

    @TempDir
    Path dir;

    @Test
    void aShortLoginSpeltLikeAnOrdinaryWordGoesOutOfNoFileAndItsPseudonymStandsInstead() throws Exception {
        Path project = AssistantFixture.create(dir, 6, 0, "ann");
        Path statement = TestProjects.textFile(dir, "statement.txt", "It was an open question in an annual review. "
                + "An answer came an hour later, and an envoy planned an answer of his own.\n");
        try (Workbench wb = Workbench.open(project)) {
            ImportReport imported = wb.documents().importFiles(ImportRequest.of(List.of(statement)),
                    TaskProgress.NONE);
            wb.setActiveCoder("bob");
            wb.coding().code(imported.imported().get(0).id(), 0, 44,
                    wb.codebook().code(AssistantFixture.POWER).id(), null);
        }
        Cli.ok("assistant", "run", project, "--coder", "ann");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        String ann = pseudonym(Cli.ok("coders", project, "--format", "csv").out(), "ann");

        Path report = dir.resolve("r.html");
        Path passages = dir.resolve("p.csv");
        Path table1 = dir.resolve("t.csv");
        Path workbook = dir.resolve("w.xlsx");
        Cli.ok("report", project, report);
        Cli csv = Cli.ok("export", "csv", project, passages, "--matrix", table1);
        Cli xlsx = Cli.ok("export", "xlsx", project, workbook);

        for (Path file : List.of(report, passages, table1, workbook)) {
            String text = NamedInterview.readable(file);
            assertThat(LOGIN.matcher(text).results().map(m -> text.substring(Math.max(0, m.start() - 40),
                    Math.min(text.length(), m.end() + 40))).toList()).as(file.getFileName().toString()).isEmpty();
        }
        assertThat(NamedInterview.readable(report)).contains("coded by " + ann)
                .containsPattern("Counting [^.:<]*" + Pattern.quote(ann));
        assertThat(NamedInterview.readable(passages)).contains("coder=" + ann + " seed=");
        assertThat(csv.out() + csv.err() + xlsx.out() + xlsx.err()).doesNotContainPattern(LOGIN.pattern());
    }

    /** The pseudonym the `coders` listing (CSV: id, coder, passages, active, in files) gives the coder {@code name}. */
    private static String pseudonym(String listing, String name) {
        return listing.lines().map(l -> l.split(",", -1)).filter(cells -> cells.length == 5 && cells[1].equals(name))
                .findFirst().map(cells -> cells[4]).orElseThrow(() -> new AssertionError(listing));
    }
}
