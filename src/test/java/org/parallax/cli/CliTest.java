package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.io.CodebookJson;
import org.parallax.io.CodebookTemplates;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

class CliTest {
    private static Cli parallax(Object... args) {
        return Cli.parallax(args);
    }

    @TempDir
    Path dir;

    @Test
    void helpListsTheSubcommands() {
        Cli help = parallax("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("new", "import", "docs", "segments", "codes", "codebook", "code", "uncode",
                "tally", "export", "search", "autocode", "bench");
    }

    @Test
    void benchRefusesAMissingCorpusAndABadScaleInOneLine() {
        Cli missing = parallax("bench", "--corpus", dir.resolve("no-such-folder"), "--work-folder", dir);
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err().strip()).contains("no-such-folder", "not a folder").doesNotContain("Exception", "\tat ");
        Cli scale = parallax("bench", "--scale", 0, "--work-folder", dir);
        assertThat(scale.exit()).isNotZero();
        assertThat(scale.err()).contains("--scale must be between 1 and 100").doesNotContain("\tat ");
    }

    @Test
    void aCommandThatRunsOutOfMemorySaysSoInOneLineWithTheRemedy() {
        // Two billion passages fit in no test heap: the batch's list of passages fails at once, after the bench has
        // imported its one document (bench --scale 10 under -Xmx512m printed a stack trace here).
        Cli bench = parallax("bench", "--documents", 1, "--document-bytes", 3000, "--segments", 2_000_000_000,
                "--repetitions", 1, "--work-folder", dir);
        assertThat(bench.exit()).isEqualTo(1);
        String[] lines = bench.err().strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("error: out of memory").contains("MiB", "-Xmx1g");
        assertThat(bench.err()).doesNotContain("\tat ", "OutOfMemoryError");
        // The steps before the failing one said their figures as each ended (bench --scale 10 printed none of its
        // first eleven steps' when step 12 ran out of memory).
        String err = bench.err();
        assertThat(err).contains("    Corpus generation: ", "    Import: ", "    Code one passage (durable): ");
        // Steps counted without their total, which grows as bench gains steps.
        assertThat(err.indexOf("    Import: ")).isBetween(err.indexOf("[2/"), err.indexOf("[3/"));
        assertThat(err.indexOf("    Code one passage (durable): ")).isBetween(err.indexOf("[3/"), err.indexOf("[4/"));
        assertThat(bench.out()).isEmpty();
    }

    @Test
    void everySubcommandExplainsItselfWithHelp() {
        for (String command : List.of("new", "import", "docs", "tally", "timeline", "agreement", "search")) {
            Cli help = parallax(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: parallax " + command);
            assertThat(help.err()).as(command).isEmpty();
        }
    }

    @Test
    void newImportCodeTallyAndExportWorkEndToEnd() throws IOException {
        Path project = dir.resolve("study.parallax");
        assertThat(parallax("new", project, "--codebook", "table1").exit()).isZero();
        Path readout = TestProjects.sampleText("2003-09-10");
        Cli imported = parallax("import", project, readout, "--type", "minutes", "--actor", "Russia",
                "--date", "2003-09-10", "--scenario", "Institutionalized dialogue");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 imported, 0 duplicates, 0 failed");

        String text;
        try (Workbench wb = Workbench.open(project)) {
            text = wb.documents().text(1);
        }
        int start = text.indexOf("NATO-Russia Council");
        Cli coded = parallax("code", project, "--doc", 1, "--start", start, "--end", start + 19,
                "--code", "Seeking a common language and community", "--coder", "anna", "--memo", "=SUM(A1)");
        assertThat(coded.exit()).as(coded.err()).isZero();
        assertThat(coded.out()).contains("NATO-Russia Council", "anna");

        Cli tally = parallax("tally", project, "--format", "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new java.io.StringReader(tally.out())).getRecords();
        assertThat(rows.get(0).toList()).startsWith("", "Partnership schemes / joint exercise",
                "Institutionalized dialogue", "Disbanding of institutional interaction", "No scenario");
        CSVRecord constructivism = rows.stream().filter(r -> r.get(0).equals("Constructivism")).findFirst().orElseThrow();
        assertThat(constructivism.get(2)).isEqualTo("1");
        assertThat(constructivism.get(1)).isEqualTo("0");

        Path csv = dir.resolve("passages.csv");
        Path matrix = dir.resolve("matrix.csv");
        assertThat(parallax("export", "csv", project, csv, "--matrix", matrix).exit()).isZero();
        try (Reader in = Files.newBufferedReader(csv)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().build().parse(in).getRecords();
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.get("text")).isEqualTo("NATO-Russia Council");
                assertThat(r.get("coder")).isEqualTo("anna");
                assertThat(r.get("scenario")).isEqualTo("Institutionalized dialogue");
                assertThat(r.get("frame")).isEqualTo("Constructivism");
                assertThat(r.get("memo")).isEqualTo("'=SUM(A1)");
                assertThat(r.get("start")).isEqualTo(String.valueOf(start));
            });
        }
        assertThat(Files.readString(matrix)).contains("Seeking a common language and community");

        Cli segments = parallax("segments", project, "--format", "json");
        assertThat(segments.out()).contains("\"text\" : \"NATO-Russia Council\"");
        assertThat(parallax("uncode", project, "--segment", 1).exit()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.coding().segments()).isEmpty();
        }
    }

    @Test
    void errorsGoToStderrWithANonZeroExitAndNameTheProblem() throws IOException {
        Path project = dir.resolve("p.parallax");
        parallax("new", project, "--codebook", "table1");
        Cli missing = parallax("docs", dir.resolve("nope.parallax"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.parallax: no such project file").doesNotContain("Exception");

        Cli unknownCode = parallax("code", project, "--doc", 1, "--start", 0, "--end", 3, "--code", "Hegemony");
        assertThat(unknownCode.exit()).isEqualTo(1);
        assertThat(unknownCode.err()).contains("Unknown code 'Hegemony'");

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Cli badImport = parallax("import", project, empty);
        assertThat(badImport.exit()).isEqualTo(1);
        assertThat(badImport.err()).contains("failed: empty.txt: ");

        assertThat(parallax("new", project).err()).contains("already exists");
        assertThat(parallax("tally").exit()).isEqualTo(2);
    }

    @Test
    void codebookExportThenImportIntoAnEmptyProjectReproducesIt() {
        Path first = dir.resolve("a.parallax");
        Path second = dir.resolve("b.parallax");
        Path json = dir.resolve("codebook.json");
        parallax("new", first, "--codebook", "table1");
        assertThat(parallax("codebook", "export", first, json).exit()).isZero();
        parallax("new", second);
        assertThat(parallax("codebook", "import", second, json).exit()).isZero();
        try (Workbench wb = Workbench.open(second)) {
            assertThat(wb.codebook().definition()).isEqualTo(CodebookTemplates.named("table1"));
        }
        assertThat(CodebookJson.read(json)).isEqualTo(CodebookTemplates.named("table1"));
    }

    @Test
    void listingsPrintAsAlignedTableCsvAndJson() {
        Path project = dir.resolve("p.parallax");
        parallax("new", project, "--codebook", "table1");
        parallax("import", project, TestProjects.sampleText("2002-11-11"));
        assertThat(parallax("docs", project).out().lines().findFirst().orElseThrow()).startsWith("id  title");
        assertThat(parallax("docs", project, "--format", "csv").out()).startsWith("id,title,date,type");
        assertThat(parallax("codes", project, "--format", "json").out()).contains("\"code\" : \"Balance of power\"");
    }

    @Test
    void searchPrintsKwicLinesAndAutocodeCodesEveryHitOnce() throws IOException {
        Path project = dir.resolve("p.parallax");
        parallax("new", project, "--codebook", "table1");
        parallax("import", project, TestProjects.sampleText("2003-09-10"), TestProjects.sampleText("2002-11-11"));
        Cli search = parallax("search", project, "\"NATO-Russia Council\"", "--format", "csv");
        assertThat(search.exit()).as(search.err()).isZero();
        List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().build()
                .parse(new java.io.StringReader(search.out())).getRecords();
        assertThat(lines).isNotEmpty().allSatisfy(r -> assertThat(r.get("hit")).isEqualTo("NATO-Russia Council"));

        Cli coded = parallax("autocode", project, "--query", "\"NATO-Russia Council\"", "--code",
                "Institutionalized dialogue", "--scope", "sentence", "--coder", "bot");
        assertThat(coded.out()).startsWith("coded ").contains("as bot");
        Cli again = parallax("autocode", project, "--query", "\"NATO-Russia Council\"", "--code",
                "Institutionalized dialogue", "--coder", "bot");
        assertThat(again.out()).startsWith("coded 0 passages");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.coding().segments()).hasSizeGreaterThanOrEqualTo(1);
        }
        Cli bad = parallax("search", project, "\"unclosed");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("never closed");
    }

    @Test
    void qdpxExportImportsIntoANewProjectWithTheSameTableOne() {
        Path sample = dir.resolve("sample.parallax");
        assertThat(parallax("sample", "--out", sample).exit()).isZero();
        Path qdpx = dir.resolve("sample.qdpx");
        Cli exported = parallax("export", "qdpx", sample, qdpx);
        assertThat(exported.exit()).isZero();
        assertThat(exported.out().strip()).isEqualTo("REFI-QDA project written to " + qdpx);
        Path copy = dir.resolve("copy.parallax");
        parallax("new", copy);
        Cli imported = parallax("import", copy, qdpx);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("15 documents added", "71 passages added");
        assertThat(parallax("tally", copy, "--format", "csv").out())
                .isEqualTo(parallax("tally", sample, "--format", "csv").out());
        Cli merged = parallax("merge", copy, qdpx);
        assertThat(merged.out()).contains("0 passages added", "71 already present");

        assertThat(parallax("sensitive", sample, "speaker").out()).contains("speaker");
        Path plain = dir.resolve("plain.csv");
        parallax("export", "csv", sample, plain);
        assertThat(plain).content().contains("Vladimir Putin");
        Path csv = dir.resolve("anon.csv");
        assertThat(parallax("export", "csv", sample, csv, "--pseudonymise").exit()).isZero();
        assertThat(csv).content().doesNotContain("Vladimir Putin").contains("P0");
    }

    @Test
    void tallyTimelineAndAgreementPrintTheAnalysesOfTheSample() throws IOException {
        Path sample = dir.resolve("sample.parallax");
        parallax("sample", "--out", sample);
        List<CSVRecord> byActor = CSVFormat.RFC4180.parse(new java.io.StringReader(parallax("tally", sample, "--cols",
                "actor", "--measure", "documents", "--format", "csv").out())).getRecords();
        assertThat(byActor.get(0).toList()).containsExactly("", "NATO", "Russia", "USA", "Total");
        CSVRecord total = byActor.get(byActor.size() - 1);
        assertThat(total.get(0)).isEqualTo("Total");
        // 15 sample documents: 2 NATO, 7 Russian, 6 US; every one of them has coded passages.
        assertThat(total.toList().subList(1, 5)).containsExactly("2", "7", "6", "15");

        Cli percent = parallax("tally", sample, "--percent", "row", "--coder", "analyst", "--format", "json");
        assertThat(percent.exit()).as(percent.err()).isZero();
        assertThat(percent.out()).contains("\"row\" : \"Realism\"");

        Cli timeline = parallax("timeline", sample, "--format", "csv");
        assertThat(timeline.out()).startsWith("period,passages,Realism,Realism share,Constructivism");
        assertThat(timeline.out()).contains("\n2007,");

        Cli agreement = parallax("agreement", sample, "--coders", "analyst,second-coder", "--format", "csv");
        assertThat(agreement.exit()).as(agreement.err()).isZero();
        assertThat(agreement.out()).contains("kappa", "percent agreement", "alpha");
        assertThat(parallax("agreement", sample, "--coders", "analyst,nobody").err()).contains("nobody");

        // The sample's overlapping passages of two codes are the analyst's and the second coder's readings of the
        // same words, no pair; its pairs by paragraph are one coder's.
        Cli byParagraph = parallax("cooccurrence", sample, "--by", "paragraph", "--format", "csv");
        List<CSVRecord> pairs = CSVFormat.RFC4180.builder().setHeader().build().parse(new java.io.StringReader(
                byParagraph.out())).getRecords();
        assertThat(pairs).isNotEmpty().allSatisfy(r -> {
            assertThat(Long.parseLong(r.get("count"))).isPositive();
            assertThat(Double.parseDouble(r.get("jaccard"))).isBetween(0.0, 1.0);
        });
        assertThat(byParagraph.err().strip()).isEqualTo("Count: paragraphs in which one coder coded both codes, once "
                + "for each such coder (two coders' codes in a paragraph are no pair).");
        Cli byOverlap = parallax("cooccurrence", sample);
        assertThat(byOverlap.out().strip()).isEqualTo("code  other code  count  jaccard\nCount: pairs of overlapping "
                + "passages of one coder (a passage overlapping another coder's is no pair).");
    }
}
