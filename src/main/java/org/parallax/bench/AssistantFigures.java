package org.parallax.bench;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Document;
import org.parallax.workbench.AssistantRunReport;
import org.parallax.workbench.AssistantSettings;
import org.parallax.workbench.TrainedAssistant;
import org.parallax.workbench.Workbench;

/**
 * The coding assistant on the benchmark project (lexical k-nearest-neighbour method, sentence units): training
 * on every coded passage, suggestions for one document after training, and {@code assistant run} over every
 * document (which trains once per fold plus once for uncoded documents, docs/assistant.md).
 */
public final class AssistantFigures {
    public static final String TRAINING = "Assistant: training on all coded passages";
    public static final String SUGGEST = "Assistant: suggestions for one document";
    public static final String RUN = "Assistant: run over all documents";
    private static final int SUGGESTION_RUNS = 5;

    private AssistantFigures() {
    }

    public static List<Figure> measure(Workbench workbench, List<Document> documents) {
        List<Figure> figures = new ArrayList<>();
        AssistantSettings settings = AssistantSettings.defaults();
        TrainedAssistant[] trained = new TrainedAssistant[1];
        figures.add(Figure.atMost(TRAINING, Timings.seconds(() -> trained[0] = workbench.assistant().train(settings)),
                "s", 30));
        try {
            figures.add(Figure.info("Assistant: units learnt from (coded)", trained[0].codedUnits(), "units"));
            figures.add(Figure.info("Assistant: units learnt from (all)", trained[0].units(), "units"));
            Timings timings = new Timings(SUGGESTION_RUNS);
            for (int i = 0; i < SUGGESTION_RUNS; i++) {
                long id = documents.get(i % documents.size()).id();
                timings.time(() -> trained[0].suggest(id));
            }
            figures.add(Figure.atMost(SUGGEST, timings.medianMillis() / 1000, "s", 1));
        } finally {
            trained[0].close();
        }
        AssistantRunReport[] report = new AssistantRunReport[1];
        figures.add(Figure.atMost(RUN, Timings.seconds(() -> report[0] = workbench.assistant().run(settings, null,
                null)), "s", 120));
        figures.add(Figure.info("Assistant: passages of its layer", report[0].passages().size(), "passages"));
        return figures;
    }
}
