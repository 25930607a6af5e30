package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.parallax.analysis.NearestVectors;
import org.parallax.analysis.TextUnit;
import org.parallax.analysis.UnitLabels;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.model.LabelScore;
import org.parallax.search.PassageClassifier;
import org.parallax.search.TrainingPassage;

/**
 * The assistant trained on one coder's passages in a set of documents: every unit a passage labels is an
 * example of its codes, and a sample of the units left uncoded teaches it what is not coded. The sample is
 * drawn by a hash of the seed and the unit's place, so it does not depend on the order documents are read.
 *
 * <p>The units are indexed once, each document's units in the part of its fold, so the model of a fold (learnt
 * from the other folds) and the model of all documents share one index: the evaluation and {@code assistant
 * run} train once instead of once per fold.
 */
final class AssistantModel implements AutoCloseable {
    /**
     * Budget of coded units learnt from (a uniform sample by hash beyond it). Each suggestion searches the units,
     * so its cost grows with their number: on the benchmark project (300,000 coded units) all of them made one
     * document's suggestions cost seconds (docs/performance.md). A qualitative project rarely codes more than a
     * few thousand units, so this budget only ever samples projects far larger than that.
     */
    static final int MAX_CODED = 30_000;
    /**
     * Uncoded units kept at most. Below it they keep their natural share of the units learnt from: a coder leaves
     * most sentences uncoded, and a classifier trained on fewer would suggest codes far too often. When the coded
     * units are sampled, the uncoded ones are sampled at the same rate, which keeps that share.
     */
    static final int MAX_UNCODED = 100_000;
    /**
     * Units the warm-up judges after training: about three documents of 50 KB, after which a document's
     * suggestions cost about what later ones cost (the first ones met the JIT cold and cost two to three times
     * as much, docs/performance.md, "Issue 17, session 9: the first document").
     */
    static final int WARM_UP_UNITS = 1_500;
    /** Characters the warm-up judges at most, so a few huge units cannot make it long. */
    static final int WARM_UP_CHARS = 200_000;

    /** The lexical method: the one asked for, or the semantic method's for documents not in English. */
    private final PassageClassifier classifier;
    /** The semantic method's embeddings; null for the lexical methods. */
    private final SemanticNeighbours semantic;
    private final AssistantSettings settings;
    private final Map<Long, Code> codes;
    private final int examples;

    private AssistantModel(PassageClassifier classifier, SemanticNeighbours semantic, AssistantSettings settings,
                           Map<Long, Code> codes, int examples) {
        this.classifier = classifier;
        this.semantic = semantic;
        this.settings = settings;
        this.codes = codes;
        this.examples = examples;
    }

    /**
     * Learns from {@code passages} (one coder's, by document) in the given documents, each document's units in
     * the part {@code folds} gives it (0 to {@code partCount} - 1).
     */
    static AssistantModel train(Project project, AssistantSettings settings, Collection<Document> documents,
                                Map<Long, List<Segment>> passages, Map<Long, Code> codes,
                                Map<Long, Integer> folds, int partCount) {
        boolean semantic = settings.method() == AssistantMethod.SEMANTIC;
        PassageClassifier.Builder builder = PassageClassifier.builder(partCount,
                semantic ? AssistantMethod.KNN : settings.method(), settings.neighbours());
        Sample coded = new Sample(MAX_CODED);
        Sample uncoded = new Sample(MAX_UNCODED);
        List<Document> ordered = documents.stream().sorted(Comparator.comparingLong(Document::id)).toList();
        for (Document document : ordered) {
            int part = folds.getOrDefault(document.id(), 0);
            String text = project.documents.text(document.id());
            List<TextUnit> units = AssistantUnits.of(document, text, settings.unit());
            List<Set<Long>> labels = UnitLabels.of(units, passages.getOrDefault(document.id(), List.of()));
            boolean russian = AssistantUnits.russian(document);
            boolean english = AssistantUnits.english(document);
            for (int i = 0; i < units.size(); i++) {
                TextUnit unit = units.get(i);
                long key = sampleKey(settings.seed(), document.id(), unit.start());
                Sample sample = labels.get(i).isEmpty() ? uncoded : coded;
                if (sample.wants(key)) {
                    sample.add(new Unit(key, part, english, new TrainingPassage(document.id(),
                            text.substring(unit.start(), unit.end()), russian,
                            labels.get(i).stream().map(String::valueOf).toList())));
                }
            }
        }
        // in the order of their keys: the same units in the same order whatever order the documents came in
        List<Unit> codedUnits = coded.inKeyOrder();
        codedUnits.forEach(u -> builder.add(u.part(), u.passage()));
        // the first keys of a uniform sample are a uniform sample of the same units
        long uncodedKept = Math.round((double) uncoded.seen() * coded.size() / Math.max(1, coded.seen()));
        List<Unit> uncodedUnits = uncoded.inKeyOrder().stream().limit(uncodedKept).toList();
        uncodedUnits.forEach(u -> builder.add(u.part(), u.passage()));
        PassageClassifier lexical = builder.build();
        try {
            SemanticNeighbours neighbours = !semantic ? null : SemanticNeighbours.build(project, settings,
                    english(codedUnits), english(uncodedUnits), codes, folds);
            return new AssistantModel(lexical, neighbours, settings, codes, coded.size());
        } catch (RuntimeException e) {
            lexical.close();
            throw e;
        }
    }

