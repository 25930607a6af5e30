package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.MatrixValues;
import org.parallax.io.MatrixCsvExporter;
import org.parallax.io.MemoExporter;
import org.parallax.io.SegmentCsvExporter;
import org.parallax.io.SegmentRow;
import org.parallax.io.TableCsvExporter;
import org.parallax.io.TableSheet;
import org.parallax.io.XlsxWriter;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.model.ParallaxException;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/** Export use cases: coded passages and matrices as CSV. */
public final class Exports {
    private final Project project;
    private final Analysis analysis;

    Exports(Project project, Analysis analysis) {
        this.project = project;
        this.analysis = analysis;
    }

    /** Every coded passage flattened with its document, code, frame, scenario and coder. */
    public List<SegmentRow> segmentRows() {
        return segmentRows(false);
    }

    /** {@link #segmentRows()}, named as files name the coders ({@link #writtenRows()}) when {@code written}. */
    public List<SegmentRow> segmentRows(boolean written) {
        List<SegmentRow> rows = new ArrayList<>();
        (written ? writtenRows() : streamRows()).forEach(rows::add);
        return rows;
    }

    /**
     * The same rows, produced one at a time in document and offset order, so an export of hundreds of
     * thousands of passages holds one document's text at a time rather than every row.
     */
    private Iterable<SegmentRow> streamRows() {
        return rows(document -> true);
    }

    /**
     * {@link #streamRows()} as the files carry them: the coder, and the coder the assistant learnt from, named by
     * pseudonym while the project pseudonymises its coders ({@link CoderNaming}), for every writer of passages.
     */
    private Iterable<SegmentRow> writtenRows() {
        CoderNaming naming = CoderNaming.of(project);
        return mapped(streamRows(), naming::row);
    }

    /**
     * The rows of the documents {@code documents} admits, one at a time in document and offset order. The passages
     * are read from the columns the passage cache holds, through an array of their positions in that order: no copy of
     * them is made, and no text is read for a document left out.
     */
    Iterable<SegmentRow> rows(LongPredicate documents) {
        return rows(documents, project.documents.list(), (id, text) -> {
        });
    }

