package org.parallax.workbench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import org.parallax.analysis.MatrixSpec;
import org.parallax.io.DocxReport;
import org.parallax.io.HtmlReport;
import org.parallax.io.ReportDocument;
import org.parallax.io.SegmentRow;
import org.parallax.model.AttributeMatch;
import org.parallax.model.Codebook;
import org.parallax.model.CodeNames;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.model.Frame;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;

/** Report use cases: coded-text and memo reports a researcher can put in a thesis, as DOCX or HTML (docs/reports.md). */
public final class Reports {
    /** The formats a report is written in, by the output file's extension. */
    public enum Format { DOCX, HTML }

    private final Project project;
    private final Exports exports;
    private final Memos memos;
    private final Analysis analysis;

    Reports(Project project, Exports exports, Memos memos, Analysis analysis) {
        this.project = project;
        this.analysis = analysis;
        this.exports = exports;
        this.memos = memos;
    }

    /**
     * The coded-text report of the selected passages. A name that matches no frame, code, scenario or coder,
     * or a document id that does not exist, is a {@link ParallaxException} saying so.
     */
    public ReportDocument codedText(ReportSelection selection, ReportGrouping grouping) {
        Codebook book = project.codebook.load();
        Admission admits = admission(selection, book);
        // Only the selected documents' passages are made into rows (a report of a few documents out of 10,000 read
        // every text and held every row before filtering, issue 18).
        List<SegmentRow> rows = new ArrayList<>();
        // Selected by the coders' own names, then cited as the report names them.
        CoderNaming naming = CoderNaming.of(project);
        for (SegmentRow row : exports.rows(admits.documents())) {
            if (admits.rows().test(row)) {
                rows.add(naming.row(row));
            }
        }
        long documents = rows.stream().mapToLong(SegmentRow::documentId).distinct().count();
        List<String> lines = new ArrayList<>(List.of("Selection: " + selection.describe() + ".",
                Counted.of(rows.size(), "passage") + " from " + Counted.of(documents, "document")
                        + ", grouped by " + grouping.words() + "."));
        String layers = naming.layers(admits.layers()).sentence();
        if (!layers.isEmpty()) {
            lines.add(layers);
        }
        lines.add("Written by Parallax from " + project.displayName() + " on " + LocalDate.now() + ".");
        return new CodedReport(book, grouping).build("Coded passages", lines, rows);
    }

    /**
     * Writes the coded-text report to {@code out} as DOCX or HTML by its extension and returns how many
     * passages it quotes; when nothing matches the selection no file is written and a {@link ParallaxException}
     * says so.
     */
    public int writeCodedText(ReportSelection selection, ReportGrouping grouping, Path out) {
        return writeCodedText(selection, grouping, out, false);
    }

    /**
     * {@link #writeCodedText(ReportSelection, ReportGrouping, Path)}, with {@code pseudonymise} every text of the report
     * (quotes, citations, memos, headings) carrying the pseudonyms of sensitive values instead of the values.
     */
    public int writeCodedText(ReportSelection selection, ReportGrouping grouping, Path out, boolean pseudonymise) {
        Format format = format(out);
        ReportDocument report = pseudonymised(codedText(selection, grouping), pseudonymise);
        if (report.entryCount() == 0) {
            throw new ParallaxException("Nothing selected: " + (selection.isEverything()
                    ? "the project has no coded passages yet" : "no coded passage matches " + selection.describe())
                    + "; " + out + " was not written");
        }
        write(report, format, out);
        return report.entryCount();
    }

    /** The first {@code blocks} blocks of the coded-text report, for a preview. */
    public ReportPreview codedTextPreview(ReportSelection selection, ReportGrouping grouping, int blocks) {
        return ReportPreview.of(codedText(selection, grouping), blocks);
    }

    /** The first {@code blocks} blocks of the memo report, for a preview. */
    public ReportPreview memosPreview(String grouping, int blocks) {
        return ReportPreview.of(memos(grouping), blocks);
    }

    /** Every memo (journal, documents, codes, passages with the passage quoted), grouped by kind or document. */
    public ReportDocument memos(String grouping) {
        MemoReport.Grouping by = MemoReport.Grouping.CHOICES.parse(grouping, "--by");
        List<org.parallax.model.MemoRow> rows = memos.written(MemoFilter.ALL);
        return MemoReport.build(rows, by, List.of(Counted.of(rows.size(), "memo")
                + ", grouped by " + (by == MemoReport.Grouping.KIND ? "kind" : "document") + ".",
                "Written by Parallax from " + project.displayName() + " on " + LocalDate.now() + "."));
    }

    /**
     * Writes the memo report grouped by {@code kind} or {@code document}, as DOCX or HTML by the file's
     * extension, and returns how many memos it holds; a project without memos writes no file and says so.
     */
    public int writeMemos(String grouping, Path out) {
        return writeMemos(grouping, out, false);
    }

    /** {@link #writeMemos(String, Path)}, with {@code pseudonymise} sensitive values replaced in every text. */
    public int writeMemos(String grouping, Path out, boolean pseudonymise) {
        Format format = format(out);
        ReportDocument report = pseudonymised(memos(grouping), pseudonymise);
        if (report.entryCount() == 0) {
            throw new ParallaxException("Nothing selected: the project has no memos; " + out + " was not written");
        }
        write(report, format, out);
        return report.entryCount();
    }

