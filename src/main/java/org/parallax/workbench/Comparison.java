package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.analysis.PassageComparison;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;

/**
 * Compares two coders' layers and resolves their disagreements into a third layer, "consensus"; the two
 * compared layers are never changed. Passages match by {@link PassageComparison}'s rule.
 */
public final class Comparison {
    /** The coder layer resolutions are written to. */
    public static final String CONSENSUS = "consensus";

    private final Project project;
    private final Coding coding;
    private final Analysis analysis;

    Comparison(Project project, Coding coding, Analysis analysis) {
        this.project = project;
        this.coding = coding;
        this.analysis = analysis;
    }

    /**
     * Compares coder A with coder B over one document, or over all documents when {@code documentId} is null;
     * only documents both coders coded (at least one passage each) are compared. The count of documents and the
     * kappa are those of {@code agreement} over the same documents, so the tab and the command say the same.
     */
    public CoderComparison compare(String coderA, String coderB, Long documentId) {
        Coder a = coder(coderA);
        Coder b = coder(coderB);
        if (a.id() == b.id()) {
            throw new ParallaxException("Both coders are '" + coderA + "'; choose two different coders to compare");
        }
        List<Document> documents = documentId == null ? project.documents.list()
                : List.of(project.documents.get(documentId).orElseThrow(() -> project.noDocument(documentId)));
        Map<Long, List<Segment>> ofA = byDocument(a);
        Map<Long, List<Segment>> ofB = byDocument(b);
        Codebook book = project.codebook.load();
        Set<List<Long>> consensus = consensusKeys();
        int matched = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (Document d : documents) {
            List<Segment> sa = ofA.getOrDefault(d.id(), List.of());
            List<Segment> sb = ofB.getOrDefault(d.id(), List.of());
            // A coder with no passage in a document did not code it: missing data, not disagreement.
            if (sa.isEmpty() || sb.isEmpty()) {
                continue;
            }
            PassageComparison.Result result = PassageComparison.compare(sa, sb);
            matched += result.matched().size();
            if (!result.missed().isEmpty() || !result.extra().isEmpty()) {
                disagreements.addAll(new DisagreementFinder(d, book,
                        project.documents.text(d.id()), consensus)
                        .find(result.extra(), result.missed()));
            }
        }
        AgreementReport agreement = analysis.agreement(List.of(a.name(), b.name()),
                documentId == null ? List.of() : List.of(documentId), AgreementUnit.CHARACTER, null, false);
        return new CoderComparison(a.name(), b.name(), agreement.compared(), matched, disagreements,
                AgreementReport.pooledKappa(agreement.lines()), agreement.notes());
    }

    /**
     * The coders to compare, most passages first, consensus left out: a new project's first coder is the login name
     * and a team lead gets a layer on opening, both often empty, and a pair with an empty side reads "No
     * disagreements". Passages are counted in every layer this session may read, also those blind mode keeps out of
     * its own views (a team lead's); a layer hidden from it counts as none and comes last.
     */
    public List<String> codersByPassages() {
        return List.copyOf(passagesByCoder().keySet());
    }

    /** {@link #codersByPassages()} with each coder's count of passages, in that order. */
    public Map<String, Long> passagesByCoder() {
        Set<Long> readable = new HashSet<>();
        project.readableCoders().forEach(c -> readable.add(c.id()));
        Map<Long, Long> passages = new HashMap<>();
        for (Segment s : project.segmentCache.all()) {
            if (readable.contains(s.coderId())) {
                passages.merge(s.coderId(), 1L, Long::sum);
            }
        }
        Map<String, Long> byCoder = new LinkedHashMap<>();
        project.reads.coders().stream().filter(c -> !c.name().equals(CONSENSUS))
                .sorted(Comparator.comparingLong((Coder c) -> passages.getOrDefault(c.id(), 0L)).reversed())
                .forEach(c -> byCoder.put(c.name(), passages.getOrDefault(c.id(), 0L)));
        return byCoder;
    }

