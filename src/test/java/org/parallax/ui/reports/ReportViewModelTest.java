package org.parallax.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.SegmentRow;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.ReportGrouping;
import org.parallax.workbench.ReportPreview;
import org.parallax.workbench.Reports;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

/** The Report window's choices narrow the preview and the saved file exactly as the `report` command does. */
class ReportViewModelTest {
    @TempDir
    static Path dir;
    static ProjectContext context;
    static RecordingDialogs dialogs = new RecordingDialogs();
    static List<SegmentRow> passages;

    @BeforeAll
    static void openSample() {
        Path project = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        context = new ProjectContext(new SynchronousTasks(), dialogs);
        context.setWorkbench(Workbench.open(project));
        passages = context.workbench().exports().segmentRows();
    }

    @AfterAll
    static void close() {
        context.workbench().close();
    }

    @Test
    void previewShowsTheFirstPageAndFollowsTheChoices() {
        ReportViewModel report = new ReportViewModel(context);
        report.load();
        assertThat(report.frames()).contains(ReportViewModel.ALL, "Realism");
        assertThat(report.preview().get(0)).isEqualTo(new ReportPreview.Line(ReportPreview.Kind.TITLE, "Coded passages"));
        assertThat(report.preview()).hasSize(ReportViewModel.PREVIEW_BLOCKS);
        assertThat(report.summaryProperty().get()).startsWith(passages.size() + " passages");

        report.frameProperty().set("Realism");
        report.groupingProperty().set(ReportGrouping.DOCUMENT);
        long realist = passages.stream().filter(p -> "Realism".equals(p.frame())).count();
        assertThat(report.summaryProperty().get()).startsWith(realist + " passage");
        SegmentRow first = passages.stream().filter(p -> "Realism".equals(p.frame())).findFirst().orElseThrow();
        assertThat(report.preview()).extracting(ReportPreview.Line::text).doesNotContain("Code definitions (")
                .anyMatch(t -> t.startsWith(first.title()));

        report.kindProperty().set(ReportViewModel.Kind.MEMOS);
        assertThat(report.preview().get(0).text()).isEqualTo("Memos");
    }

    /** A scenario's report counts more than Table 1's column (docs/reports.md): the window says why, in numbers. */
    @Test
    void aScenarioReportSaysHowItsCountDiffersFromTable1sColumn() {
        ReportViewModel report = new ReportViewModel(context);
        report.load();
        report.scenarioProperty().set("Institutionalized dialogue");
        long inScenario = passages.stream().filter(p -> "Institutionalized dialogue".equals(p.scenario())).count();
        org.parallax.model.Matrix table1 = context.workbench().analysis().table1();
        int column = table1.columns().stream().map(org.parallax.model.Matrix.Column::label).toList()
                .indexOf("Institutionalized dialogue");
        int counted = table1.columnTotal(column).segments();
        assertThat(counted).isPositive().isLessThan((int) inScenario);
        assertThat(report.summaryProperty().get()).startsWith(inScenario + " passages in the report. Table 1's "
                + "Institutionalized dialogue column counts " + counted + " of them; the other "
                + (inScenario - counted) + " mark where the scenario applies");

        report.frameProperty().set("Constructivism");
        assertThat(report.summaryProperty().get()).endsWith("passages in the report");

        // the window's choice box sets null while its list is refilled: that is "(all)", no failure
        report.frameProperty().set(ReportViewModel.ALL);
        report.scenarioProperty().set(null);
        assertThat(dialogs.errors).isEmpty();
        assertThat(report.summaryProperty().get()).isEqualTo(passages.size() + " passages in the report");
    }

    @Test
    void aDocumentAttributeNarrowsThePreviewToItsValue() {
        ReportViewModel report = new ReportViewModel(context);
        report.load();
        assertThat(report.attributes()).startsWith(ReportViewModel.ALL, "type", "actor", "language").contains("speaker");
        report.attributeProperty().set("type");
        assertThat(report.attributeValues()).contains(ReportViewModel.ALL, "speech", "treaty").doesNotContain("NATO");
        report.attributeValueProperty().set("speech");
        long speeches = passages.stream().filter(p -> p.type() != null && "speech".equals(p.type().label())).count();
        assertThat(speeches).isPositive().isLessThan(passages.size());
        assertThat(report.summaryProperty().get()).startsWith(speeches + " passage");

        report.attributeProperty().set("actor");
        assertThat(report.attributeValueProperty().get()).isEqualTo(ReportViewModel.ALL);
        assertThat(report.summaryProperty().get()).startsWith(passages.size() + " passages");
    }

