package org.parallax.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.CodeFrequencies;
import org.parallax.analysis.CodeFrequency;
import org.parallax.analysis.CodingMatrix;
import org.parallax.analysis.ExpectationOverlay;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.SourceBalance;
import org.parallax.analysis.Timeline;
import org.parallax.model.CodeNames;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;

/**
 * Analysis use cases over the in-memory segments: Table 1 and general matrices, the expectation overlay,
 * timelines, source balance, code frequencies, co-occurrence and agreement between coders.
 */
public final class Analysis {
    /** Why there are no period columns, and how to make some. */
    public static final String NO_EVENTS = "The project has no events, so there are no periods between them: add "
            + "events with `parallax event add PROJECT --date YYYY-MM-DD --label TEXT`, or the NATO-Russia study's "
            + "with `parallax event template PROJECT`";
    private final Project project;
    private final PresentLayers presentLayers = new PresentLayers();

    Analysis(Project project) {
        this.project = project;
    }

    /**
     * The theory-by-scenario matrix (Table 1) over the layers counted by default ({@link #layers}): every coder's
     * passages but the consensus layer's, or in blind mode the active coder's.
     */
    public Matrix table1() {
        return matrix(MatrixSpec.table1());
    }

    /** Table 1 over every coder's passages, or only the active coder's; blind coders ask for all explicitly. */
    public Matrix table1(boolean allCoders) {
        List<Segment> all = project.segmentCache.all();
        return table1Of(allCoders ? all : project.ownSegments(all));
    }

    private Matrix table1Of(List<Segment> segments) {
        List<Document> documents = project.reads.documents();
        return CodingMatrix.compute(project.reads.codebook(), documents, words(documents), segments,
                MatrixSpec.table1());
    }

    /** A general matrix with characters and words (see docs/analysis.md); {@code MatrixSpec.table1()} is Table 1. */
    public Matrix matrix(MatrixSpec spec) {
        return matrix(spec, true);
    }

    /**
     * A general matrix; without {@code countWords} it carries no words (no rates per 10,000 words), and the word
     * counts stored with the texts are not read: a command that prints passages or characters once needs no number
     * it does not print.
     */
    public Matrix matrix(MatrixSpec spec, boolean countWords) {
        List<Document> documents = project.reads.documents();
        MatrixSpec counted = spec.withFilter(counting(spec.filter()));
        return CodingMatrix.compute(project.reads.codebook(), documents, countWords ? words(documents) : null,
                passages(counted.filter()), counted);
    }

    /** Each top-level row's passages per bin; {@code spec}'s columns must be YEAR, MONTH or PERIOD. */
    public Timeline timeline(MatrixSpec spec) {
        // A timeline counts passages only: no words, so no word count is read.
        MatrixSpec counted = spec.withFilter(counting(spec.filter()));
        return Timeline.compute(project.reads.codebook(), project.reads.documents(), null,
                passages(counted.filter()), counted);
    }

    /**
     * The periods between the project's events (docs/analysis.md): each date of an event starts the period named
     * after its events ("A / B" for two events of one date, whose first period could hold nothing); a label two
     * dates share is told apart by its date. Empty when the project has no events.
     */
    public List<MatrixSpec.Period> periods() {
        Map<LocalDate, Set<String>> labelsOfDate = new TreeMap<>();
        project.reads.events().forEach(e -> labelsOfDate.computeIfAbsent(e.date(), d -> new LinkedHashSet<>())
                .add(e.label()));
        Map<String, Long> uses = new HashMap<>();
        labelsOfDate.values().forEach(labels -> uses.merge(String.join(" / ", labels), 1L, Long::sum));
        return labelsOfDate.entrySet().stream().map(e -> {
            String label = String.join(" / ", e.getValue());
            return new MatrixSpec.Period(uses.get(label) > 1 ? label + " (" + e.getKey() + ")" : label, e.getKey());
        }).toList();
    }

    /**
     * Columns as `--cols` spells them (MatrixSpec.ColumnKind): {@code code} columns are {@code codeIds}, {@code
     * period} columns the periods between the project's events, refused in one line when it has none.
     */
    public MatrixSpec.Columns columns(String spelling, List<Long> codeIds) {
        MatrixSpec.ColumnKind kind = MatrixSpec.ColumnKind.parse(spelling);
        if (kind == MatrixSpec.ColumnKind.ATTRIBUTE) {
            return attributeColumns(MatrixSpec.Columns.parse(spelling, codeIds));
        }
        if (kind != MatrixSpec.ColumnKind.PERIOD) {
            return MatrixSpec.Columns.parse(spelling, codeIds);
        }
        List<MatrixSpec.Period> periods = periods();
        if (periods.isEmpty()) {
            throw new ParallaxException(NO_EVENTS);
        }
        return MatrixSpec.Columns.periods(periods);
    }