    /**
     * Copies the chosen side's passage into the consensus layer as one undoable edit. Empty when that side
     * coded nothing there (accepting it means adding nothing) or consensus already holds the passage.
     */
    public Optional<Segment> accept(Disagreement disagreement, Disagreement.Side side) {
        Disagreement.Passage chosen = disagreement.side(side);
        if (chosen == null) {
            return Optional.empty();
        }
        Segment s = chosen.segment();
        if (inConsensus(s.documentId(), s.start(), s.end(), s.codeId())) {
            return Optional.empty();
        }
        return Optional.of(coding.code(s.documentId(), s.start(), s.end(), s.codeId(), CONSENSUS, s.memo()));
    }

    /** Codes {@code [start, end)} with a code directly into the consensus layer, as one undoable edit. */
    public Segment writeConsensus(long documentId, int start, int end, long codeId) {
        if (inConsensus(documentId, start, end, codeId)) {
            throw new ParallaxException("The consensus layer already holds this passage with this code");
        }
        return coding.code(documentId, start, end, codeId, CONSENSUS, null);
    }

    private boolean inConsensus(long documentId, int start, int end, long codeId) {
        Optional<Coder> consensus = project.coders.list().stream().filter(c -> c.name().equals(CONSENSUS)).findFirst();
        return consensus.isPresent() && project.segments.find(
                new Segment(0, documentId, start, end, codeId, consensus.get().id(), null, null)).isPresent();
    }

    private Set<List<Long>> consensusKeys() {
        Optional<Coder> consensus = project.coders.list().stream().filter(c -> c.name().equals(CONSENSUS)).findFirst();
        Set<List<Long>> keys = new HashSet<>();
        consensus.ifPresent(c -> project.segmentCache.all().stream().filter(s -> s.coderId() == c.id())
                .forEach(s -> keys.add(key(s))));
        return keys;
    }

    private static List<Long> key(Segment s) {
        return List.of(s.documentId(), (long) s.start(), (long) s.end(), s.codeId());
    }

    private Map<Long, List<Segment>> byDocument(Coder coder) {
        Map<Long, List<Segment>> out = new HashMap<>();
        for (Segment s : project.segmentCache.all()) {
            if (s.coderId() == coder.id()) {
                out.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    private Coder coder(String name) {
        return project.readableCoder(name, "the comparison");
    }

    /** Turns one document's unmatched passages into disagreements, pairing different codes on the same span. */
    private record DisagreementFinder(Document document, Codebook book, String text, Set<List<Long>> consensus) {
        List<Disagreement> find(List<Segment> onlyA, List<Segment> onlyB) {
            record Pair(Segment a, Segment b, double overlap) {
            }
            List<Pair> candidates = new ArrayList<>();
            for (Segment a : onlyA) {
                for (Segment b : onlyB) {
                    double share = PassageComparison.overlap(a, b);
                    if (a.codeId() != b.codeId() && share >= PassageComparison.MIN_OVERLAP) {
                        candidates.add(new Pair(a, b, share));
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Pair::overlap).reversed()
                    .thenComparingInt(p -> p.a().start()).thenComparingInt(p -> p.b().start()));
            Set<Segment> used = new HashSet<>();
            List<Disagreement> out = new ArrayList<>();
            for (Pair p : candidates) {
                if (!used.contains(p.a()) && !used.contains(p.b())) {
                    used.add(p.a());
                    used.add(p.b());
                    out.add(of(Disagreement.Kind.DIFFERENT_CODE, p.a(), p.b()));
                }
            }
            onlyA.stream().filter(s -> !used.contains(s)).forEach(s -> out.add(of(Disagreement.Kind.ONLY_A, s, null)));
            onlyB.stream().filter(s -> !used.contains(s)).forEach(s -> out.add(of(Disagreement.Kind.ONLY_B, null, s)));
            out.sort(Comparator.comparingInt(Disagreement::start).thenComparingInt(Disagreement::end));
            return out;
        }

        private Disagreement of(Disagreement.Kind kind, Segment a, Segment b) {
            boolean resolved = a != null && consensus.contains(key(a)) || b != null && consensus.contains(key(b));
            return new Disagreement(kind, document.id(), document.title(), passage(a), passage(b), resolved);
        }

        private Disagreement.Passage passage(Segment s) {
            return s == null ? null : new Disagreement.Passage(s, book.code(s.codeId()).map(c -> c.name())
                    .orElse("(code " + s.codeId() + ")"), text.substring(s.start(), s.end()));
        }
    }
}