    /**
     * The rows of {@link #rows(LongPredicate)} over the documents as {@code listed}, telling {@code read} of each
     * document's text as it is read (once), so a caller that must look at the texts reads none of them again.
     */
    private Iterable<SegmentRow> rows(LongPredicate documents, List<Document> listed,
                                      BiConsumer<Long, String> read) {
        Codebook book = project.codebook.load();
        Map<Long, Code> codes = book.codesById();
        Map<Long, String> frames = new HashMap<>();
        book.frames().forEach(f -> frames.put(f.id(), f.name()));
        Map<Long, String> coders = new HashMap<>();
        project.coders.list().forEach(c -> coders.put(c.id(), c.name()));
        Map<Long, Document> byId = new HashMap<>();
        listed.forEach(d -> byId.put(d.id(), d));
        Map<Long, String> scenarioNames = new HashMap<>();
        book.scenarios().forEach(sc -> scenarioNames.put(sc.id(), sc.name()));
        // Which column Table 1 counts each passage in needs no words (when they were counted from the texts, that
        // took 0.7 s of a 200,000-passage export, docs/performance.md).
        Table1Scenarios scenarios = new Table1Scenarios(analysis.matrix(MatrixSpec.table1(), false));
        // Read a document at a time as the rows reach it: the whole project's provenance (about 300 bytes a record)
        // was millions of records beside the passages on a large project with an assistant layer.
        boolean anyProvenance = project.provenance.any();
        SegmentColumns segments = SegmentColumns.of(project.passages());
        int[] order = segments.positionsByDocumentAndStart();
        return () -> new Iterator<>() {
            private int next = skipToAdmitted(0);
            private long textOf = -1;
            private String text;
            private Document document;
            private Map<Long, Provenance> provenance = Map.of();

            private int skipToAdmitted(int from) {
                int i = from;
                while (i < order.length && !documents.test(segments.documentId(order[i]))) {
                    i++;
                }
                return i;
            }

            public boolean hasNext() {
                return next < order.length;
            }

            public SegmentRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Segment s = segments.get(order[next]);
                next = skipToAdmitted(next + 1);
                if (s.documentId() != textOf) {
                    text = project.documents.text(s.documentId());
                    document = byId.get(s.documentId());
                    textOf = s.documentId();
                    provenance = anyProvenance ? project.provenance.ofDocument(textOf) : Map.of();
                    read.accept(textOf, text);
                }
                Document d = document;
                Code code = codes.get(s.codeId());
                int column = scenarios.columnOf(s.id());
                String scenario = column >= 0 ? scenarios.label(column) : code.isScenarioCode()
                        ? scenarioNames.get(code.scenarioId()) : d.meta().scenario();
                Provenance suggested = provenance.isEmpty() ? null : provenance.get(s.id());
                return new SegmentRow(s.id(), d.id(), d.title(), d.meta().date(), d.meta().type(), d.meta().actor(),
                        scenario, code.id(), code.name(), code.frameId() == null ? null : frames.get(code.frameId()),
                        coders.get(s.coderId()), s.start(), s.end(), text.substring(s.start(), s.end()), s.memo(),
                        s.created(), suggested == null ? null : suggested.describe());
            }
        };
    }

    /**
     * Writes the passages CSV with the values of sensitive attributes replaced by stable pseudonyms (P01, P02, ...)
     * in every text column ({@link Exchange#markSensitive(String)}), and returns the warnings the user must read
     * before handing the file on: the parts of sensitive values left in any document's text or any other text of the
     * project ({@link PartsLeftAlone}). The documents are listed once and each text read once, rows written as they
     * are made.
     */
    public List<String> segmentsCsvPseudonymised(Path out, boolean neutraliseFormulas) {
        List<Document> listed = project.documents.list();
        Pseudonyms pseudonyms = Pseudonyms.of(project, listed);
        PartsLeftAlone parts = new PartsLeftAlone(project, listed);
        Set<Long> looked = new HashSet<>();
        Map<Long, Document> byId = new HashMap<>();
        listed.forEach(d -> byId.put(d.id(), d));
        Iterable<SegmentRow> rows = rows(document -> true, listed, (id, text) -> {
            looked.add(id);
            parts.look(byId.get(id), text);
        });
        CoderNaming naming = CoderNaming.of(project);
        new SegmentCsvExporter(neutraliseFormulas).write(mapped(rows, r -> pseudonymised(naming.row(r), pseudonyms)),
                out);
        if (parts.wanted()) {
            // The documents without a passage hold the parts as much as those the rows read.
            listed.stream().filter(d -> !looked.contains(d.id()))
                    .forEach(d -> parts.look(d, project.documents.text(d.id())));
        }
        parts.lookBeyondTexts();
        return parts.lines();
    }

    /** Every text column, not only the likely ones: a code, an actor or a coder may be named after a person too. */
    private static SegmentRow pseudonymised(SegmentRow r, Pseudonyms pseudonyms) {
        return new SegmentRow(r.segmentId(), r.documentId(), pseudonyms.text(r.title()), r.date(), r.type(),
                pseudonyms.text(r.actor()), pseudonyms.text(r.scenario()), r.codeId(), pseudonyms.text(r.code()),
                pseudonyms.text(r.frame()), pseudonyms.text(r.coder()), r.start(), r.end(), pseudonyms.quote(r.text()),
                pseudonyms.text(r.memo()), r.created(), pseudonyms.text(r.provenance()));
    }

    public void segmentsCsv(Path out, boolean neutraliseFormulas) {
        if (project.pseudonymises(false)) {
            segmentsCsvPseudonymised(out, neutraliseFormulas);
            return;
        }
        Pseudonyms coders = Pseudonyms.coders(project);
        new SegmentCsvExporter(neutraliseFormulas).write(coders.active() ? mapped(writtenRows(),
                r -> pseudonymised(r, coders)) : writtenRows(), out);
    }

    /**
     * The passages as a spreadsheet table with the columns of the passages CSV, rows produced one at a time
     * (a workbook of 200,000 passages streams within a small heap).
     */
    public TableSheet passagesSheet() {
        return new TableSheet("Passages", SegmentCsvExporter.HEADER,
                mapped(writtenRows(), SegmentCsvExporter::cells), SegmentCsvExporter.QUOTED);
    }

    /** {@code rows} each turned by {@code map} as it is reached, none held. */
    private static <T, R> Iterable<R> mapped(Iterable<T> rows, Function<T, R> map) {
        return () -> new Iterator<>() {
            private final Iterator<T> it = rows.iterator();

            public boolean hasNext() {
                return it.hasNext();
            }

            public R next() {
                return map.apply(it.next());
            }
        };
    }

    /**
     * The case-by-code table for statistics software: one row per {@code unit} (document, paragraph or
     * sentence), one 0/1 column per code (or passage counts with {@code counts}); no codes means every code.
     */
    public TableSheet unitTable(String unit, List<String> codeNames, boolean counts) {
        UnitTable.Unit kind = UnitTable.Unit.CHOICES.parse(unit, "--unit");
        Codebook book = project.codebook.load();
        List<Code> codes = codeNames == null || codeNames.isEmpty() ? book.codes()
                : codeNames.stream().map(n -> org.parallax.model.CodeNames.require(book, n)).distinct().toList();
        return new UnitTable(project).sheet(kind, codes, counts);
    }

    /** One quote per row with the codebook path (frame, parent, code) in columns. */
    public TableSheet quotesSheet() {
        return QuoteRows.sheet(project.codebook.load(), writtenRows());
    }

    /**
     * Writes a table as CSV (formula guard on unless turned off) or, for a name ending in .xlsx, as an Excel
     * workbook; returns how many cells Excel's limit cut.
     */
    public int table(TableSheet table, Path out, boolean formulaGuard) {
        if (out.getFileName() != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".xlsx")) {
            return xlsx(List.of(table), out);
        }
        new TableCsvExporter().write(PseudonymisedOutput.of(project).sheet(table), out, formulaGuard);
        return 0;
    }

    /** The codes with their frequencies, as `codes` lists them. */
    public TableSheet codesTable() {
        return ViewTables.codes(project.codebook.load(), analysis.frequencies());
    }

    /**
     * The documents with metadata and passage counts, as `docs` lists them. The database counts the passages: loading
     * all of them to count was nine tenths of a `docs` on a project with 200,000 (docs/performance.md). In blind mode
     * only the active coder's count, from the passages in memory.
     */
    public TableSheet documentsTable() {
        if (!project.blind()) {
            return ViewTables.documents(project.documents.list(), project.segments.countsByDocument());
        }
        Map<Long, Integer> counts = new HashMap<>();
        project.passages().forEach(s -> counts.merge(s.documentId(), 1, Integer::sum));
        return ViewTables.documents(project.documents.list(), counts);
    }

    /**
     * Every view as a sheet: passages (streamed), Table 1 as passages and as documents over the coders
     * {@code table1Layers} names ({@link #table1Sheets}), codes, documents, the timeline by year, co-occurrence by
     * overlap, memos.
     */
    public List<TableSheet> workbook(MatrixSpec.Filter table1Layers) {
        List<TableSheet> sheets = new ArrayList<>(List.of(passagesSheet()));
        sheets.addAll(table1Sheets(table1Layers));
        sheets.addAll(List.of(codesTable(), documentsTable(),
                ViewTables.timeline(analysis.timeline(new MatrixSpec(MatrixSpec.Rows.frames(),
                        MatrixSpec.Columns.of(MatrixSpec.ColumnKind.YEAR), MatrixSpec.Filter.NONE))),
                ViewTables.cooccurrence(analysis.cooccurrence(CoOccurrence.Mode.OVERLAP, List.of(),
                        MatrixSpec.Filter.NONE)),
                new TableSheet("Memos", MemoExporter.HEADER, new MemoRows(project).written(project.visibleMemos())
                        .stream().map(MemoExporter::cells).toList(), MemoExporter.QUOTED)));
        return sheets;
    }

    /** {@link #workbook(MatrixSpec.Filter)}, pseudonymised in every text cell of every sheet when asked. */
    public List<TableSheet> workbook(MatrixSpec.Filter table1Layers, boolean pseudonymise) {
        if (!pseudonymise) {
            return workbook(table1Layers);
        }
        PseudonymisedOutput output = new PseudonymisedOutput(Pseudonyms.of(project));
        return workbook(table1Layers).stream().map(output::sheet).toList();
    }

    /**
     * Table 1 over the coders {@code layers} names (none: the layers counted by default, ADR 0019) as a sheet of
     * passage counts and one of document counts, each with the line under it that names the layers counted, as the
     * Table 1 tab, `tally` and the Table 1 CSV's message say it: a workbook passed on said nothing of whose passages
     * it counted.
     */
    public List<TableSheet> table1Sheets(MatrixSpec.Filter layers) {
        Matrix table1 = analysis.matrix(MatrixSpec.table1().withFilter(layers));
        String counted = CoderNaming.of(project).layers(analysis.layers(layers)).sentence();
        return List.of(table1(table1, MatrixValues.Measure.PASSAGES, "Table 1").noting(counted),
                table1(table1, MatrixValues.Measure.DOCUMENTS, "Table 1 documents").noting(counted));
    }

    private static TableSheet table1(Matrix table1, MatrixValues.Measure measure, String name) {
        return ViewTables.matrix(name, MatrixValues.of(table1, measure, MatrixValues.Percentage.NONE));
    }

    /**
     * Refuses a picture of the window (PNG) while the session pseudonymises its output: the picture shows the names
     * the window shows, and no label in it can be replaced; the SVG of the same chart is pseudonymised. While only the
     * coders are pseudonymised, a picture is refused when one of the texts it {@code shows} writes a coder's name (a
     * code, an event, an attribute's value an analyst named after a coder): the picture holds no coder's name of its
     * own making, as no chart has a coder's legend or column.
     */
    public void refusePictureHoldingNames(Path out, List<String> shows) {
        if (project.pseudonymises(false)) {
            throw new ParallaxException(out.getFileName() + ": not written: a PNG is a picture of "
                    + "the window, which shows the real names, and exports are being pseudonymised; save the chart "
                    + "as SVG, whose labels carry the pseudonyms");
        }
        Pseudonyms coders = Pseudonyms.coders(project);
        if (coders.active() && shows.stream().anyMatch(text -> !coders.text(text).equals(text))) {
            throw new ParallaxException(out.getFileName() + ": not written: a PNG is a picture of the window, and a "
                    + "label it shows writes a coder's name, which the project's files replace while its coders are "
                    + "pseudonymised; save the chart as SVG, whose labels carry the pseudonyms");
        }
    }

    /** The sheet as a written file carries it: pseudonymised while the session pseudonymises its output. */
    public TableSheet asWritten(TableSheet sheet) {
        return PseudonymisedOutput.of(project).sheet(sheet);
    }

    /**
     * A line printed under a pseudonymised listing (which layers a count counts, which coders were compared), as a
     * written file carries it: it named the coders and values the listing above it replaced.
     */
    public String asWritten(String line) {
        return PseudonymisedOutput.of(project).text(line);
    }

    /**
     * The line naming the layers a count over {@code filter} reads, as a file written for an export that {@code asked}
     * to be pseudonymised carries it: each coder named by the name or pseudonym the file gives them.
     */
    public String layersAsWritten(MatrixSpec.Filter filter, boolean asked) {
        return asWritten(CoderNaming.of(project).layers(analysis.layers(filter)).sentence(), asked);
    }

    /** The coder {@code name} as files name them: by pseudonym while the project pseudonymises its coders. */
    public String coderAsWritten(String name) {
        return CoderNaming.of(project).coder(name);
    }

    /** {@link #asWritten(String)} for an export that {@code asked} to be pseudonymised. */
    public String asWritten(String line, boolean asked) {
        return PseudonymisedOutput.of(project, asked).text(line);
    }

    /** Writes tables as an Excel workbook, one sheet each; returns how many cells were cut at Excel's limit. */
    public int xlsx(List<TableSheet> sheets, Path out) {
        return XlsxWriter.write(PseudonymisedOutput.of(project).sheets(sheets), out);
    }

    public void matrixCsv(Matrix matrix, Path out, MatrixCsvExporter.Counts counts, boolean neutraliseFormulas) {
        new MatrixCsvExporter(counts, neutraliseFormulas).write(PseudonymisedOutput.of(project).matrix(matrix), out);
    }

    /** The matrix as CSV with segment and document counts and formula-like labels neutralised, as the UI saves it. */
    public void matrixCsv(Matrix matrix, Path out) {
        matrixCsv(matrix, out, MatrixCsvExporter.Counts.BOTH, true);
    }

    /** A table as a view shows it (header, then rows of texts) as CSV, formula-like cells neutralised. */
    public void tableCsv(List<String> header, List<List<String>> rows, Path out) {
        PseudonymisedOutput output = PseudonymisedOutput.of(project);
        new TableCsvExporter().write(output.texts(header), rows.stream().map(output::texts).toList(), out);
    }

    /** A table as a view shows it (header, then rows of texts) as an Excel sheet, numeric columns as numbers. */
    public int tableXlsx(String name, List<String> header, List<List<String>> rows, Path out) {
        return xlsx(List.of(ViewTables.fromTexts(name, header, rows)), out);
    }

    /** The passages sheet alone as an Excel workbook; returns how many cells Excel's limit cut. */
    public int passagesXlsx(Path out) {
        return xlsx(List.of(passagesSheet()), out);
    }

    /** Table 1 over the coders {@code layers} names as an Excel workbook ({@link #table1Sheets}). */
    public int table1Xlsx(MatrixSpec.Filter layers, Path out) {
        return xlsx(table1Sheets(layers), out);
    }

    /** A timeline as `timeline --format csv` has it: CSV, or an Excel sheet for a name ending in .xlsx. */
    public int timeline(org.parallax.analysis.Timeline timeline, Path out) {
        return table(ViewTables.timeline(timeline), out, true);
    }

    /** Every view as an Excel workbook ({@link #workbook(MatrixSpec.Filter)}); returns how many cells were cut. */
    public int workbookXlsx(MatrixSpec.Filter table1Layers, Path out) {
        return xlsx(workbook(table1Layers), out);
    }
}
