package org.parallax.analysis.tracing;

import java.util.List;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;

/** The motivating study's hypotheses plus a catch-all, shipped as an editable template beside Table 1. */
public final class StudyHypotheses {
    public static final HypothesisSet TEMPLATE = new HypothesisSet(0, "NATO-Russia relations since 1997",
            "Is NATO-Russia interaction confrontation or cooperation? (the study's two hypotheses)", List.of(
            new Hypothesis(0, "H1", "NATO-Russia interaction is shaped by residual Cold War patterns arising from a "
                    + "perceived balance-of-threat situation", 0.4, false),
            new Hypothesis(0, "H2", "Neither norm convergence nor realism by itself explains NATO-Russia interaction",
                    0.4, false),
            new Hypothesis(0, "Other", "Another explanation (catch-all)", 0.2, true)));

    private StudyHypotheses() {
    }
}