    /**
     * Columns by a document attribute, refused in one line when no document has it: a mistyped name otherwise gave
     * one column, "No NAME", holding every passage, a table that looked like a finding.
     */
    private MatrixSpec.Columns attributeColumns(MatrixSpec.Columns columns) {
        Set<String> names = new TreeSet<>();
        project.reads.documents().forEach(d -> names.addAll(d.meta().attributes().keySet()));
        if (!names.contains(columns.attribute())) {
            throw new ParallaxException("No document has the attribute '" + columns.attribute() + "' (attribute "
                    + "names are matched as written): " + (names.isEmpty() ? "the documents have no attributes; give "
                    + "one with `parallax document PROJECT DOC --attr NAME=VALUE`"
                    : "the documents' attributes are " + String.join(", ", names)));
        }
        return columns;
    }

    /** Expected, unexpected and expected-but-empty cells of a theory-by-scenario matrix. */
    public ExpectationOverlay expectations(Matrix matrix) {
        return ExpectationOverlay.of(matrix, project.reads.codebook());
    }

    /** Every non-empty cell split by source actor, flagged where one actor supplies more than {@code threshold}. */
    public List<SourceBalance.Cell> sourceBalance(Matrix matrix, double threshold) {
        Map<Long, String> actorOfDocument = new HashMap<>();
        project.reads.documents().forEach(d -> actorOfDocument.put(d.id(), d.meta().actor()));
        Map<Long, String> actorOfSegment = new HashMap<>();
        for (Segment s : project.passages()) {
            String actor = actorOfDocument.get(s.documentId());
            if (actor != null) {
                actorOfSegment.put(s.id(), actor);
            }
        }
        return SourceBalance.compute(matrix, actorOfSegment, threshold);
    }

    /** Passages, documents and characters per code, over the layers Table 1 counts by default (ADR 0019). */
    public List<CodeFrequency> frequencies() {
        return CodeFrequencies.compute(project.reads.codebook(), countedPassages());
    }

    /**
     * The passages a count reads when no coder is chosen (ADR 0019): those the views show, without the consensus
     * layer's copies when the coders' own layers hold passages too. The codebook tree, the documents' Coded column
     * and the status bar count these, so their numbers are Table 1's and the Codes tab's, before and after Compare's
     * Accept A/B.
     */
    public List<Segment> countedPassages() {
        MatrixSpec.Filter f = counting(MatrixSpec.Filter.NONE);
        return f.coderIds().isEmpty() ? project.passages()
                : project.passages().stream().filter(s -> f.admitsCoder(s.coderId())).toList();
    }

    /** Co-occurrence of {@code codeIds} (all codes if empty) among the passages {@code filter} admits. */
    public CoOccurrence cooccurrence(CoOccurrence.Mode mode, List<Long> codeIds, MatrixSpec.Filter filter) {
        List<Segment> segments = cooccurrencePassages(filter);
        Codebook book = project.reads.codebook();
        return mode == CoOccurrence.Mode.OVERLAP ? CoOccurrence.overlaps(book, segments, codeIds)
                : CoOccurrence.paragraphs(book, segments, codeIds, project.documents::text);
    }

    /**
     * The passages behind one pair's count of {@link #cooccurrence} under the same filter: each passage of either code
     * that overlaps one of the other, or lies in a paragraph holding both, in document order.
     */
    public List<Segment> cooccurring(CoOccurrence.Mode mode, long first, long second, MatrixSpec.Filter filter) {
        return CoOccurrence.passagesOf(mode, first, second, cooccurrencePassages(filter), project.documents::text);
    }

    private List<Segment> cooccurrencePassages(MatrixSpec.Filter filter) {
        MatrixSpec.Filter f = counting(filter == null ? MatrixSpec.Filter.NONE : filter);
        Set<Long> admitted = new java.util.HashSet<>();
        project.reads.documents().stream().filter(d -> f.admits(d.id(), d.meta())).forEach(d -> admitted.add(d.id()));
        return passages(f).stream()
                .filter(s -> admitted.contains(s.documentId()) && f.admitsCoder(s.coderId())).toList();
    }

