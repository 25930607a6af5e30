package org.parallax.ui.tracing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.analysis.tracing.CausalChain;
import org.parallax.model.CausalEvent;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.HypothesisTest;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;
import org.parallax.model.ParallaxException;
import org.parallax.model.TestThresholds;
import org.parallax.model.TracingNumbers;
import org.parallax.workbench.ShownEvidence;
import org.parallax.workbench.Workbench;

/**
 * What the Process tracing tab shows of one set, read in the background in one go: the sets, the chosen set, its
 * evidence rows (and the line saying what blind mode withheld), its ledger (or why there is none yet), the sensitivity rows and the causal chain.
 */
record TracingSnapshot(List<String> sets, HypothesisSet set, List<EvidenceRow> evidence, String withheld,
                       Ledger ledger, String problem, List<SensitivityRow> sensitivity, List<ChainRow> chain, CausalChain causalChain,
                       String scale, TestThresholds thresholds) {

    static TracingSnapshot read(Workbench wb, String wanted) {
        List<HypothesisSet> sets = wb.tracing().sets();
        List<String> names = sets.stream().map(HypothesisSet::name).toList();
        HypothesisSet set = sets.stream().filter(s -> s.name().equals(wanted)).findFirst()
                .orElse(sets.isEmpty() ? null : sets.get(0));
        if (set == null) {
            // No problem line: the empty evidence table says what to do first, and goes as the set is made, where this
            // line stood until the next snapshot was read, seconds later on a busy machine.
            return new TracingSnapshot(names, null, List.of(), "", null, null, List.of(),
                    chain(wb.tracing().events(), null), null, scale(wb),
                    wb.tracing().thresholds());
        }
        ShownEvidence shown = wb.tracing().shownEvidence(set.name());
        List<Evidence> evidence = shown.items();
        Ledger ledger = null;
        String problem = null;
        try {
            ledger = wb.tracing().ledger(set.name());
        } catch (ParallaxException e) {
            problem = e.getMessage();
        }
        List<EvidenceRow> rows = new ArrayList<>();
        for (Evidence e : evidence) {
            rows.add(row(wb, set, e, ledger));
        }
        List<CausalEvent> events = wb.tracing().events();
        return new TracingSnapshot(names, set, rows, shown.notice().orElse(""), ledger, problem, sensitivity(wb, set, ledger),
                chain(events, ledger), ledger == null ? null : CausalChain.of(ledger, events), scale(wb),
                wb.tracing().thresholds());
    }

    /** The verbal scale one term a line, as the settings editor shows it. */
    private static String scale(Workbench wb) {
        return wb.tracing().verbalScale().terms().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static EvidenceRow row(Workbench wb, HypothesisSet set, Evidence e, Ledger ledger) {
        LedgerStep step = ledger == null ? null : ledger.steps().stream().filter(s -> s.evidence().id() == e.id())
                .findFirst().orElse(null);
        List<String> cells = new ArrayList<>();
        List<HypothesisTest> tests = ledger == null ? null : wb.tracing().tests(set, e);
        for (int i = 0; i < set.hypotheses().size(); i++) {
            Hypothesis h = set.hypotheses().get(i);
            String cell = e.likelihoods().containsKey(h.id()) ? e.likelihood(h).toString() : "?";
            if (tests != null) {
                cell += " · " + tests.get(i).type().label();
            }
            if (step != null && step.counted()) {
                cell += " · " + decibels(step.decibels()[i]);
            }
            cells.add(cell);
        }
        String moved = step == null ? "" : step.counted() ? number(step.shift())
                : "counted with #" + step.countedWith();
        // An item can rest on no passage (its rows removed by another program, or held back by an older team server).
        EvidencePassage first = e.passages().isEmpty() ? null : e.passages().get(0);
        return new EvidenceRow(e.id(), e.date() == null ? "" : e.date().toString(), e.description(),
                String.join(" … ", e.passages().stream().map(EvidencePassage::quote).toList()),
                first == null ? "" : first.documentTitle() + (first.actor() == null ? "" : " (" + first.actor() + ")"),
                first == null ? EvidenceRow.NO_PASSAGE
                        : String.join("; ", e.passages().stream().map(p -> p.status().label()).distinct().toList()),
                e.group() == null ? "" : e.group(), cells, moved, first == null ? 0 : first.documentId(),
                first == null ? 0 : first.start(), first == null ? 0 : first.end(),
                set.hypotheses().stream().map(h -> e.likelihoods().containsKey(h.id()) ? e.likelihood(h).toString()
                        : "").toList(), e.eventDate() == null ? "" : e.eventDate().toString(),
                e.note() == null ? "" : e.note());
    }

    private static List<SensitivityRow> sensitivity(Workbench wb, HypothesisSet set, Ledger ledger) {
        if (ledger == null) {
            return List.of();
        }
        double[] without = null;
        String topLabel = "";
        if (!ledger.byInfluence().isEmpty()) {
            long top = ledger.byInfluence().get(0).evidence().id();
            topLabel = " (without #" + top + ")";
            without = wb.tracing().ledgerWithout(set.name(), top).finalPosterior();
        }
        List<SensitivityRow> rows = new ArrayList<>();
        for (int i = 0; i < set.hypotheses().size(); i++) {
            Hypothesis h = set.hypotheses().get(i);
            rows.add(new SensitivityRow(h.name(), number(h.prior()), number(ledger.finalPosterior()[i]),
                    number(ledger.finalLow()[i]), number(ledger.finalHigh()[i]),
                    without == null ? "" : number(without[i]) + topLabel));
        }
        return rows;
    }

    private static List<ChainRow> chain(List<CausalEvent> events, Ledger ledger) {
        List<ChainRow> rows = new ArrayList<>();
        events.forEach(ev -> rows.add(new ChainRow(ev.date().toString(), "event",
                ev.label() + (ev.description() == null ? "" : ": " + ev.description()), "", ev.id())));
        if (ledger != null) {
            for (LedgerStep s : ledger.steps()) {
                StringBuilder posteriors = new StringBuilder();
                for (int i = 0; i < ledger.set().hypotheses().size(); i++) {
                    posteriors.append(i == 0 ? "" : "  ").append(ledger.set().hypotheses().get(i).name()).append(' ')
                            .append(number(s.posterior()[i]));
                }
                rows.add(new ChainRow(s.date() == null ? "" : s.date().toString(), "evidence #" + s.evidence().id(),
                        s.evidence().description(), posteriors.toString(), 0));
            }
        }
        rows.sort(Comparator.comparing((ChainRow r) -> r.date().isEmpty() ? "9999" : r.date()));
        return rows;
    }

    private static String number(double p) {
        return TracingNumbers.probability(p);
    }

    private static String decibels(double db) {
        return TracingNumbers.decibels(db);
    }
}
