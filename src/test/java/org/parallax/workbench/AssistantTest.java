package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.TextUnit;
import org.parallax.analysis.UnitPrediction;
import org.parallax.analysis.UnitSplitter;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.TestProjects;

class AssistantTest {
    @TempDir
    Path dir;

    @BothBackends
    void learnsTheAnalystsCodingAndIsMeasuredOnHeldOutDocuments(Backend backend) {
        try (Workbench wb = backend.from(AssistantFixture.create(dir, 8, 4))) {
            AssistantEvaluation e = wb.assistant().evaluate(AssistantSettings.defaults()
                    .withCoder(AssistantFixture.CODER));

            assertThat(e.documents()).isEqualTo(12);
            assertThat(e.folds()).isEqualTo(5);
            assertThat(e.codes()).extracting(AssistantEvaluation.CodeFigures::code)
                    .containsExactlyInAnyOrder(AssistantFixture.POWER, AssistantFixture.DIALOGUE);
            long coded = wb.coding().segments().size();
            assertThat(e.overall().passages()).isEqualTo(coded);
            assertThat(e.overall().f1()).isGreaterThan(0.9);
            assertThat(e.overall().kappa()).isGreaterThan(0.85);
        }
    }

    @BothBackends
    void evaluationFiguresEqualARecountFromTheFoldPredictions(Backend backend) {
        try (Workbench wb = backend.from(AssistantFixture.create(dir, 6, 3))) {
            AssistantEvaluation e = wb.assistant().evaluate(AssistantSettings.defaults()
                    .withCoder(AssistantFixture.CODER).withFolds(3).withThreshold(0.5));

            // every sentence of every coded document is held out exactly once, each document in one fold
            Map<Long, Set<Integer>> foldsOfDocument = new HashMap<>();
            Set<TextUnit> seen = new HashSet<>();
            int sentences = 0;
            for (Document d : wb.documents().list()) {
                sentences += UnitSplitter.sentences(d.id(), wb.documents().text(d.id()), java.util.Locale.ENGLISH).size();
            }
            for (UnitPrediction p : e.predictions()) {
                assertThat(seen.add(p.unit())).isTrue();
                foldsOfDocument.computeIfAbsent(p.unit().documentId(), k -> new HashSet<>()).add(p.fold());
            }
            assertThat(e.predictions()).hasSize(sentences);
            assertThat(foldsOfDocument.values()).allSatisfy(f -> assertThat(f).hasSize(1));

            for (AssistantEvaluation.CodeFigures figures : e.codes()) {
                long codeId = wb.codebook().code(figures.code()).id();
                int truePositives = 0;
                int falsePositives = 0;
                int misses = 0;
                int rest = 0;
                for (UnitPrediction p : e.predictions()) {
                    // the reference is recounted from the analyst's passages, not taken from the prediction
                    boolean analyst = wb.coding().segments().stream().anyMatch(s -> s.codeId() == codeId
                            && s.documentId() == p.unit().documentId() && s.start() == p.unit().start()
                            && s.end() == p.unit().end());
                    assertThat(p.expected().contains(codeId)).isEqualTo(analyst);
                    boolean assistant = p.predicted().contains(codeId);
                    if (analyst && assistant) {
                        truePositives++;
                    } else if (assistant) {
                        falsePositives++;
                    } else if (analyst) {
                        misses++;
                    } else {
                        rest++;
                    }
                }
                double n = truePositives + falsePositives + misses + rest;
                double observed = (truePositives + rest) / n;
                double chance = ((truePositives + misses) / n) * ((truePositives + falsePositives) / n)
                        + ((falsePositives + rest) / n) * ((misses + rest) / n);
                assertThat(figures.precision()).isCloseTo((double) truePositives / (truePositives + falsePositives),
                        org.assertj.core.data.Offset.offset(1e-12));
                assertThat(figures.recall()).isCloseTo((double) truePositives / (truePositives + misses),
                        org.assertj.core.data.Offset.offset(1e-12));
                assertThat(figures.f1()).isCloseTo(2.0 * truePositives / (2 * truePositives + falsePositives + misses),
                        org.assertj.core.data.Offset.offset(1e-12));
                assertThat(figures.kappa()).isCloseTo((observed - chance) / (1 - chance),
                        org.assertj.core.data.Offset.offset(1e-12));
                assertThat(figures.passages()).isEqualTo(wb.coding().segments().stream()
                        .filter(s -> s.codeId() == codeId).count());
            }
        }
    }

