package org.parallax.workbench;

import java.util.ArrayList;
import java.util.List;
import org.parallax.io.ReportDocument;
import org.parallax.io.ReportDocument.Definition;
import org.parallax.io.ReportDocument.Entry;
import org.parallax.io.ReportDocument.Section;
import org.parallax.io.TableSheet;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.CodebookDefinition.ScenarioDefinition;
import org.parallax.model.Matrix;
import org.parallax.model.MemoRow;

/**
 * Reports, spreadsheet tables and memo rows with every text they hold passed through the project's pseudonyms, just
 * before they are written, so a report, workbook or memo export handed on carries no sensitive value wherever it
 * stands: headings, citations, quotes, memos, labels and cells alike (docs/refi-qda.md#pseudonymised-export).
 */
final class PseudonymisedOutput {
    private final Pseudonyms pseudonyms;

    PseudonymisedOutput(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /**
     * What every writer passes its output through: the project's pseudonyms while the session pseudonymises its
     * output ({@link Workbench#pseudonymiseOutput}), otherwise only the coders' while the project pseudonymises them
     * ({@link CoderPseudonyms}), or texts unchanged.
     */
    static PseudonymisedOutput of(Project project) {
        return of(project, false);
    }

    /** {@link #of(Project)}, also pseudonymising when this one export {@code asked} for it. */
    static PseudonymisedOutput of(Project project, boolean asked) {
        return new PseudonymisedOutput(project.pseudonymises(asked) ? Pseudonyms.of(project)
                : Pseudonyms.coders(project));
    }

    /** Whether any text is replaced. */
    boolean active() {
        return pseudonyms.active();
    }

    Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    ReportDocument report(ReportDocument r) {
        return new ReportDocument(text(r.title()), r.unit(), texts(r.selection()),
                r.definitions().stream().map(d -> new Definition(text(d.code()), text(d.frame()),
                        text(d.definition()), text(d.inclusion()), text(d.exclusion()))).toList(),
                r.sections().stream().map(this::section).toList());
    }

    private Section section(Section s) {
        ReportDocument.Table table = s.table() == null ? null : new ReportDocument.Table(texts(s.table().header()),
                s.table().rows().stream().map(this::texts).toList());
        return new Section(text(s.heading()), s.subsections().stream().map(this::section).toList(),
                s.entries().stream().map(e -> new Entry(text(e.label()), text(e.body()), quote(e.quote()),
                        text(e.citation()), text(e.note()), texts(e.points()))).toList(), table, s.counted());
    }

    /**
     * The sheet with its text cells pseudonymised as its rows are produced, so a large sheet still streams. A column
     * quoting the documents ({@link TableSheet#quoted}) is passed as a quote: the documents' words keep a coder's name
     * that is also an ordinary word ("mark the date").
     */
    TableSheet sheet(TableSheet sheet) {
        boolean[] quoting = new boolean[sheet.header().size()];
        for (int i = 0; i < quoting.length; i++) {
            quoting[i] = sheet.quoted().contains(sheet.header().get(i));
        }
        Iterable<List<Object>> rows = () -> new java.util.Iterator<>() {
            private final java.util.Iterator<List<Object>> from = sheet.rows().iterator();

            public boolean hasNext() {
                return from.hasNext();
            }

            public List<Object> next() {
                List<Object> cells = new ArrayList<>(from.next());
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) instanceof String s) {
                        cells.set(i, i < quoting.length && quoting[i] ? quote(s) : text(s));
                    }
                }
                return cells;
            }
        };
        // Still marked: a sheet passed through again (the session's pseudonyms, then the coders') keeps its quotes.
        return new TableSheet(text(sheet.name()), texts(sheet.header()), rows,
                sheet.quoted().stream().map(this::text).collect(java.util.stream.Collectors.toSet()),
                text(sheet.note()));
    }

    List<TableSheet> sheets(List<TableSheet> sheets) {
        return active() ? sheets.stream().map(this::sheet).toList() : sheets;
    }

    /** The matrix with its row and column labels (codes, frames, scenarios, documents) pseudonymised. */
    Matrix matrix(Matrix m) {
        return active() ? m.relabelled(this::text) : m;
    }

    /** The codebook with every name, description, rule and anchor example (quote and document) pseudonymised. */
    CodebookDefinition definition(CodebookDefinition d) {
        return new CodebookDefinition(text(d.name()), d.frames().stream().map(f -> new FrameDefinition(text(f.name()),
                text(f.description()), f.color(), codes(f.codes()))).toList(), d.scenarios().stream()
                .map(sc -> new ScenarioDefinition(text(sc.name()), text(sc.description()))).toList());
    }

    private List<CodeDefinition> codes(List<CodeDefinition> codes) {
        return codes.stream().map(c -> new CodeDefinition(text(c.name()), c.color(), text(c.definition()),
                c.shortcut(), texts(c.expectedScenarios()), codes(c.children()), text(c.inclusion()),
                text(c.exclusion()), c.anchors().stream().map(a -> new AnchorExample(text(a.document()), a.date(),
                        quote(a.quote()))).toList())).toList();
    }

    MemoRow memo(MemoRow r) {
        return new MemoRow(r.memoId(), r.kind(), r.targetId(), text(r.about()), r.documentId(), text(r.document()),
                r.codeId(), text(r.code()), quote(r.passage()), text(r.author()), text(r.lastEditedBy()), r.created(), r.modified(),
                text(r.text()));
    }

    String text(String text) {
        return pseudonyms.text(text);
    }

    private String quote(String text) {
        return pseudonyms.quote(text);
    }

    List<String> texts(List<String> texts) {
        return texts.stream().map(this::text).toList();
    }
}
