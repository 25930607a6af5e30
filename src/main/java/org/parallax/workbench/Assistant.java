package org.parallax.workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parallax.analysis.CohenKappa;
import org.parallax.analysis.PredictionTables;
import org.parallax.analysis.TextUnit;
import org.parallax.analysis.UnitLabels;
import org.parallax.analysis.UnitPrediction;
import org.parallax.embedding.SentenceEmbedder;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Code;
import org.parallax.model.CodeNames;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Counted;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * The offline coding assistant (docs/assistant.md): learns from one coder's passages by lexical similarity
 * (Lucene) or, with the add-on, by the meaning of sentences (embeddings), suggests codes for sentences or
 * paragraphs, and is measured like a second coder by k-fold cross-validation by document. It reads the project's
 * texts, codebook (with the frame guide) and passages only, and never the network.
 */
public final class Assistant {
    private static final System.Logger LOG = System.getLogger(Assistant.class.getName());
    /**
     * Documents {@code assistant run} judges at once (lexical methods): enough to keep both cores busy, few enough
     * that their suggestions, as objects, stay a few megabytes before they go into the layer's columns.
     */
    private static final int DOCUMENTS_JUDGED_AT_ONCE = 16;
    /** A test hook: runs once a run has judged every document, before its layer is stored. */
    static Runnable layerJudged = () -> { };
    private final Project project;
    private final Coding coding;

    Assistant(Project project, Coding coding) {
        this.project = project;
        this.coding = coding;
    }

    /**
     * Trains on some coded documents and tests on the others, fold by fold: documents the coder has coded are
     * shuffled with the seed and dealt into {@code folds} folds (fewer if fewer documents are coded).
     */
    public AssistantEvaluation evaluate(AssistantSettings asked) {
        AssistantSettings settings = usable(asked);
        Examples examples = examples(settings);
        if (examples.documents().size() < 2) {
            throw new ParallaxException("Only one document of " + project.displayName() + " is coded by '"
                    + examples.coder().name() + "': the evaluation holds documents out, so it needs at least two");
        }
        Map<Long, Integer> folds = folds(examples, settings);
        int foldCount = Math.min(settings.folds(), examples.documents().size());
        List<UnitPrediction> predictions = new ArrayList<>();
        try (AssistantModel model = AssistantModel.train(project, settings, examples.documents(),
                examples.passages(), examples.codes(), folds, foldCount)) {
            for (int fold = 0; fold < foldCount; fold++) {
                int f = fold;
                List<Document> held = examples.documents().stream().filter(d -> folds.get(d.id()) == f).toList();
                for (Document document : held) {
                    String text = project.documents.text(document.id());
                    List<TextUnit> units = AssistantUnits.of(document, text, settings.unit());
                    List<Set<Long>> expected = UnitLabels.of(units, examples.passages().get(document.id()));
                    Map<Integer, Set<Long>> predicted = byUnitStart(model.suggestHeldOut(document, text, fold));
                    for (int i = 0; i < units.size(); i++) {
                        TextUnit unit = units.get(i);
                        predictions.add(new UnitPrediction(fold, unit, expected.get(i),
                                predicted.getOrDefault(unit.start(), Set.of())));
                    }
                }
            }
        }
        return evaluation(settings, examples, foldCount, predictions);
    }

    /**
     * Suggestions for one document from a model of every document the coder has coded, leaving out this
     * document's own units (so a coded document is judged by what was learnt elsewhere, like in the evaluation;
     * the word statistics still count them).
     */
    public List<Suggestion> suggest(long documentId, AssistantSettings asked) {
        AssistantSettings settings = usable(asked);
        Document document = project.documents.get(documentId)
                .orElseThrow(() -> project.noDocument(documentId));
        Examples examples = examples(settings);
        List<Document> training = examples.documents().stream().filter(d -> d.id() != documentId).toList();
        if (training.isEmpty()) {
            throw new ParallaxException("'" + document.title() + "' is the only document coded by '"
                    + examples.coder().name() + "': the assistant learns from other coded documents");
        }
        try (AssistantModel model = model(settings, examples)) {
            return model.suggest(document, project.documents.text(documentId));
        }
    }

