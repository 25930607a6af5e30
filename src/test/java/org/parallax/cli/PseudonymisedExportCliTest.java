package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NamedInterview;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;

/**
 * An interviewee's name planted in every text an analyst writes — hypothesis set, hypotheses, evidence
 * description, note and dependency group, an event, a code, memos of every kind — leaves no trace in any file a
 * pseudonymised export writes: passages CSV, REFI-QDA project, the tracing report in each of its formats, the
 * coded-text and memo reports, the Excel workbook and the memos export.
 */
class PseudonymisedExportCliTest {
    private static final String NAME = "Volkov";
    private static final String INTERVIEW = """
            Interviewer: Mr Volkov, how did the Permanent Joint Council work?
            Volkov: In 1998 the council met monthly, and we trusted each other.
            """;

    @TempDir
    Path dir;

    @Test
    void aNamePlantedInEveryTextTheAnalystWritesLeavesNoTraceInAnyPseudonymisedExport() throws Exception {
        Path project = plantedProject();
        String set = "Volkov's account";
        Map<String, List<Object>> exports = Map.of(
                "anon.csv", List.<Object>of("export", "csv", project, dir.resolve("anon.csv"), "--pseudonymise"),
                "anon.qdpx", List.<Object>of("export", "qdpx", project, dir.resolve("anon.qdpx"), "--pseudonymise"));
        for (var export : exports.entrySet()) {
            Cli run = Cli.parallax(export.getValue().toArray());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(NamedInterview.readable(dir.resolve(export.getKey()))).as(export.getKey()).doesNotContainIgnoringCase(NAME)
                    .contains("P01");
        }
        for (String format : List.of("html", "docx", "csv", "json", "svg")) {
            Path out = dir.resolve("tracing." + format);
            Cli run = Cli.parallax("export", "tracing", project, out, "--set", set, "--pseudonymise");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(NamedInterview.readable(out)).as(out.toString()).doesNotContainIgnoringCase(NAME);
        }
        assertThat(NamedInterview.readable(dir.resolve("tracing.html"))).contains("P01&#39;s account").contains("P01 lied")
                .contains("Talks with P01");
        assertThat(NamedInterview.readable(dir.resolve("tracing.svg"))).contains("P01 visits");

        Cli plain = Cli.parallax("export", "tracing", project, dir.resolve("plain.html"), "--set", set);
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(NamedInterview.readable(dir.resolve("plain.html"))).as("without the option the names stay").contains("Volkov lied");
    }

    @Test
    void aNamePlantedInEveryTextLeavesNoTraceInThePseudonymisedReportsWorkbookAndMemos() {
        Path project = plantedProject();
        List<List<Object>> exports = List.of(
                List.of("report", project, dir.resolve("report.docx")),
                List.of("report", project, dir.resolve("report.html"), "--by", "document"),
                List.of("report", project, dir.resolve("memos.docx"), "--memos"),
                List.of("report", project, dir.resolve("memos.html"), "--memos", "--by", "document"),
                List.of("export", "xlsx", project, dir.resolve("workbook.xlsx")),
                List.of("export", "memos", project, dir.resolve("memos.csv")),
                List.of("export", "memos", project, dir.resolve("memos.json")));
        for (List<Object> export : exports) {
            Path out = (Path) export.stream().filter(Path.class::isInstance).reduce((a, b) -> b).orElseThrow();
            List<Object> args = new java.util.ArrayList<>(export);
            args.add("--pseudonymise");
            Cli run = Cli.parallax(args.toArray());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(NamedInterview.readable(out)).as(out.toString()).doesNotContainIgnoringCase(NAME).contains("P01");
        }
        assertThat(NamedInterview.readable(dir.resolve("memos.csv"))).contains("P01 asked to stay anonymous");
        assertThat(NamedInterview.readable(dir.resolve("report.docx"))).contains("P01 sounds sincere");

        Cli plain = Cli.parallax("report", project, dir.resolve("plain.docx"));
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(NamedInterview.readable(dir.resolve("plain.docx"))).as("without the option the names stay")
                .contains("Volkov sounds sincere");
    }

    /**
     * A researcher who never marked an attribute sensitive asked for a pseudonymised file and got one "written" with
     * every name in it (exit 0): the window asks which attributes hold names, the command line replaced nothing.
     * Every pseudonymised export is now refused, naming the attribute to mark, and writes nothing.
     */
    @Test
    void aPseudonymisedExportWithNoAttributeMarkedSensitiveIsRefusedAndWritesNothing() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview.txt", INTERVIEW));
            wb.documents().updateMeta(doc, new DocumentMeta("Interview 7", LocalDate.of(2003, 5, 1),
                    DocumentType.INTERVIEW, "Russia", "en", null, Map.of("speaker", "Volkov")));
            wb.coding().code(doc, 0, 20, wb.codebook().code("Balance of power").id(), "Volkov speaks");
            wb.memos().set(MemoTarget.project(), "Ask Volkov again in May.");
            project = Path.of(wb.location());
        }
        List<List<Object>> exports = List.of(
                List.of("export", "csv", project, dir.resolve("anon.csv")),
                List.of("export", "qdpx", project, dir.resolve("anon.qdpx")),
                List.of("report", project, dir.resolve("anon.docx")),
                List.of("export", "xlsx", project, dir.resolve("anon.xlsx")),
                List.of("export", "memos", project, dir.resolve("anon.json")));
        for (List<Object> export : exports) {
            Path out = (Path) export.get(export.size() - 1);
            List<Object> args = new java.util.ArrayList<>(export);
            args.add("--pseudonymise");
            Cli run = Cli.parallax(args.toArray());
            assertThat(run.exit()).as(out + ": " + run.out()).isNotZero();
            assertThat(run.err()).contains("no document attribute is marked sensitive")
                    .contains("parallax sensitive " + project.toRealPath() + " speaker").doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }

    /** A project whose interviewee (attribute "speaker", marked sensitive) is named in every kind of text. */
    private Path plantedProject() {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "interview.txt", INTERVIEW));
            wb.documents().updateMeta(doc, new DocumentMeta("Interview 7", LocalDate.of(2003, 5, 1),
                    DocumentType.INTERVIEW, "Russia", "en", null, Map.of("speaker", "Volkov")));
            wb.exchange().markSensitive("speaker");
            String text = wb.documents().text(doc);
            int start = text.indexOf("In 1998");
            long code = wb.codebook().addCode("Volkov's trust", null, null, null, "What Volkov says of trust").id();
            Segment passage = wb.coding().code(doc, start, text.indexOf("other.") + 6, code, "Volkov sounds sincere");
            wb.memos().set(MemoTarget.project(), "Ask Volkov again in May.");
            wb.memos().set(MemoTarget.document(doc), "Volkov asked to stay anonymous.");
            wb.memos().set(MemoTarget.code(code), "Only Volkov's own words.");
            String set = "Volkov's account";
            wb.tracing().addHypothesis(set, "Volkov lied", "Volkov overstates the trust", 0.5, false);
            wb.tracing().addHypothesis(set, "Other", "Anything else", null, true);
            wb.tracing().addEvidence(new EvidenceRequest(set, List.of(passage.id()), null,
                    Map.of("Volkov lied", "unlikely", "Other", "even"), "Volkov on the council",
                    LocalDate.of(1998, 6, 1), "Volkov was there himself", "Talks with Volkov"));
            wb.tracing().addEvent(LocalDate.of(1999, 3, 1), "Volkov visits Brussels", "as Volkov told it");
            return Path.of(wb.location());
        }
    }
}
