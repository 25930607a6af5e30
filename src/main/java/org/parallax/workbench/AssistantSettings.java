package org.parallax.workbench;

import java.util.Locale;
import org.parallax.analysis.UnitSplitter;
import org.parallax.embedding.SentenceEmbedder;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;

/**
 * Everything that decides the assistant's suggestions: the method, the unit it codes, k for the nearest
 * neighbour method, the confidence a code needs to be suggested, the coder it learns from (null: the active
 * coder), the folds of the evaluation and the seed that assigns documents to folds and samples uncoded units.
 * Same project and same settings give the same suggestions.
 */
public record AssistantSettings(AssistantMethod method, UnitSplitter.Kind unit, int neighbours, double threshold,
                                String coder, int folds, long seed) {
    /** The coder layer the assistant's own passages go into ({@link Coder#ASSISTANT}). */
    public static final String CODER = Coder.ASSISTANT;
    /** Chosen by the evaluation on the sample project (docs/decisions/0012-assistant-method.md). */
    public static final double DEFAULT_THRESHOLD = 0.1;
    public static final int DEFAULT_NEIGHBOURS = 10;
    public static final int DEFAULT_FOLDS = 5;
    public static final long DEFAULT_SEED = 20_260_101L;

    public AssistantSettings {
        if (method == null) {
            method = AssistantMethod.KNN;
        }
        if (unit == null) {
            unit = UnitSplitter.Kind.SENTENCE;
        }
        if (unit == UnitSplitter.Kind.TURN) {
            throw new ParallaxException("The assistant codes sentences or paragraphs, not speaker turns");
        }
        if (neighbours < 1 || neighbours > 100) {
            throw new ParallaxException("The assistant's k must be between 1 and 100, not " + neighbours);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ParallaxException("The assistant's threshold must be above 0 and at most 1, not " + threshold);
        }
        if (folds < 2 || folds > 20) {
            throw new ParallaxException("The evaluation needs 2 to 20 folds, not " + folds);
        }
    }

    public static AssistantSettings defaults() {
        return new AssistantSettings(AssistantMethod.KNN, UnitSplitter.Kind.SENTENCE, DEFAULT_NEIGHBOURS,
                DEFAULT_THRESHOLD, null, DEFAULT_FOLDS, DEFAULT_SEED);
    }

    public AssistantSettings withMethod(AssistantMethod newMethod) {
        return new AssistantSettings(newMethod, unit, neighbours, threshold, coder, folds, seed);
    }

    public AssistantSettings withUnit(UnitSplitter.Kind newUnit) {
        return new AssistantSettings(method, newUnit, neighbours, threshold, coder, folds, seed);
    }

    public AssistantSettings withThreshold(double newThreshold) {
        return new AssistantSettings(method, unit, neighbours, newThreshold, coder, folds, seed);
    }

    public AssistantSettings withCoder(String newCoder) {
        return new AssistantSettings(method, unit, neighbours, threshold, newCoder, folds, seed);
    }

    public AssistantSettings withFolds(int newFolds) {
        return new AssistantSettings(method, unit, neighbours, threshold, coder, newFolds, seed);
    }

    public AssistantSettings withNeighbours(int k) {
        return new AssistantSettings(method, unit, k, threshold, coder, folds, seed);
    }

    /**
     * The method that codes this document: the one chosen, except that the semantic method reads English only and
     * leaves documents in other languages to the lexical {@code knn}.
     */
    public AssistantMethod methodFor(Document document) {
        return method == AssistantMethod.SEMANTIC && !AssistantUnits.english(document) ? AssistantMethod.KNN : method;
    }

    /** The settings as one line, stored with every passage the assistant proposed. */
    public String describe(String learntFrom) {
        String how = switch (method) {
            case KNN -> " k=" + neighbours;
            case BAYES -> "";
            case SEMANTIC -> " model=" + SentenceEmbedder.MODEL + " k=" + neighbours + " fallback=knn";
        };
        return "method=" + method.label() + how + " unit=" + unit.name().toLowerCase(Locale.ROOT)
                + " threshold=" + threshold + " coder=" + learntFrom + " seed=" + seed;
    }
}