    /**
     * Codes the chosen documents (all if none are named) as the coder layer {@code assistant}, replacing that
     * layer's earlier passages in them, as one undoable action; every passage stores its provenance. A document
     * the coder has coded is coded by the model that held it out in the evaluation (cross-fitting), so
     * {@code agreement --coders analyst,assistant} measures the assistant on text it did not learn from.
     */
    public AssistantRunReport run(AssistantSettings asked, List<String> codeNames, List<Long> documentIds) {
        AssistantSettings settings = usable(asked);
        Examples examples = examples(settings);
        List<Document> chosen = chosenDocuments(documentIds);
        Set<Long> onlyCodes = new TreeSet<>();
        if (codeNames != null) {
            Codebook book = project.codebook.load();
            codeNames.forEach(name -> onlyCodes.add(CodeNames.require(book, name).id()));
        }
        Map<Long, Integer> folds = folds(examples, settings);
        int foldCount = Math.min(settings.folds(), examples.documents().size());
        // the coder "assistant" is added with the layer's passages, in the transaction that stores them: a run killed
        // or refused before that leaves no coder without passages in the project (0: no coder has that id)
        long coderId = project.coders.find(AssistantSettings.CODER).map(Coder::id).orElse(0L);
        String settingsLine = settings.describe(examples.coder().name());
        AssistantLayer layer = new AssistantLayer(BuildInfo.current().version(), settingsLine, project.now());
        try (AssistantModel model = AssistantModel.train(project, settings, examples.documents(),
                examples.passages(), examples.codes(), folds, foldCount)) {
            // Documents are judged independently, so the lexical methods judge several at once (on every core,
            // the splitting and reading too, not only the searches), a chunk of documents at a time: each chunk's
            // suggestions go into the layer's columns in document order, so the layer is the same on every run
            // and never held as objects. The semantic method's model is used by one document at a time.
            int chunk = settings.method() == AssistantMethod.SEMANTIC ? 1 : DOCUMENTS_JUDGED_AT_ONCE;
            for (int from = 0; from < chosen.size(); from += chunk) {
                List<Document> some = chosen.subList(from, Math.min(chosen.size(), from + chunk));
                Stream<Document> documents = some.size() > 1 ? some.parallelStream() : some.stream();
                List<List<Suggestion>> judged = documents.map(document -> {
                    String text = project.documents.text(document.id());
                    Integer fold = folds.get(document.id());
                    // a document the coder did not code is judged by the model of all coded documents
                    return fold == null ? model.suggest(document, text) : model.suggestHeldOut(document, text, fold);
                }).toList();
                for (int i = 0; i < some.size(); i++) {
                    String method = settings.methodFor(some.get(i)).label();
                    for (Suggestion s : judged.get(i)) {
                        if (onlyCodes.isEmpty() || onlyCodes.contains(s.codeId())) {
                            layer.add(s, method);
                        }
                    }
                }
            }
        }
        layerJudged.run();
        Set<Long> chosenIds = chosen.stream().map(Document::id).collect(Collectors.toSet());
        // by the columns, not a Segment each: the old layer may be two million passages
        SegmentColumns all = SegmentColumns.of(project.segmentCache.all());
        SegmentColumns old = all.where(i -> all.coderId(i) == coderId && chosenIds.contains(all.documentId(i))
                && (onlyCodes.isEmpty() || onlyCodes.contains(all.codeId(i))));
        List<Segment> saved = coding.replaceLayer(old, layer, "Assistant: " + Counted.of(layer.size(), "passage") + " in "
                + Counted.of(chosen.size(), "document"));
        return new AssistantRunReport(chosen.size(), saved, old.size(), settingsLine, examples.coder().name());
    }

