package org.parallax.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parallax.analysis.tracing.LedgerCalculation;
import org.parallax.model.Evidence;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Likelihood;

/** A synthetic hypothesis set and evidence for {@code bench}: every item has ranges, one in ten is in a group. */
public final class LedgerBenchmark {
    /** Input of one benchmark run. */
    public record Input(HypothesisSet set, List<Evidence> evidence) {
    }

    private LedgerBenchmark() {
    }

    public static Input synthetic(int items, int hypotheses, long seed) {
        Random random = new Random(seed);
        List<Hypothesis> hs = new ArrayList<>();
        for (int i = 0; i < hypotheses; i++) {
            hs.add(new Hypothesis(i + 1, "H" + (i + 1), "hypothesis " + (i + 1), 1.0 / hypotheses, false));
        }
        HypothesisSet set = new HypothesisSet(1, "bench", null, hs);
        List<Evidence> evidence = new ArrayList<>(items);
        for (int k = 1; k <= items; k++) {
            Map<Long, Likelihood> likelihoods = new LinkedHashMap<>();
            for (Hypothesis h : hs) {
                double low = 0.05 + 0.7 * random.nextDouble();
                likelihoods.put(h.id(), new Likelihood(low, Math.min(1, low + 0.2 * random.nextDouble())));
            }
            LocalDate date = LocalDate.of(1997, 1, 1).plusDays(random.nextInt(28 * 365));
            String group = k % 10 == 0 ? "source " + random.nextInt(20) : null;
            evidence.add(new Evidence(k, 1, "item " + k, null, date, group, likelihoods, List.of()));
        }
        return new Input(set, evidence);
    }

    /** Computes the ledger once; returns a checksum so the work cannot be optimised away. */
    public static double runOnce(Input input) {
        var ledger = LedgerCalculation.compute(input.set(), input.evidence());
        return ledger.finalPosterior()[0] + ledger.finalLow()[0] + ledger.finalHigh()[0];
    }
}