    @Test
    void savingWritesTheChosenFormatInTheBackgroundAndSaysWhere() throws Exception {
        ReportViewModel report = new ReportViewModel(context);
        report.load();
        report.coderProperty().set(passages.get(0).coder());
        report.formatProperty().set(Reports.Format.DOCX);
        assertThat(report.suggestedName()).isEqualTo("report.docx");
        Path out = dir.resolve("report.docx");
        report.save(out);
        long byCoder = passages.stream().filter(p -> p.coder().equals(passages.get(0).coder())).count();
        assertThat(report.outcomeProperty().get()).isEqualTo("Report of " + byCoder + " passages written to " + out);
        assertThat(report.outcomeFailedProperty().get()).isFalse();
        try (XWPFDocument docx = new XWPFDocument(java.nio.file.Files.newInputStream(out))) {
            assertThat(docx.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle())).count())
                    .isEqualTo(byCoder);
        }
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * A report for someone who may not see the interviewees' names could only be saved with them from the window;
     * ticking "Pseudonymise the saved file" now writes the pseudonyms, as `report --pseudonymise` does.
     */
    @Test
    void aReportSavedPseudonymisedCarriesNoSensitiveValue() throws Exception {
        // A project of its own: marking an attribute writes to the project, which the other tests only read.
        Path project = java.nio.file.Files.createDirectories(dir.resolve("marked")).resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        ProjectContext marked = new ProjectContext(new SynchronousTasks(), new RecordingDialogs());
        marked.setWorkbench(Workbench.open(project));
        try {
            marked.workbench().exchange().markSensitive("speaker");
            ReportViewModel report = new ReportViewModel(marked);
            report.load();
            report.formatProperty().set(Reports.Format.DOCX);
            Path plain = dir.resolve("plain.docx");
            report.save(plain);
            assertThat(textOf(plain)).contains("Vladimir Putin");

            report.pseudonymiseProperty().set(true);
            Path out = dir.resolve("pseudonymised.docx");
            report.save(out);

            assertThat(report.outcomeFailedProperty().get()).as(report.outcomeProperty().get()).isFalse();
            assertThat(textOf(out)).doesNotContain("Vladimir Putin").containsPattern("President P\\d\\d met");
        } finally {
            marked.workbench().close();
        }
    }

    private static String textOf(Path docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(java.nio.file.Files.newInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            return text.toString();
        }
    }

    /**
     * The Report window covers the main window: a report that cannot be written says why in the Report window, in
     * one line naming the file, not in a dialog over the main window behind it.
     */
    @Test
    void aReportThatCannotBeWrittenSaysWhyInTheReportWindow() {
        ReportViewModel report = new ReportViewModel(context);
        report.load();
        Path missing = dir.resolve("no-such-folder");
        Path out = missing.resolve("report.html");
        report.formatProperty().set(Reports.Format.HTML);
        int errorsBefore = dialogs.errors.size();

        report.save(out);

        assertThat(report.outcomeFailedProperty().get()).isTrue();
        assertThat(report.outcomeProperty().get()).contains("report.html").contains(missing.toString())
                .doesNotContain("Exception").doesNotContain("\n");
        assertThat(dialogs.errors).hasSize(errorsBefore);
        assertThat(missing).doesNotExist();

        report.save(dir.resolve("report.html"));
        assertThat(report.outcomeFailedProperty().get()).isFalse();
        assertThat(report.outcomeProperty().get()).endsWith("written to " + dir.resolve("report.html"));
    }

    /** While the window is open its count follows the project and the choices stay; once closed, it lets go. */
    @Test
    void anOpenReportFollowsTheProjectUntilItCloses() {
        Path project = dir.resolve("followed.parallax");
        SampleProject.build(Path.of("samples"), project);
        ProjectContext own = new ProjectContext(new SynchronousTasks(), dialogs);
        try (Workbench wb = Workbench.open(project)) {
            own.setWorkbench(wb);
            ReportViewModel report = new ReportViewModel(own);
            report.open();
            String coder = wb.activeCoder().name();
            report.coderProperty().set(coder);
            int mine = (int) wb.exports().segmentRows().stream().filter(r -> r.coder().equals(coder)).count();
            assertThat(report.summaryProperty().get()).startsWith(mine + " passages");
            long doc = wb.documents().list().get(0).id();
            long code = wb.codebook().code("Balance of power").id();

            wb.coding().code(doc, 0, 20, code, null);
            assertThat(report.summaryProperty().get()).startsWith((mine + 1) + " passages");
            assertThat(report.coderProperty().get()).isEqualTo(coder);

            report.close();
            wb.coding().code(doc, 30, 50, code, null);
            assertThat(report.summaryProperty().get()).startsWith((mine + 1) + " passages");
            own.setWorkbench(null);
        }
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * A Report window left open on another coder's passages when blind mode is switched on: every later change in
     * the main window (each passage coded) popped the refusal "a filter by coder cannot read the passages of …".
     * The window now offers only the layers the active coder may read and goes back to them all.
     */
    @Test
    void blindModeSwitchedOnTakesAnotherCodersFilterAwayInsteadOfRefusingAtEveryChange() {
        Path project = dir.resolve("blind.parallax");
        SampleProject.build(Path.of("samples"), project);
        RecordingDialogs own = new RecordingDialogs();
        ProjectContext context = new ProjectContext(new SynchronousTasks(), own);
        try (Workbench wb = Workbench.open(project)) {
            context.setWorkbench(wb);
            wb.setActiveCoder("analyst");
            ReportViewModel report = new ReportViewModel(context);
            report.open();
            report.coderProperty().set("second-coder");

            wb.setBlindMode(true);
            wb.coding().code(wb.documents().list().get(0).id(), 0, 20, wb.codebook().code("Balance of power").id(),
                    null);

            assertThat(own.errors).isEmpty();
            assertThat(report.coderProperty().get()).isEqualTo(ReportViewModel.ALL);
            assertThat(report.coders()).containsExactly(ReportViewModel.ALL, "analyst");
            int mine = (int) wb.exports().segmentRows().stream().filter(r -> r.coder().equals("analyst")).count();
            assertThat(report.summaryProperty().get()).startsWith(mine + " passages");
            report.close();
            context.setWorkbench(null);
        }
    }

    /** Opening and closing the window again and again, with the project open all along, leaves no listener behind. */
    @Test
    void aClosedReportLeavesNoListenerWithTheProject() {
        int before = context.eventListenerCount();
        ReportViewModel report = new ReportViewModel(context);
        for (int i = 0; i < 3; i++) {
            report.open();
            assertThat(context.eventListenerCount()).isEqualTo(before + 1);
            report.close();
            assertThat(context.eventListenerCount()).isEqualTo(before);
        }
    }
}