    private List<Document> chosenDocuments(List<Long> documentIds) {
        List<Document> all = project.documents.list();
        if (documentIds == null || documentIds.isEmpty()) {
            return all.stream().sorted(Comparator.comparingLong(Document::id)).toList();
        }
        Map<Long, Document> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.id(), d));
        List<Document> out = new ArrayList<>();
        for (long id : new TreeSet<>(documentIds)) {
            Document d = byId.get(id);
            if (d == null) {
                throw project.noDocument(id);
            }
            out.add(d);
        }
        return out;
    }

    /**
     * Why the chosen method cannot run here, if it cannot: the semantic method needs the add-on parallax-semantic.
     * The assistant then uses the lexical method (knn) instead, so a caller shows this line and goes on.
     */
    public static Optional<String> unavailable(AssistantMethod method) {
        return method == AssistantMethod.SEMANTIC && !SentenceEmbedder.installed()
                ? Optional.of(SentenceEmbedder.NOT_INSTALLED) : Optional.empty();
    }

    /** The methods that can run here: the lexical ones always, the semantic one with its add-on. */
    public static List<AssistantMethod> methods() {
        return Arrays.stream(AssistantMethod.values()).filter(m -> unavailable(m).isEmpty()).toList();
    }

    private static AssistantSettings usable(AssistantSettings settings) {
        Optional<String> notice = unavailable(settings.method());
        if (notice.isEmpty()) {
            return settings;
        }
        LOG.log(System.Logger.Level.WARNING, notice.get());
        return settings.withMethod(AssistantMethod.KNN);
    }

    /**
     * Trains on every document the coder has coded, to suggest for many documents in turn, and warms the
     * suggestion path on a few of them so the first document's suggestions cost what later ones do.
     */
    public TrainedAssistant train(AssistantSettings asked) {
        WorkHold.holdIfRequested(WorkHold.TRAINING);
        AssistantSettings settings = usable(asked);
        Examples examples = examples(settings);
        AssistantModel model = model(settings, examples);
        try {
            return new TrainedAssistant(project, settings, model, model.warmUp(project, examples.documents()));
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private AssistantModel model(AssistantSettings settings, Examples examples) {
        return AssistantModel.train(project, settings, examples.documents(), examples.passages(), examples.codes(),
                Map.of(), 1);
    }

    /**
     * Suggestions to show while reading a document: those of {@link #suggest} without the ones the active coder
     * rejected before and without codes the active coder already gave to an overlapping passage.
     */
    public List<Suggestion> suggestForReading(long documentId, AssistantSettings settings) {
        // one document: the warm-up would cost as much as it saves
        AssistantSettings usable = usable(settings);
        try (TrainedAssistant trained = new TrainedAssistant(project, usable, model(usable, examples(usable)), 0)) {
            return trained.suggestForReading(documentId);
        }
    }

    /** The analyst accepts a suggestion: it becomes their passage, with its provenance; one undoable action. */
    public Segment accept(Suggestion suggestion, AssistantSettings asked) {
        AssistantSettings settings = usable(asked);
        Instant now = project.now();
        Document document = project.documents.get(suggestion.documentId())
                .orElseThrow(() -> project.noDocument(suggestion.documentId()));
        Provenance provenance = new Provenance(0, settings.methodFor(document).label(), BuildInfo.current().version(),
                settings.describe(examples(settings).coder().name()), suggestion.confidence(), now);
        return coding.codeSuggested(suggestion.documentId(), suggestion.start(), suggestion.end(),
                suggestion.codeId(), provenance);
    }

    /**
     * The active coder rejects a suggestion: it is remembered and not suggested to them again for that unit; another
     * coder still sees it (a second coder is not to be steered by the first's judgement).
     */
    public void reject(Suggestion suggestion) {
        project.provenance.reject(suggestion.documentId(), suggestion.start(), suggestion.end(), suggestion.codeId(),
                project.activeCoder().id(), project.now());
    }

    private AssistantEvaluation evaluation(AssistantSettings settings, Examples examples, int foldCount,
                                           List<UnitPrediction> predictions) {
        Map<Long, CohenKappa> tables = PredictionTables.perCode(predictions, examples.codes().keySet());
        List<AssistantEvaluation.CodeFigures> rows = new ArrayList<>();
        CohenKappa pooled = new CohenKappa(0, 0, 0, 0);
        int allPassages = 0;
        int allUnits = 0;
        for (var entry : tables.entrySet()) {
            long codeId = entry.getKey();
            int passages = (int) examples.passages().values().stream().flatMap(List::stream)
                    .filter(s -> s.codeId() == codeId).count();
            int units = (int) predictions.stream().filter(p -> p.expected().contains(codeId)).count();
            rows.add(new AssistantEvaluation.CodeFigures(examples.codes().get(codeId).name(), passages, units,
                    entry.getValue()));
            pooled = pooled.plus(entry.getValue());
            allPassages += passages;
            allUnits += units;
        }
        return new AssistantEvaluation(settings, examples.coder().name(), examples.documents().size(), foldCount,
                rows, new AssistantEvaluation.CodeFigures("(all codes)", allPassages, allUnits, pooled), predictions);
    }

    /** Fold of each coded document: shuffled with the seed, then dealt round-robin. */
    private static Map<Long, Integer> folds(Examples examples, AssistantSettings settings) {
        List<Document> shuffled = new ArrayList<>(examples.documents());
        Collections.shuffle(shuffled, new Random(settings.seed()));
        int count = Math.min(settings.folds(), shuffled.size());
        Map<Long, Integer> folds = new TreeMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            folds.put(shuffled.get(i).id(), i % count);
        }
        return folds;
    }

    private static Map<Integer, Set<Long>> byUnitStart(List<Suggestion> suggestions) {
        return suggestions.stream().collect(Collectors.groupingBy(Suggestion::start,
                Collectors.mapping(Suggestion::codeId, Collectors.toCollection(TreeSet::new))));
    }

    /** The coder's passages by document, the documents they coded (by id) and the codes they used (codebook order). */
    Examples examples(AssistantSettings settings) {
        Coder coder = learner(settings);
        List<Code> codebook = project.codebook.load().codes();
        Map<Long, List<Segment>> passages = new TreeMap<>();
        Set<Long> used = new TreeSet<>();
        for (Segment s : project.segmentCache.all()) {
            if (s.coderId() == coder.id()) {
                passages.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s);
                used.add(s.codeId());
            }
        }
        if (passages.isEmpty()) {
            throw noPassages(coder.name());
        }
        Map<Long, Code> codes = new LinkedHashMap<>();
        codebook.stream().filter(c -> used.contains(c.id())).forEach(c -> codes.put(c.id(), c));
        if (codes.size() < 2) {
            throw new ParallaxException("Only one code ('" + codes.values().iterator().next().name()
                    + "') has passages by '" + coder.name() + "' in " + project.displayName()
                    + ": the assistant needs passages of at least two codes to tell them apart");
        }
        List<Document> documents = project.documents.list().stream().filter(d -> passages.containsKey(d.id()))
                .sorted(Comparator.comparingLong(Document::id)).toList();
        return new Examples(coder, passages, documents, codes);
    }

    /** The coder to learn from: named, or the active one; never the assistant's own layer. */
    private Coder learner(AssistantSettings settings) {
        String name = settings.coder() == null ? project.activeCoder().name() : settings.coder();
        if (settings.coder() == null && project.coders.find(name).isEmpty()) {
            throw noPassages(name);
        }
        if (AssistantSettings.CODER.equals(name)) {
            throw new ParallaxException("The assistant learns from a person's coding, not from its own layer '"
                    + AssistantSettings.CODER + "'; name a coder with --coder");
        }
        return project.readableCoder(name, "the assistant");
    }

    private ParallaxException noPassages(String coder) {
        return new ParallaxException("No passages coded by '" + coder + "' in " + project.displayName()
                + ": the assistant learns from a coder's passages, so code some documents first (or name another "
                + "coder with --coder)");
    }

    record Examples(Coder coder, Map<Long, List<Segment>> passages, List<Document> documents,
                    Map<Long, Code> codes) {
    }
}