    /** The passages behind a code's frequency ({@link #frequencies}), in the order the views count them. */
    public List<Segment> passagesOfCode(long codeId) {
        return countedPassages().stream().filter(s -> s.codeId() == codeId)
                .sorted(Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start))
                .toList();
    }

    /**
     * Agreement of the named coders (two or more) over {@code documentIds} (all documents if empty), for one
     * code by name or all codes they applied (null), in characters or text units; see docs/agreement.md.
     */
    public AgreementReport agreement(List<String> coders, Collection<Long> documentIds, AgreementUnit unit,
                                     String code, boolean onlyCoded) {
        return agreement(coders, documentIds, unit, code, onlyCoded, false);
    }

    /**
     * {@link #agreement(List, Collection, AgreementUnit, String, boolean)} for a report that is {@code written} (a file,
     * a pseudonymised listing): its lines and sentences name each coder as files name them ({@link CoderNaming}).
     */
    public AgreementReport agreement(List<String> coders, Collection<Long> documentIds, AgreementUnit unit,
                                     String code, boolean onlyCoded, boolean written) {
        return new AgreementCalculation(project, CoderNaming.of(project, written)).compute(coders, documentIds, unit,
                code, onlyCoded);
    }

    /** Ids of coders by name, for filters; an unknown name is an error naming it. */
    public Set<Long> coderIds(Collection<String> names) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            ids.add(project.readableCoder(name, "a filter by coder").id());
        }
        return ids;
    }

    /** The name of the coder a filter names (in any case), as the project spells it; an unknown name is an error. */
    public String coderName(String typed) {
        return project.readableCoder(typed, "a filter by coder").name();
    }

    /** Ids of codes by name, in the order given; an unknown name is an error naming it. */
    public List<Long> codeIds(Collection<String> names) {
        Codebook book = project.reads.codebook();
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(CodeNames.require(book, name).id());
        }
        return ids;
    }

    /** The passages behind one cell of a matrix, in document order. */
    public List<Segment> passages(Matrix matrix, int row, int column) {
        List<Segment> out = new ArrayList<>();
        for (long id : matrix.segmentIds(row, column)) {
            project.segments.get(id).ifPresent(out::add);
        }
        return out;
    }

    /** The codebook the last matrix was computed against, for labels. */
    public Codebook codebook() {
        return project.reads.codebook();
    }

    /**
     * The layers a matrix over {@code filter} counts, of those holding passages: the coders it names, or by
     * default every layer but the consensus layer when that holds copies next to the coders' own (ADR 0019);
     * in blind mode the active coder's alone.
     */
    public CountedLayers layers(MatrixSpec.Filter filter) {
        MatrixSpec.Filter f = counting(filter == null ? MatrixSpec.Filter.NONE : filter);
        List<Coder> coders = project.reads.coders();
        Set<Long> present = presentLayers.present(project.segmentCache.all(), project.reads::coders);
        boolean blind = f.coderIds().isEmpty() && project.blind();
        List<String> counted = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        // A filter naming no coder admits every coder row, but a layer without passages adds nothing: on a team
        // project the lead's own empty layer (its login is a coder) was named as counted.
        boolean named = !f.coderIds().isEmpty();
        for (Coder c : coders) {
            boolean counts = blind ? c.id() == project.activeCoder().id()
                    : f.admitsCoder(c.id()) && (named || present.contains(c.id()));
            if (counts) {
                counted.add(c.name());
            }
            if (counts || present.contains(c.id()) && !project.blind()) {
                shown.add(c.name());
            }
        }
        // in blind coding the active coder's layer alone counts: the line says so, as nothing else on screen does
        boolean ownOnly = project.blind() && counted.equals(List.of(project.activeCoder().name()));
        return new CountedLayers(counted, shown, ownOnly);
    }

    /**
     * {@code filter} with the default layers made explicit: a filter naming no coder leaves the consensus layer
     * out when other layers hold passages too, since it holds copies of their passages (Compare's Accept A/B),
     * which would count the same passage twice.
     */
    MatrixSpec.Filter counting(MatrixSpec.Filter filter) {
        if (!filter.coderIds().isEmpty() || project.blind()) {
            return filter;
        }
        List<Segment> all = project.segmentCache.all();
        Optional<Long> consensus = presentLayers.consensusBesideOthers(all, project.reads::coders);
        if (consensus.isEmpty()) {
            return filter;
        }
        Set<Long> coders = new LinkedHashSet<>(presentLayers.present(all, project.reads::coders));
        coders.remove(consensus.get());
        return filter.withCoders(coders);
    }

    /**
     * The passages a matrix over {@code filter} reads: those the views show ({@link Project#passages}), or, when
     * the filter names coders, theirs, which {@link #coderIds} let this session read (a team lead in blind mode).
     */
    private List<Segment> passages(MatrixSpec.Filter filter) {
        return filter.coderIds().isEmpty() ? project.passages() : project.segmentCache.all();
    }

    private Map<Long, Long> words(List<Document> documents) {
        return project.textFacts.words(documents);
    }
}
