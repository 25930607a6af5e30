package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.MatrixValues;
import org.parallax.analysis.TextUnits;
import org.parallax.model.DocumentType;
import org.parallax.model.Frame;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.AgreementUnit;
import org.parallax.workbench.Workbench;

/** Common mistakes on the command line get one line that says what is allowed or what was meant. */
class CliMistakesTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void sampleProject() {
        project = dir.resolve("test.parallax");
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importSamples(wb);
        }
    }

    private Cli parallax(Object... args) {
        return Cli.parallax(args);
    }

    private static List<String> lowerNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void columnsByAnAttributeNoDocumentHasAreRefusedNamingTheAttributesThereAre() {
        Cli tally = parallax("tally", project, "--cols", "attr:nothing");
        assertThat(tally.exit()).isEqualTo(1);
        assertThat(tally.out()).doesNotContain("No nothing");
        assertThat(tally.err().strip().lines()).hasSize(1);
        assertThat(tally.err()).contains("No document has the attribute 'nothing'").contains("speaker")
                .doesNotContain("Exception");
        // The name as written: another case is told apart, with the attribute there is to choose.
        Cli otherCase = parallax("tally", project, "--cols", "attr:Speaker");
        assertThat(otherCase.exit()).isEqualTo(1);
        assertThat(otherCase.err()).contains("'Speaker'").contains("speaker");
    }

    @Test
    void aWrongColumnChoiceListsEveryColumnKindTheMatrixKnows() {
        Cli tally = parallax("tally", project, "--cols", "decade");
        assertThat(tally.exit()).isEqualTo(1);
        List<String> spellings = Arrays.stream(MatrixSpec.ColumnKind.values()).map(MatrixSpec.ColumnKind::spelling)
                .toList();
        assertThat(spellings).contains("period", "code", "attr:NAME");
        assertThat(tally.err()).contains("'decade'").contains(spellings).doesNotContain("Exception");
        // Every listed spelling really is accepted (period columns once the project has events to count by).
        assertThat(parallax("event", "template", project).exit()).isZero();
        for (String spelling : spellings) {
            String value = spelling.equals("attr:NAME") ? "attr:speaker" : spelling;
            assertThat(parallax("tally", project, "--cols", value).exit()).as(value).isZero();
        }
    }

    @Test
    void everyChoiceOptionListsAllItsValues() {
        assertThat(parallax("tally", project, "--measure", "x").err()).contains("--measure")
                .contains(MatrixValues.Measure.CHOICES.spellings());
        assertThat(parallax("tally", project, "--percent", "x").err())
                .contains(lowerNames(MatrixValues.Percentage.values()));
        assertThat(parallax("tally", project, "--rows", "x").err()).contains("frame", "code");
        assertThat(parallax("timeline", project, "--by", "x").err()).contains("year", "month", "period");
        assertThat(parallax("cooccurrence", project, "--by", "x").err()).contains(lowerNames(CoOccurrence.Mode.values()));
        assertThat(parallax("agreement", project, "--coders", "a,b", "--unit", "x").err())
                .contains(AgreementUnit.CHOICES.spellings());
        assertThat(parallax("autocode", project, "--query", "NATO", "--code", "Balance of power", "--scope", "x")
                .err()).contains(lowerNames(TextUnits.Scope.values()));
        assertThat(parallax("search", project, "NATO", "--sort", "x").err()).contains("document", "date", "actor");
        assertThat(parallax("coders", project, "--blind", "x").err()).contains("on", "off");
        assertThat(parallax("import", project, TestProjects.sampleTexts().get(0), "--type", "x").err())
                .contains(lowerNames(DocumentType.values()));
    }

    @Test
    void aWrongDateSaysHowToWriteOneWithoutJavaTypeNames() {
        for (Object[] wrong : List.of(new Object[] {"tally", project, "--from", "banana"},
                new Object[] {"timeline", project, "--to", "2022/02/24"},
                new Object[] {"report", project, dir.resolve("r.html"), "--from", "2001-02-30"},
                new Object[] {"import", project, dir.resolve("x.txt"), "--date", "24.02.2022"})) {
            Cli run = parallax(wrong);
            assertThat(run.exit()).as(Arrays.toString(wrong)).isNotZero();
            String firstLine = run.err().lines().findFirst().orElse("");
            assertThat(firstLine).as(Arrays.toString(wrong)).contains("is not a date; write it as YYYY-MM-DD")
                    .doesNotContain("java.time").doesNotContain("Exception");
        }
        assertThat(parallax("report", project, dir.resolve("r.html"), "--from", "2001-02-30").err())
                .contains("'2001-02-30' is not a date").contains("that day does not exist");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void aReportOfAReversedDateRangeOrOfAProjectWithoutPassagesSaysWhy() {
        Cli reversed = parallax("report", project, dir.resolve("r.html"), "--from", "2020-01-01", "--to", "2000-01-01");
        assertThat(reversed.exit()).isEqualTo(1);
        assertThat(reversed.err()).contains("The date range ends before it starts (from 2020-01-01 to 2000-01-01)");

        Cli empty = parallax("report", project, dir.resolve("r.html"));
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("Nothing selected: the project has no coded passages yet; ")
                .doesNotContain("matches every coded passage");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void anExportIntoAFolderThatDoesNotExistNamesTheFolder() {
        Path missing = dir.resolve("no-such-folder");
        for (Object[] export : List.of(new Object[] {"export", "csv", project, missing.resolve("p.csv")},
                new Object[] {"export", "csv", project, dir.resolve("p.csv"), "--matrix", missing.resolve("t.csv")},
                new Object[] {"export", "qdpx", project, missing.resolve("p.qdpx")},
                new Object[] {"export", "qdc", project, missing.resolve("p.qdc")},
                new Object[] {"codebook", "export", project, missing.resolve("c.json")},
                new Object[] {"codebook", "export", project, missing.resolve("c.html")})) {
            Cli cli = parallax(export);
            assertThat(cli.exit()).as(Arrays.toString(export)).isEqualTo(1);
            assertThat(cli.err()).as(Arrays.toString(export)).contains("the folder " + missing + " does not exist")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void codeNamesMatchIgnoringCaseWhenOnlyOneCodeFits() {
        Cli coded = parallax("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "balance OF power");
        assertThat(coded.exit()).as(coded.err()).isZero();
        assertThat(coded.out()).contains("\tBalance of power\t");
        Cli listed = parallax("segments", project, "--code", "BALANCE of power");
        assertThat(listed.out()).contains("Balance of power");
        assertThat(listed.out().lines().filter(l -> l.contains("Balance of power")).count()).isEqualTo(1);
    }

    @Test
    void anUnknownCodeNameSuggestsTheCodesMeant() {
        Cli typo = parallax("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "Balance of powr");
        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err()).contains("Unknown code 'Balance of powr'; did you mean 'Balance of power'?");

        Cli nothingClose = parallax("segments", project, "--code", "Zzyzx");
        assertThat(nothingClose.err()).contains("Unknown code 'Zzyzx'").doesNotContain("did you mean");
    }

    @Test
    void aNameThatFitsSeveralCodesOnlyByIgnoringCaseAsksForTheExactOne() {
        try (Workbench wb = Workbench.open(project)) {
            Frame realism = wb.codebook().current().frames().get(0);
            wb.codebook().addCode("Alliance", realism.id(), null, "#123456", null);
            wb.codebook().addCode("ALLIANCE", realism.id(), null, "#654321", null);
        }
        Cli ambiguous = parallax("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "alliance");
        assertThat(ambiguous.exit()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("'alliance' matches several codes")
                .contains("'Alliance'", "'ALLIANCE'");
        assertThat(parallax("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "ALLIANCE").exit())
                .isZero();
    }
}