    @BothBackends
    void sameProjectAndSettingsGiveTheSameSuggestionsAndFigures(Backend backend) {
        Path file = AssistantFixture.create(dir, 6, 2);
        AssistantSettings settings = AssistantSettings.defaults().withCoder(AssistantFixture.CODER);
        Session first;
        String location;
        try (Workbench wb = backend.from(file)) {
            first = Session.of(wb, settings);
            location = wb.location();
        }
        try (Workbench wb = Workbench.open(location, null)) {
            Session second = Session.of(wb, settings);
            // Failed once under heavy load (one sentence's confidence 0.714 against 0.627) and never again in
            // hundreds of runs: should it recur, the message tells a change in what the model learnt from (the
            // inputs differ) from one in how it judged (same inputs, other scores), with every digit.
            assertThat(second.suggestions()).as(() -> second.differencesFrom(first)).isEqualTo(first.suggestions())
                    .isNotEmpty();
            assertThat(second.predictions()).as(() -> second.differencesFrom(first)).isEqualTo(first.predictions());
        }
    }

    /**
     * One session's suggestions for document 1 (the first thing asked of the freshly opened project, as before) and
     * evaluation, with what the assistant learns from as read after each: every document (language, content hash),
     * the coder and codes, and each coded document's text, passages and units with their labels.
     */
    private record Session(List<Suggestion> suggestions, List<UnitPrediction> predictions, String inputsAfterSuggest,
                           String inputsAfterEvaluation) {
        static Session of(Workbench wb, AssistantSettings settings) {
            List<Suggestion> suggestions = wb.assistant().suggest(1, settings);
            String afterSuggest = trainingInputs(wb, settings);
            List<UnitPrediction> predictions = wb.assistant().evaluate(settings).predictions();
            return new Session(suggestions, predictions, afterSuggest, trainingInputs(wb, settings));
        }

        String differencesFrom(Session first) {
            return "training inputs (SHA-256) after the suggestions/after the evaluation, first session "
                    + sha(first.inputsAfterSuggest()) + "/" + sha(first.inputsAfterEvaluation()) + ", second "
                    + sha(inputsAfterSuggest()) + "/" + sha(inputsAfterEvaluation())
                    + firstDifference(first.inputsAfterSuggest(), inputsAfterSuggest())
                    + firstDifference(first.inputsAfterEvaluation(), inputsAfterEvaluation())
                    + "\nfirst session's suggestions:  " + first.suggestions()
                    + "\nsecond session's suggestions: " + suggestions()
                    + "\nsuggestions that differ (first / second): " + differing(first.suggestions(), suggestions())
                    + "\npredictions that differ (first / second): " + differing(first.predictions(), predictions());
        }
    }

