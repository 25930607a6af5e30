package org.parallax.analysis.tracing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Evidence;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Likelihood;

/** Builds hypothesis sets and evidence for the ledger tests: hypotheses get ids 1, 2, 3, … in order. */
final class TracingFixtures {
    private TracingFixtures() {
    }

    static HypothesisSet set(double... priors) {
        List<Hypothesis> hs = new ArrayList<>();
        for (int i = 0; i < priors.length; i++) {
            hs.add(new Hypothesis(i + 1, "H" + (i + 1), "statement " + (i + 1), priors[i], false));
        }
        return new HypothesisSet(1, "test", null, hs);
    }

    /** Evidence with point or range likelihoods, one {@link Likelihood} per hypothesis in order. */
    static Evidence evidence(long id, String date, String group, Likelihood... likelihoods) {
        Map<Long, Likelihood> map = new LinkedHashMap<>();
        for (int i = 0; i < likelihoods.length; i++) {
            map.put((long) i + 1, likelihoods[i]);
        }
        return new Evidence(id, 1, "item " + id, null, date == null ? null : LocalDate.parse(date), group, map,
                List.of());
    }

    static Evidence evidence(long id, String date, double... likelihoods) {
        Likelihood[] ls = new Likelihood[likelihoods.length];
        for (int i = 0; i < ls.length; i++) {
            ls[i] = Likelihood.of(likelihoods[i]);
        }
        return evidence(id, date, null, ls);
    }

    static Likelihood range(double low, double high) {
        return new Likelihood(low, high);
    }
}
