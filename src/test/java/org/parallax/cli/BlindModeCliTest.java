package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * Blind coding in a project file: every command that lists, counts or exports passages shows only the active
 * coder's layer, as the window does, and says so in one line; comparing with a hidden layer is refused. Before,
 * the exports, listings and tallies held the first coder's passages that the window hid from the second.
 */
class BlindModeCliTest {
    /** The sample's second coder has 15 passages of the 71 (the analyst's 56). */
    private static final int OWN = 15;

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void blindSecondCoder() throws IOException {
        project = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("study.parallax"));
        Cli blind = Cli.parallax("coders", project, "--active", "second-coder", "--blind", "on");
        assertThat(blind.exit()).as(blind.err()).isZero();
    }

    @Test
    void exportsListingsAndTalliesHoldOnlyTheActiveCodersPassagesAndSaySo() throws Exception {
        Path csv = dir.resolve("passages.csv");
        Cli export = Cli.parallax("export", "csv", project, csv);
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(records(Files.readString(csv))).hasSize(OWN).allMatch(r -> r.get("coder").equals("second-coder"));
        assertThat(export.err().lines().toList()).singleElement().asString()
                .isEqualTo("blind mode is on: only second-coder's passages are shown; switch it off with: "
                        + "parallax coders " + project.toAbsolutePath() + " --blind off");

        Cli segments = Cli.parallax("segments", project, "--format", "csv");
        assertThat(records(segments.out())).hasSize(OWN).allMatch(r -> r.get("coder").equals("second-coder"));
        assertThat(segments.err()).contains("blind mode is on");

        Cli tally = Cli.parallax("tally", project, "--format", "csv");
        assertThat(tally.out().lines().filter(l -> l.startsWith("Total,")).toList()).singleElement().asString()
                .endsWith("," + OWN);
        assertThat(Cli.parallax("docs", project, "--format", "csv").out().lines().skip(1)
                .mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1))).sum()).isEqualTo(OWN);
        assertThat(Cli.parallax("report", project, dir.resolve("report.docx")).out())
                .contains("Report of " + OWN + " passages");

        Path qdpx = dir.resolve("study.qdpx");
        assertThat(Cli.parallax("export", "qdpx", project, qdpx).exit()).isZero();
        assertThat(codings(qdpx)).isEqualTo(OWN);

        // Switched off, everything is back and nothing is said.
        assertThat(Cli.parallax("coders", project, "--blind", "off").exit()).isZero();
        Cli all = Cli.parallax("export", "csv", project, csv);
        assertThat(records(Files.readString(csv))).hasSize(71);
        assertThat(all.err()).isEmpty();
    }

    /**
     * The workbook's Memos sheet listed every passage memo of the first coder, with the code, the passage's text
     * and the author, while the Memos tab and {@code export memos} hid them with the passages.
     */
    @Test
    void theWorkbooksMemosSheetHoldsNoMemoOfAPassageTheSecondCoderCannotSee() throws IOException {
        Path xlsx = dir.resolve("views.xlsx");
        Cli export = Cli.parallax("export", "xlsx", project, xlsx);
        assertThat(export.exit()).as(export.err()).isZero();

        String sheets = worksheets(xlsx);
        assertThat(sheets).contains("Self-help in an anarchic setting.")
                .doesNotContain("Collective defence pledge", ">analyst<");
    }

    /** `coders` told the second coder how many passages the first had coded (56), a count of a hidden layer. */
    @Test
    void codersCountsOnlyTheActiveCodersPassages() throws IOException {
        Cli coders = Cli.parallax("coders", project, "--format", "csv");
        assertThat(coders.exit()).as(coders.err()).isZero();

        assertThat(records(coders.out())).extracting(r -> r.get("coder") + "=" + r.get("passages"))
                .containsExactly("analyst=", "second-coder=" + OWN);
    }

    @Test
    void comparingWithAHiddenLayerIsRefusedInOneLine() {
        String[][] refused = {
            {"agreement", project.toString(), "--coders", "analyst,second-coder"},
            {"practice", project.toString(), "--doc", "1", "--coder", "second-coder", "--reference", "analyst"},
            {"tally", project.toString(), "--coder", "analyst"},
        };
        for (String[] command : refused) {
            Cli run = Cli.parallax((Object[]) command);
            assertThat(run.exit()).as(String.join(" ", command) + ": " + run.out()).isEqualTo(1);
            assertThat(run.out()).as(String.join(" ", command)).isEmpty();
            assertThat(run.err()).as(String.join(" ", command)).hasLineCount(1)
                    .contains("study.parallax is in blind mode: only second-coder's passages are shown",
                            "cannot read the passages of analyst (nothing was computed)",
                            "switch blind mode off with: parallax coders " + project.toAbsolutePath() + " --blind off")
                    .doesNotContain("Exception");
        }
        Cli own = Cli.parallax("tally", project, "--coder", "second-coder", "--format", "csv");
        assertThat(own.exit()).as(own.err()).isZero();
        assertThat(own.out()).contains("Total,0,3,5,7," + OWN);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
    }

    static String worksheets(Path xlsx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    all.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    private static long codings(Path qdpx) throws IOException {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    StandardCharsets.UTF_8);
            return Pattern.compile("<Coding ").matcher(qde).results().count();
        }
    }
}