    private static String trainingInputs(Workbench wb, AssistantSettings settings) {
        StringBuilder out = new StringBuilder();
        for (Document d : wb.documents().list()) {
            out.append("document ").append(d.id()).append(' ').append(d.meta().language()).append(' ')
                    .append(d.contentHash()).append('\n');
        }
        Assistant.Examples examples = wb.assistant().examples(settings);
        out.append("coder ").append(examples.coder().id()).append(" codes ").append(examples.codes().keySet())
                .append('\n');
        for (Document d : examples.documents()) {
            String text = wb.documents().text(d.id());
            List<Segment> passages = examples.passages().get(d.id());
            out.append("coded ").append(d.id()).append(" text ").append(sha(text));
            passages.forEach(p -> out.append(" passage ").append(p.start()).append('-').append(p.end()).append(':')
                    .append(p.codeId()));
            List<TextUnit> units = AssistantUnits.of(d, text, settings.unit());
            List<Set<Long>> labels = org.parallax.analysis.UnitLabels.of(units, passages);
            for (int i = 0; i < units.size(); i++) {
                out.append(" unit ").append(units.get(i).start()).append('-').append(units.get(i).end())
                        .append(labels.get(i));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String firstDifference(String first, String second) {
        String[] a = first.split("\n");
        String[] b = second.split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(none)";
            String y = i < b.length ? b[i] : "(none)";
            if (!x.equals(y)) {
                return "\nfirst line of the inputs that differs:\n  " + x + "\n  " + y;
            }
        }
        return "";
    }

    private static List<String> differing(List<?> first, List<?> second) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            Object x = i < first.size() ? first.get(i) : null;
            Object y = i < second.size() ? second.get(i) : null;
            if (!java.util.Objects.equals(x, y)) {
                out.add(x + " / " + y);
            }
        }
        return out;
    }

