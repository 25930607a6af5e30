package org.parallax.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.HypothesisTest;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;
import org.parallax.model.TestThresholds;
import org.parallax.model.TracingNumbers;

/**
 * The transparency report of a hypothesis set (docs/process-tracing.md#transparency-report), in the spirit of
 * Annotation for Transparent Inquiry: each evidence item with its excerpt, full citation, the analyst's note, its
 * likelihoods and test types, then the ledger. Its texts are made here once as a {@link ReportDocument}; the
 * report writers every other report uses ({@link DocxReport}, {@link HtmlReport}) lay them out.
 */
public record TracingReport(HypothesisSet set, List<Evidence> evidence, Map<Long, List<HypothesisTest>> tests,
                            Ledger ledger, TestThresholds thresholds) {

    /**
     * The report as sections: the hypotheses, each evidence item (quotes with citations, the note, the
     * likelihoods as points), then the ledger table with the method beneath.
     */
    public ReportDocument document() {
        List<ReportDocument.Entry> hypotheses = hypothesisLines().stream()
                .map(l -> new ReportDocument.Entry(null, l, null, null, null)).toList();
        List<ReportDocument.Section> items = new ArrayList<>();
        for (Evidence e : evidence) {
            List<ReportDocument.Entry> entries = new ArrayList<>();
            // The quote marks were part of the tracing report's Word quotes before it shared the writers.
            e.passages().forEach(p -> entries.add(new ReportDocument.Entry(null, null, "“" + p.quote() + "”",
                    citation(p), null)));
            entries.add(new ReportDocument.Entry(e.note() == null ? null : "Analyst's note", e.note(), null, null,
                    null, likelihoodLines(e)));
            items.add(new ReportDocument.Section(heading(e), List.of(), entries, null, false));
        }
        List<ReportDocument.Section> sections = List.of(
                new ReportDocument.Section("Hypotheses", List.of(), hypotheses, null, false),
                new ReportDocument.Section("Evidence", items, List.of(), null, false),
                new ReportDocument.Section("Ledger", List.of(), List.of(new ReportDocument.Entry(null, method(), null,
                        null, null)), new ReportDocument.Table(ledgerHeader(), ledgerRows()), false));
        return new ReportDocument(title(), "evidence item", set.description() == null ? List.of()
                : List.of(set.description()), List.of(), sections);
    }

    String title() {
        return "Process tracing: " + set.name();
    }

    /** "H1 (prior 0.4): statement". */
    List<String> hypothesisLines() {
        return set.hypotheses().stream().map(h -> h.name() + (h.catchAll() ? " (catch-all)" : "") + ", prior "
                + number(h.prior()) + ": " + h.statement()).toList();
    }

    /** "Evidence #3, 2016-09-05 (group G): description". */
    String heading(Evidence e) {
        return "Evidence #" + e.id() + (e.date() == null ? ", undated" : ", " + e.date())
                + (e.group() == null ? "" : " (dependency group " + e.group() + ")") + ": " + e.description();
    }

    /** Title, date, actor and the offsets, and whether the passage still reads so. */
    static String citation(EvidencePassage p) {
        return p.documentTitle() + (p.documentDate() == null ? "" : ", " + p.documentDate())
                + (p.actor() == null ? "" : ", " + p.actor()) + "; document " + p.documentId() + ", characters "
                + p.start() + "–" + p.end() + " (UTF-16 offsets)"
                + (p.passageId() == null ? "" : ", coded passage " + p.passageId())
                + (p.status().name().equals("CURRENT") ? "" : " — " + p.status().label() + " since recorded");
    }

    /** "P(E|H1) = 0.8: hoop — passing keeps…; failing nearly eliminates…". */
    List<String> likelihoodLines(Evidence e) {
        List<String> lines = new ArrayList<>();
        List<HypothesisTest> itemTests = tests.get(e.id());
        for (int i = 0; i < set.hypotheses().size(); i++) {
            Hypothesis h = set.hypotheses().get(i);
            HypothesisTest t = itemTests.get(i);
            lines.add("P(E|" + h.name() + ") = " + e.likelihood(h) + ", P(E|not " + h.name() + ") = "
                    + number(t.notH()) + ": " + t.type().label() + " (passing " + t.type().ifPassed()
                    + "; failing " + t.type().ifFailed() + ")");
        }
        return lines;
    }

    List<String> ledgerHeader() {
        List<String> header = new ArrayList<>(List.of("Step", "Evidence", "Date"));
        set.hypotheses().forEach(h -> header.add(h.name() + " posterior [low–high], dB"));
        return header;
    }

    List<List<String>> ledgerRows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> prior = new ArrayList<>(List.of("0", "prior", ""));
        set.hypotheses().forEach(h -> prior.add(number(h.prior())));
        rows.add(prior);
        int n = 0;
        for (LedgerStep s : ledger.steps()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(++n), "#" + s.evidence().id()
                    + (s.counted() ? "" : " (counted with #" + s.countedWith() + ")"),
                    s.date() == null ? "" : s.date().toString()));
            for (int i = 0; i < set.hypotheses().size(); i++) {
                String cell = number(s.posterior()[i]);
                if (Math.abs(s.high()[i] - s.low()[i]) > 5e-5) {
                    cell += " [" + number(s.low()[i]) + "–" + number(s.high()[i]) + "]";
                }
                row.add(s.counted() ? cell + ", " + decibels(s.decibels()[i]) : cell);
            }
            rows.add(row);
        }
        return rows;
    }

    String method() {
        return "Posteriors by Bayes' rule over the set, item by item in date order; ranges give the exact lowest and "
                + "highest posterior from their ends; a dependency group counts once. Test types: certain when "
                + "P(E|H) ≥ " + thresholds.certainty() + ", unique when P(E|not H) ≤ " + thresholds.uniqueness()
                + ". Method and formulas: Parallax docs/process-tracing.md.";
    }

    private static String number(double p) {
        return TracingNumbers.probability(p);
    }

    private static String decibels(double db) {
        return TracingNumbers.decibels(db);
    }
}
