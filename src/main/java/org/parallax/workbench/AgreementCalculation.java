package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.analysis.CharacterAgreement;
import org.parallax.analysis.KrippendorffAlpha;
import org.parallax.analysis.TextUnit;
import org.parallax.analysis.UnitAgreement;
import org.parallax.analysis.UnitSplitter;
import org.parallax.model.Code;
import org.parallax.model.CodeNames;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/** Resolves names and documents for an agreement request and turns the analysis results into report lines. */
final class AgreementCalculation {
    private final Project project;
    /** How the report names the coders: as files name them for a report that is written ({@link CoderNaming}). */
    private final CoderNaming naming;

    AgreementCalculation(Project project, CoderNaming naming) {
        this.project = project;
        this.naming = naming;
    }

    AgreementReport compute(List<String> coderNames, Collection<Long> documentIds, AgreementUnit unit,
                            String codeName, boolean onlyCoded) {
        Map<Long, String> coders = coders(coderNames);
        List<Long> coderIds = List.copyOf(coders.keySet());
        Map<Long, Document> documents = documents(documentIds);
        List<Segment> all = project.segmentCache.all();
        PassagesByDocument segments = selected(all, documents.keySet(), coders.keySet());
        Codebook book = project.reads.codebook();
        List<Long> codeIds = codes(book, codeName, segments);
        Map<Long, String> codeNames = new HashMap<>();
        book.codes().forEach(c -> codeNames.put(c.id(), c.name()));
        List<AgreementReport.Line> lines = new ArrayList<>();
        KappaNotes notes = new KappaNotes();
        if (unit == AgreementUnit.CHARACTER) {
            Map<Long, Integer> lengths = new LinkedHashMap<>();
            documents.values().forEach(d -> lengths.put(d.id(), d.length()));
            var result = CharacterAgreement.compute(segments::of, lengths, coderIds, codeIds, onlyCoded);
            for (var code : result.codes()) {
                String name = codeNames.get(code.codeId());
                code.pairs().forEach(p -> pairLines(lines, name, p, coders));
                code.pairs().forEach(p -> notes.add(name, coders.get(p.firstCoderId()), coders.get(p.secondCoderId()),
                        p.table()));
                lines.add(alphaLine(name, code.alpha()));
            }
            result.pooled().forEach(p -> pairLines(lines, AgreementReport.ALL_CODES, p, coders));
            long characters = lengths.values().stream().mapToLong(Integer::longValue).sum();
            return new AgreementReport(unit, List.copyOf(coders.values()), documents.size(), result.compared(),
                    onlyCoded, characters, lines, notes.notes(result.compared()), result, null);
        }
        // One document's units at a time: every unit of a large project held at once outweighed its passages.
        var result = UnitAgreement.compute(List.copyOf(documents.keySet()), segments::of,
                id -> units(documents.get(id), unit), coderIds, codeIds, onlyCoded);
        result.codes().forEach(c -> lines.add(alphaLine(codeNames.get(c.codeId()), c.alpha())));
        lines.add(alphaLine(AgreementReport.ALL_CODES, result.whichCode()));
        return new AgreementReport(unit, List.copyOf(coders.values()), documents.size(), result.compared(),
                onlyCoded, result.offeredUnits(), lines, List.of(), null, result);
    }

    private List<TextUnit> units(Document d, AgreementUnit unit) {
        Locale locale = d.meta().language() == null ? Locale.ROOT : Locale.forLanguageTag(d.meta().language());
        return UnitSplitter.split(kind(unit), d.id(), project.documents.text(d.id()), locale);
    }

    private static void pairLines(List<AgreementReport.Line> lines, String code, CharacterAgreement.Pair pair,
                                  Map<Long, String> coders) {
        String first = coders.get(pair.firstCoderId());
        String second = coders.get(pair.secondCoderId());
        long units = pair.table().units();
        lines.add(new AgreementReport.Line(code, first, second, "percent agreement",
                100 * pair.table().percentAgreement(), units));
        lines.add(new AgreementReport.Line(code, first, second, "kappa", pair.table().kappa(), units));
    }

    private static AgreementReport.Line alphaLine(String code, KrippendorffAlpha.Result alpha) {
        return new AgreementReport.Line(code, null, null, "alpha", alpha.alpha(), alpha.units());
    }

    private Map<Long, String> coders(List<String> names) {
        Map<Long, String> coders = new LinkedHashMap<>();
        for (String name : new LinkedHashSet<>(names)) {
            Coder coder = project.readableCoder(name, "agreement");
            coders.put(coder.id(), naming.coder(coder.name()));
        }
        if (coders.size() < 2) {
            throw new ParallaxException("Agreement needs at least two different coders, got " + names);
        }
        return coders;
    }

    private Map<Long, Document> documents(Collection<Long> ids) {
        Map<Long, Document> documents = new LinkedHashMap<>();
        for (Document d : project.reads.documents()) {
            if (ids == null || ids.isEmpty() || ids.contains(d.id())) {
                documents.put(d.id(), d);
            }
        }
        if (ids != null) {
            for (long id : ids) {
                if (!documents.containsKey(id)) {
                    throw project.noDocument(id);
                }
            }
        }
        return documents;
    }

    /**
     * The passages of these documents by these coders, grouped by document as positions in the cache (4 bytes a
     * passage): a copy as objects was a {@code Segment} per passage beside the cache's columns, 192 MB for the
     * 3,000,000 passages of {@code bench --scale 10} after the second coder's merge (docs/performance.md, issue 18).
     */
    private static PassagesByDocument selected(List<Segment> all, Set<Long> documents, Set<Long> coders) {
        SegmentColumns columns = all instanceof SegmentColumns c ? c : null;
        return new PassagesByDocument(all, i -> {
            long document = columns != null ? columns.documentId(i) : all.get(i).documentId();
            long coder = columns != null ? columns.coderId(i) : all.get(i).coderId();
            return documents.contains(document) && coders.contains(coder);
        });
    }

    /**
     * The named code, or every code one of the coders applied in a document at least two of them coded, in codebook
     * order: a code used only where the other coder coded nothing would add units of agreement on its absence.
     */
    private static List<Long> codes(Codebook book, String codeName, PassagesByDocument segments) {
        if (codeName != null && !codeName.isBlank()) {
            return List.of(CodeNames.require(book, codeName).id());
        }
        Set<Long> used = new HashSet<>();
        for (long document : segments.documents()) {
            List<Segment> passages = segments.of(document);
            if (passages.stream().map(Segment::coderId).distinct().count() >= 2) {
                passages.forEach(s -> used.add(s.codeId()));
            }
        }
        return book.codes().stream().map(Code::id).filter(used::contains).toList();
    }

    private static UnitSplitter.Kind kind(AgreementUnit unit) {
        return switch (unit) {
            case SENTENCE -> UnitSplitter.Kind.SENTENCE;
            case PARAGRAPH -> UnitSplitter.Kind.PARAGRAPH;
            case TURN -> UnitSplitter.Kind.TURN;
            case CHARACTER -> throw new IllegalArgumentException("characters are not text units");
        };
    }
}