    private static String sha(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The assistant judges a document's units on every core, and {@code assistant run} several documents at once,
     * all through one trained model: documents judged together on several threads, in different orders, get exactly
     * what each gets alone (a search sharing scratch state between queries would mix their scores).
     */
    @Test
    void documentsJudgedAtOnceOnSeveralThreadsGetWhatEachGetsAlone() throws Exception {
        AssistantSettings settings = AssistantSettings.defaults().withCoder(AssistantFixture.CODER);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Workbench wb = Backend.SQLITE.from(AssistantFixture.create(dir, 6, 2));
             TrainedAssistant trained = wb.assistant().train(settings)) {
            List<Long> documents = wb.documents().list().stream().map(Document::id).toList();
            Map<Long, List<Suggestion>> alone = new HashMap<>();
            for (long id : documents) {
                alone.put(id, trained.suggest(id));
            }
            for (int round = 0; round < 5; round++) {
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<Map<Long, List<Suggestion>>>> together = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t * 3 + round;
                    together.add(pool.submit(() -> {
                        start.await();
                        Map<Long, List<Suggestion>> judged = new HashMap<>();
                        for (int i = 0; i < documents.size(); i++) {
                            long id = documents.get((first + i) % documents.size());
                            judged.put(id, trained.suggest(id));
                        }
                        return judged;
                    }));
                }
                for (Future<Map<Long, List<Suggestion>>> judged : together) {
                    assertThat(judged.get()).isEqualTo(alone);
                }
            }
            assertThat(alone.values()).anyMatch(list -> !list.isEmpty());
        } finally {
            pool.shutdownNow();
        }
    }

    @BothBackends
    void theWarmUpAfterTrainingChangesNoSuggestionAndStoresNothing(Backend backend) {
        AssistantSettings settings = AssistantSettings.defaults().withCoder(AssistantFixture.CODER);
        try (Workbench wb = backend.from(AssistantFixture.create(dir, 6, 2))) {
            List<Document> documents = wb.documents().list();
            Map<Long, List<Suggestion>> cold = new HashMap<>();
            for (Document d : documents) {
                cold.put(d.id(), wb.assistant().suggest(d.id(), settings));
            }
            List<Segment> before = wb.coding().segments();
            Map<Long, Set<String>> rejectedBefore = rejections(wb, documents);
            boolean couldUndo = wb.history().canUndo();

            try (TrainedAssistant trained = wb.assistant().train(settings)) {
                assertThat(trained.warmedUnits()).isPositive().isLessThanOrEqualTo(AssistantModel.WARM_UP_UNITS);
                assertThat(wb.coding().segments()).isEqualTo(before);
                assertThat(rejections(wb, documents)).isEqualTo(rejectedBefore);
                assertThat(wb.history().canUndo()).isEqualTo(couldUndo);
                for (Document d : documents) {
                    assertThat(trained.suggest(d.id())).as(d.title()).isEqualTo(cold.get(d.id()));
                }
            }
            assertThat(cold.values()).anyMatch(list -> !list.isEmpty());
        }
    }

    private static Map<Long, Set<String>> rejections(Workbench wb, List<Document> documents) {
        Map<Long, Set<String>> out = new HashMap<>();
        documents.forEach(d -> out.put(d.id(), Set.copyOf(wb.project().provenance.rejections(d.id(),
                wb.activeCoder().id()))));
        return out;
    }

    @BothBackends
    void russianDocumentsGetLexicalSuggestions(Backend backend) {
        try (Workbench wb = backend.from(AssistantFixture.create(dir, 4, 4))) {
            long probe = TestProjects.importOne(wb, TestProjects.textFile(dir, "probe-ru.txt",
                    AssistantFixture.russianProbe()));
            String text = wb.documents().text(probe);
            assertThat(wb.documents().get(probe).orElseThrow().meta().language()).isEqualTo("ru");

            List<Suggestion> suggestions = wb.assistant().suggest(probe, AssistantSettings.defaults()
                    .withCoder(AssistantFixture.CODER));

            assertThat(suggestions).singleElement().satisfies(s -> {
                assertThat(s.codeName()).isEqualTo(AssistantFixture.POWER);
                assertThat(text.substring(s.start(), s.end())).startsWith("Генеральный штаб").endsWith("фланге.");
                assertThat(s.confidence()).isBetween(AssistantSettings.DEFAULT_THRESHOLD, 1.0);
            });
        }
    }

    @BothBackends
    void bothLexicalMethodsSuggestForEnglishText(Backend backend) {
        try (Workbench wb = backend.from(AssistantFixture.create(dir, 6, 0))) {
            long probe = TestProjects.importOne(wb, TestProjects.textFile(dir, "probe.txt",
                    AssistantFixture.englishProbe()));
            String text = wb.documents().text(probe);
            for (AssistantMethod method : List.of(AssistantMethod.KNN, AssistantMethod.BAYES)) {
                List<Suggestion> suggestions = wb.assistant().suggest(probe, AssistantSettings.defaults()
                        .withCoder(AssistantFixture.CODER).withMethod(method));

                assertThat(suggestions).as(method.label()).extracting(s -> s.codeName() + ": "
                        + text.substring(s.start(), s.end())).containsExactly(
                        AssistantFixture.POWER + ": The defence ministry moved tank battalions to forward bases.",
                        AssistantFixture.DIALOGUE + ": The foreign ministers agreed to hold joint meetings on common concerns.");
            }
        }
    }

    @BothBackends
    void noCodedPassagesOrOnlyOneCodeIsSaidInWords(Backend backend) {
        try (Workbench wb = backend.table1(dir)) {
            TestProjects.importSamples(wb);
            assertThatThrownBy(() -> wb.assistant().evaluate(AssistantSettings.defaults()))
                    .isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("No passages coded by '" + wb.activeCoder().name() + "'")
                    .hasMessageContaining(" in " + wb.displayName() + ":");
            Segment one = wb.coding().code(1, 0, 20, wb.codebook().code("Balance of power").id(), null);
            wb.coding().code(2, 0, 20, one.codeId(), null);
            assertThatThrownBy(() -> wb.assistant().evaluate(AssistantSettings.defaults()))
                    .isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Only one code ('Balance of power')")
                    .hasMessageContaining("at least two codes");
            assertThatThrownBy(() -> wb.assistant().evaluate(AssistantSettings.defaults().withCoder("nobody")))
                    .hasMessageContaining("No coder named 'nobody'");
        }
    }
}
