package org.parallax.workbench;

import java.util.Locale;
import org.parallax.embedding.SentenceEmbedder;

/**
 * The paragraph a methods section needs about the assistant (issue 17): which method and version, with which
 * settings, learnt from whose coding, and how well it agreed with that coding in the evaluation. It is written
 * from one evaluation, so the figures it quotes are the ones the researcher saw.
 */
public final class MethodsParagraph {
    private MethodsParagraph() {
    }

    /** The paragraph for an evaluation made by Parallax {@code version}. */
    public static String of(AssistantEvaluation e, String version) {
        AssistantSettings s = e.settings();
        AssistantEvaluation.CodeFigures all = e.overall();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Codes were suggested by the offline coding assistant of Parallax %s "
                        + "(%s, %s units, confidence threshold %s), trained on the passages of coder \"%s\" "
                        + "(seed %d); it ran on the researcher's computer and sent nothing over the network. ",
                version, method(s), s.unit().name().toLowerCase(Locale.ROOT), plain(s.threshold()), e.coder(),
                s.seed()));
        out.append(String.format(Locale.ROOT, "In %d-fold cross-validation by document over %d coded documents "
                        + "(%d held-out %s units), it reached precision %s, recall %s, F1 %s and Cohen's kappa %s "
                        + "against the coding of \"%s\" (micro-averaged over %d codes).",
                e.folds(), e.documents(), e.predictions().size(), s.unit().name().toLowerCase(Locale.ROOT),
                figure(all.precision()), figure(all.recall()), figure(all.f1()), figure(all.kappa()), e.coder(),
                e.codes().size()));
        long few = e.codes().stream().filter(AssistantEvaluation.CodeFigures::fewExamples).count();
        if (few > 0) {
            out.append(String.format(Locale.ROOT, " %d of the %d codes had fewer than %d coded passages, so their "
                    + "figures rest on few examples.", few, e.codes().size(), AssistantEvaluation.FEW_EXAMPLES));
        }
        return out.toString();
    }

    private static String method(AssistantSettings s) {
        return switch (s.method()) {
            case KNN -> "lexical k-nearest-neighbour classifier over Lucene BM25, k = " + s.neighbours();
            case BAYES -> "lexical naive Bayes classifier with BM25-weighted word likelihoods (Lucene)";
            case SEMANTIC -> "semantic k-nearest-neighbour classifier over coded passages and the frame guide's "
                    + "definitions and anchor examples by the cosine of their sentence embeddings (model "
                    + SentenceEmbedder.MODEL + " run locally on ONNX Runtime), k = " + s.neighbours()
                    + "; documents not in English were coded by the lexical k-nearest-neighbour classifier";
        };
    }

    /** Three decimals; a figure whose denominator was 0 (e.g. precision when nothing was suggested) is undefined. */
    private static String figure(double value) {
        return Double.isNaN(value) ? "undefined" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