    private ReportDocument pseudonymised(ReportDocument report, boolean pseudonymise) {
        PseudonymisedOutput output = PseudonymisedOutput.of(project, pseudonymise);
        return output.active() ? output.report(report) : report;
    }

    /** Writes any report in the given format, whole or not at all. */
    public static void write(ReportDocument report, Format format, Path out) {
        WorkHold.holdIfRequested(WorkHold.REPORT);
        switch (format) {
            case DOCX -> DocxReport.write(report, out);
            case HTML -> HtmlReport.write(report, out);
        }
    }

    /** The format a report file's name asks for: .docx, or .html/.htm; anything else is refused in words. */
    public static Format format(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return Format.DOCX;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        throw new ParallaxException(out + ": a report is written as .docx (Word) or .html; give the file one "
                + "of these extensions");
    }

    /** Which documents a selection may take passages from, and which of their passages it takes. */
    private record Admission(LongPredicate documents, Predicate<SegmentRow> rows, CountedLayers layers) {
    }

    private Admission admission(ReportSelection s, Codebook book) {
        Set<String> frames = names(s.frames(), book.frames().stream().map(Frame::name).toList(), "frame");
        Set<Long> codes = new HashSet<>();
        s.codes().forEach(name -> codes.add(CodeNames.require(book, name).id()));
        Set<String> scenarios = names(s.scenarios(), book.scenarios().stream().map(Scenario::name).toList(),
                "scenario");
        // No coder chosen: the layers Table 1 counts by default, so the report quotes what Table 1 counts (ADR 0019).
        // Named ones are found as every filter by coder finds them (CoderNames).
        CountedLayers layers = analysis.layers(s.coders().isEmpty() ? MatrixSpec.Filter.NONE
                : MatrixSpec.Filter.NONE.withCoders(analysis.coderIds(s.coders())));
        Set<String> coders = Set.copyOf(layers.counted());
        s.documents().forEach(id -> project.documents.get(id).orElseThrow(() -> project.noDocument(id)));
        Set<Long> documents = Set.copyOf(s.documents());
        Set<Long> attributed = attributed(s.attributes());
        LongPredicate admitsDocument = id -> (attributed == null || attributed.contains(id))
                && (documents.isEmpty() || documents.contains(id));
        return new Admission(admitsDocument, r -> (frames.isEmpty() || frames.contains(r.frame()))
                && admitsDocument.test(r.documentId())
                && (codes.isEmpty() || codes.contains(r.codeId()))
                && (scenarios.isEmpty() || scenarios.contains(r.scenario()))
                && coders.contains(r.coder())
                && (s.from() == null || r.date() != null && !r.date().isBefore(s.from()))
                && (s.to() == null || r.date() != null && !r.date().isAfter(s.to())), layers);
    }

    /**
     * The document attributes and the values the project's documents hold, for choosing an attribute
     * condition: type, actor and language first, then the user's own attributes.
     */
    public Map<String, SortedSet<String>> attributeChoices() {
        return AttributeMatch.choices(project.reads.documents().stream().map(Document::meta).toList());
    }

    /**
     * The ids of the documents that pass the attribute conditions, or null for none given; an attribute no
     * document has, or a value no document holds, is refused with the names or values there are.
     */
    private Set<Long> attributed(List<AttributeMatch> matches) {
        if (matches.isEmpty()) {
            return null;
        }
        List<Document> all = project.documents.list();
        Map<String, SortedSet<String>> choices = AttributeMatch.choices(all.stream().map(Document::meta).toList());
        for (AttributeMatch match : matches) {
            SortedSet<String> values = choices.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(match.name()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new ParallaxException("No document has "
                            + "an attribute '" + match.name() + "'; the attributes are " + String.join(", ",
                            choices.keySet())));
            if (values.stream().noneMatch(v -> v.equalsIgnoreCase(match.value()))) {
                throw new ParallaxException("No document has " + match.name() + " '" + match.value() + "'; its "
                        + "values are " + (values.isEmpty() ? "none" : listed(values)));
            }
        }
        Set<Long> ids = new HashSet<>();
        all.stream().filter(d -> AttributeMatch.admitsAll(matches, d.meta())).forEach(d -> ids.add(d.id()));
        return ids;
    }

    private static String listed(SortedSet<String> values) {
        List<String> first = values.stream().limit(20).toList();
        return String.join(", ", first) + (values.size() > first.size() ? " and " + (values.size() - first.size())
                + " more" : "");
    }

    /** The project's spelling of each typed name (matched regardless of case); an unknown one lists the known. */
    private static Set<String> names(List<String> typed, List<String> known, String what) {
        Set<String> out = new HashSet<>();
        for (String name : typed) {
            String match = known.stream().filter(k -> k.equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new ParallaxException("Unknown " + what + " '" + name.strip() + "'; the project's "
                            + what + "s are " + (known.isEmpty() ? "none" : String.join(", ", known))));
            out.add(match);
        }
        return out;
    }
}
