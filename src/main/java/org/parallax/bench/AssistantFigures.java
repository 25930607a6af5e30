package org.parallax.bench;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Document;
import org.parallax.workbench.AssistantRunReport;
import org.parallax.workbench.AssistantSettings;
import org.parallax.workbench.TrainedAssistant;
import org.parallax.workbench.Workbench;

/**
 * The coding assistant on the benchmark project (by default the lexical k-nearest-neighbour method, sentence units):
 * training on every coded passage, suggestions for one document after training, and {@code assistant run} over every
 * document (which trains once per fold plus once for uncoded documents, docs/assistant.md), then undoes the run.
 */
public final class AssistantFigures {
    public static final String TRAINING = "Assistant: training on all coded passages";
    public static final String SUGGEST = "Assistant: suggestions for one document";
    public static final String FIRST = "Assistant: suggestions for the first document after training";
    public static final String FIRST_CPU = "Assistant: suggestions for the first document, process CPU";
    public static final String RUN = "Assistant: run over all documents";
    private static final int SUGGESTION_RUNS = 5;

    private AssistantFigures() {
    }

    public static List<Figure> measure(Workbench workbench, List<Document> documents, AssistantMethod method) {
        List<Figure> figures = new ArrayList<>();
        AssistantSettings settings = AssistantSettings.defaults().withMethod(method);
        TrainedAssistant[] trained = new TrainedAssistant[1];
        figures.add(Figure.atMost(named(TRAINING, method), Timings.seconds(() -> trained[0] = workbench.assistant().train(settings)),
                "s", 30));
        try {
            figures.add(Figure.info(named("Assistant: units learnt from (coded)", method), trained[0].codedUnits(),
                    "units"));
            figures.add(Figure.info(named("Assistant: units learnt from (all)", method), trained[0].units(), "units"));
            // The first document apart (and the median's runs after it): it is the one the analyst waits for
            // when they switch suggestions on, and it met the JIT cold before training warmed the path. Its
            // process CPU too, which a loaded machine inflates less than the wall time.
            long first = documents.get(0).id();
            long cpuBefore = ProcessCpu.nanos();
            figures.add(Figure.atMost(named(FIRST, method), Timings.seconds(() -> trained[0].suggest(first)), "s", 1));
            figures.add(Figure.info(named(FIRST_CPU, method), (ProcessCpu.nanos() - cpuBefore) / 1e9, "s"));
            Timings timings = new Timings(SUGGESTION_RUNS);
            for (int i = 1; i <= SUGGESTION_RUNS; i++) {
                long id = documents.get(i % documents.size()).id();
                timings.time(() -> trained[0].suggest(id));
            }
            figures.add(Figure.atMost(named(SUGGEST, method), timings.medianMillis() / 1000, "s", 1));
        } finally {
            trained[0].close();
        }
        AssistantRunReport[] report = new AssistantRunReport[1];
        figures.add(Figure.atMost(named(RUN, method), Timings.seconds(() -> report[0] = workbench.assistant().run(settings, null,
                null)), "s", 120));
        figures.add(Figure.info(named("Assistant: passages of its layer", method), report[0].passages().size(),
                "passages"));
        // Undone (not timed): the steps after this one measure the same project with or without --assistant, not
        // one with the layer's passages added (about 2.2 million at full size, eleven times the project's own).
        workbench.history().undo();
        return figures;
    }

    /** The default method's figures keep their names; another method's say which. */
    private static String named(String figure, AssistantMethod method) {
        return method == AssistantMethod.KNN ? figure : figure + " (" + method.label() + ")";
    }
}