    private static List<SemanticNeighbours.Example> english(List<Unit> units) {
        return units.stream().filter(Unit::english).map(u -> new SemanticNeighbours.Example(u.part(),
                u.passage().document(), u.passage().text(), u.passage().labels())).toList();
    }

    /** Units learnt from that carry at least one code. */
    int codedExamples() {
        return examples;
    }

    /** Units learnt from in all, coded and uncoded. */
    int units() {
        return classifier.size();
    }

    /**
     * Every code at or above the threshold for every unit of a document, in unit order, best code first, learnt
     * from every part but without the document's own units.
     */
    List<Suggestion> suggest(Document document, String text) {
        return suggest(document, text, -1, document.id(), settings.threshold());
    }

    /**
     * Like {@link #suggest(Document, String)} but every code any unit's neighbours carry, at any confidence (the
     * window filters them by the threshold the analyst sets, without training again).
     */
    List<Suggestion> candidates(Document document, String text) {
        return suggest(document, text, -1, document.id(), Double.MIN_VALUE);
    }

    /** Like {@link #suggest(Document, String)}, learnt only from the parts other than {@code part}. */
    List<Suggestion> suggestHeldOut(Document document, String text, int part) {
        return suggest(document, text, part, -1, settings.threshold());
    }

    /** Learnt from every part but {@code heldOut} (-1: all), without the units of document {@code excluded}. */
    private List<Suggestion> suggest(Document document, String text, int heldOut, long excluded, double threshold) {
        List<TextUnit> units = AssistantUnits.of(document, text, settings.unit());
        List<List<LabelScore>> scores = settings.methodFor(document) == AssistantMethod.SEMANTIC
                ? semantic.classify(units.stream().map(u -> text.substring(u.start(), u.end())).toList(),
                        heldOut < 0 ? NearestVectors.NONE : heldOut, excluded)
                : lexical(units, text, AssistantUnits.russian(document),
                        heldOut < 0 ? classifier.all() : classifier.without(heldOut), excluded);
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TextUnit unit = units.get(i);
            for (LabelScore score : scores.get(i)) {
                if (score.score() < threshold || PassageClassifier.UNCODED.equals(score.label())) {
                    continue;
                }
                Code code = codes.get(Long.parseLong(score.label()));
                if (code != null) {
                    out.add(new Suggestion(document.id(), unit.start(), unit.end(), code.id(), code.name(),
                            Math.min(1, score.score())));
                }
            }
        }
        return out;
    }

    /**
     * Judges the units of the first of {@code documents} (up to {@link #WARM_UP_UNITS}) as a suggestion would and
     * drops the result, so the first document the analyst opens meets a compiled search path and filled word
     * statistics. Nothing is stored or shown; the suggestions stay the same (the word statistics hold facts of
     * the index, not answers). The semantic method is not warmed: its cost is the embedding model's, not the
     * JIT's. Stops early if the thread is interrupted (the project closing). Returns the units judged.
     */
    int warmUp(Project project, List<Document> documents) {
        int units = 0;
        if (settings.method() == AssistantMethod.SEMANTIC) {
            return units;
        }
        long chars = 0;
        for (Document document : documents) {
            if (units >= WARM_UP_UNITS || chars >= WARM_UP_CHARS || Thread.currentThread().isInterrupted()) {
                break;
            }
            String text = project.documents.text(document.id());
            List<TextUnit> some = new ArrayList<>();
            for (TextUnit unit : AssistantUnits.of(document, text, settings.unit())) {
                if (units >= WARM_UP_UNITS || chars >= WARM_UP_CHARS) {
                    break;
                }
                some.add(unit);
                units++;
                chars += unit.end() - unit.start();
            }
            lexical(some, text, AssistantUnits.russian(document), classifier.all(), document.id());
        }
        return units;
    }

    private static List<List<LabelScore>> lexical(List<TextUnit> units, String text, boolean russian,
                                                  PassageClassifier.Scope scope, long excluded) {
        // Units are classified independently, so they run on every core; toList keeps their order.
        return units.parallelStream()
                .map(u -> scope.classify(text.substring(u.start(), u.end()), russian, excluded)).toList();
    }

    @Override
    public void close() {
        classifier.close();
    }

    /** A well-mixed 64-bit key of the seed and a unit's place (SplitMix64's finaliser). */
    static long sampleKey(long seed, long documentId, int start) {
        long z = seed ^ (documentId * 0x9E3779B97F4A7C15L) ^ ((long) start << 32 | start);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private record Unit(long key, int part, boolean english, TrainingPassage passage) {
    }

    /** The units of smallest key, at most {@code budget} of them: a uniform sample fixed by the seed. */
    private static final class Sample {
        private final int budget;
        private int seen;
        private final PriorityQueue<Unit> largestFirst = new PriorityQueue<>(
                Comparator.comparingLong(Unit::key).reversed());

        Sample(int budget) {
            this.budget = budget;
        }

        /** Whether a unit of this key would be kept (asked once per unit, before its text is copied). */
        boolean wants(long key) {
            seen++;
            return largestFirst.size() < budget || key < largestFirst.peek().key();
        }

        void add(Unit unit) {
            largestFirst.add(unit);
            if (largestFirst.size() > budget) {
                largestFirst.poll();
            }
        }

        int size() {
            return largestFirst.size();
        }

        /** Units offered to the sample, kept or not. */
        int seen() {
            return seen;
        }

        List<Unit> inKeyOrder() {
            List<Unit> out = new ArrayList<>(largestFirst);
            out.sort(Comparator.comparingLong(Unit::key));
            return out;
        }
    }
}
