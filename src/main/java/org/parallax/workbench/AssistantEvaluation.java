package org.parallax.workbench;

import java.util.List;
import java.util.Optional;
import org.parallax.analysis.CohenKappa;
import org.parallax.analysis.PredictionTables;
import org.parallax.analysis.UnitPrediction;
import org.parallax.model.Counted;

/**
 * The assistant measured like a second coder: k-fold cross-validation by document against one coder, per
 * code and pooled over codes (micro average), with every held-out unit's prediction so the figures can be
 * recounted.
 */
public record AssistantEvaluation(AssistantSettings settings, String coder, int documents, int folds,
                                  List<CodeFigures> codes, CodeFigures overall, List<UnitPrediction> predictions) {
    /** Codes with fewer coded passages than this get a warning: their figures rest on too little. */
    public static final int FEW_EXAMPLES = 10;

    public AssistantEvaluation {
        codes = List.copyOf(codes);
        predictions = List.copyOf(predictions);
    }

    /** The plain warning shown under the figures when some codes have too few coded passages, else empty. */
    public Optional<String> warning() {
        long few = codes.stream().filter(CodeFigures::fewExamples).count();
        return few == 0 ? Optional.empty() : Optional.of("Warning: " + Counted.of((int) few, "code")
                + (few == 1 ? " has" : " have") + " fewer than " + FEW_EXAMPLES + " coded passages; "
                + (few == 1 ? "its" : "their") + " figures rest on too few examples to trust.");
    }

    /** One code's figures; {@code passages} is how many passages the coder gave it, {@code units} how many units they label. */
    public record CodeFigures(String code, int passages, int units, CohenKappa table) {
        public double precision() {
            return PredictionTables.precision(table);
        }

        public double recall() {
            return PredictionTables.recall(table);
        }

        public double f1() {
            return PredictionTables.f1(table);
        }

        public double kappa() {
            return table.kappa();
        }

        public boolean fewExamples() {
            return passages < FEW_EXAMPLES;
        }
    }
}
