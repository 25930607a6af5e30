package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parallax.analysis.CohenKappa;
import org.parallax.analysis.PredictionTables;
import org.parallax.analysis.TextUnit;
import org.parallax.analysis.UnitLabels;
import org.parallax.analysis.UnitPrediction;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;

/**
 * The offline coding assistant (docs/assistant.md): learns from one coder's passages with Lucene's
 * classification module, suggests codes for sentences or paragraphs, and is measured like a second coder by
 * k-fold cross-validation by document. It reads the project's texts, codebook and passages only, and never
 * the network.
 */
public final class Assistant {
    private final Project project;

    Assistant(Project project) {
        this.project = project;
    }

    /**
     * Trains on some coded documents and tests on the others, fold by fold: documents the coder has coded are
     * shuffled with the seed and dealt into {@code folds} folds (fewer if fewer documents are coded).
     */
    public AssistantEvaluation evaluate(AssistantSettings settings) {
        Examples examples = examples(settings);
        if (examples.documents().size() < 2) {
            throw new ParallaxException("Only one document of " + project.file().getFileName() + " is coded by '"
                    + examples.coder().name() + "': the evaluation holds documents out, so it needs at least two");
        }
        Map<Long, Integer> folds = folds(examples, settings);
        int foldCount = Math.min(settings.folds(), examples.documents().size());
        List<UnitPrediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < foldCount; fold++) {
            int f = fold;
            List<Document> held = examples.documents().stream().filter(d -> folds.get(d.id()) == f).toList();
            List<Document> training = examples.documents().stream().filter(d -> folds.get(d.id()) != f).toList();
            try (AssistantModel model = AssistantModel.train(project, settings, training, examples.passages(),
                    examples.codes())) {
                for (Document document : held) {
                    String text = project.documents.text(document.id());
                    List<TextUnit> units = AssistantUnits.of(document, text, settings.unit());
                    List<Set<Long>> expected = UnitLabels.of(units, examples.passages().get(document.id()));
                    Map<Integer, Set<Long>> predicted = byUnitStart(model.suggest(document, text));
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
     * Suggestions for one document from a model trained on every document the coder has coded, except this
     * one (so a coded document is judged by what was learnt elsewhere, like in the evaluation).
     */
    public List<Suggestion> suggest(long documentId, AssistantSettings settings) {
        Document document = project.documents.get(documentId)
                .orElseThrow(() -> new ParallaxException("No document with id " + documentId
                        + " (see the docs command for the project's documents)"));
        Examples examples = examples(settings);
        List<Document> training = examples.documents().stream().filter(d -> d.id() != documentId).toList();
        if (training.isEmpty()) {
            throw new ParallaxException("'" + document.title() + "' is the only document coded by '"
                    + examples.coder().name() + "': the assistant learns from other coded documents");
        }
        try (AssistantModel model = AssistantModel.train(project, settings, training, examples.passages(),
                examples.codes())) {
            return model.suggest(document, project.documents.text(documentId));
        }
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
                    + "') has passages by '" + coder.name() + "' in " + project.file().getFileName()
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
        return project.coders.find(name).orElseThrow(() -> new ParallaxException("No coder named '" + name
                + "' in " + project.file().getFileName() + "; coders: "
                + project.coders.list().stream().map(Coder::name).toList()));
    }

    private ParallaxException noPassages(String coder) {
        return new ParallaxException("No passages coded by '" + coder + "' in " + project.file().getFileName()
                + ": the assistant learns from a coder's passages, so code some documents first (or name another "
                + "coder with --coder)");
    }

    record Examples(Coder coder, Map<Long, List<Segment>> passages, List<Document> documents,
                    Map<Long, Code> codes) {
    }
}
