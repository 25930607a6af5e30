package org.parallax.analysis.tracing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.parallax.model.CausalEvent;
import org.parallax.model.Hypothesis;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;

/**
 * The causal chain over time (docs/process-tracing.md): the events, the dated evidence items placed on the same axis,
 * and each hypothesis' posterior as a line that starts at its prior and steps to the ledger's value on each item's
 * date. Undated items stay in the ledger but cannot be placed; {@code undated} counts them. One shape for the window's
 * chart and the SVG file.
 */
public record CausalChain(String title, LocalDate from, LocalDate to, List<CausalEvent> events,
                          List<Placed> evidence, List<Line> lines, int undated) {
    public CausalChain {
        events = List.copyOf(events);
        evidence = List.copyOf(evidence);
        lines = List.copyOf(lines);
    }

    /** An evidence item on the axis: its date, id and description; {@code counted} false when its group counts it. */
    public record Placed(LocalDate date, long evidenceId, String description, boolean counted) {
    }

    /** The posterior of one hypothesis from {@code date} on. */
    public record Point(LocalDate date, double posterior) {
    }

    /** One hypothesis' posterior over time: the prior at {@code from}, then a point per dated item (in date order). */
    public record Line(String hypothesis, List<Point> points) {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** Places a ledger's dated steps and the events on one time axis; no dates at all gives an empty chain. */
    public static CausalChain of(Ledger ledger, List<CausalEvent> events) {
        List<LedgerStep> dated = ledger.steps().stream().filter(s -> s.date() != null && !s.contradiction()).toList();
        List<LocalDate> dates = Stream.concat(events.stream().map(CausalEvent::date), dated.stream()
                .map(LedgerStep::date)).filter(Objects::nonNull).sorted().toList();
        LocalDate from = dates.isEmpty() ? null : dates.get(0);
        LocalDate to = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        List<Placed> placed = dated.stream().map(s -> new Placed(s.date(), s.evidence().id(),
                s.evidence().description(), s.counted())).toList();
        List<Line> lines = new ArrayList<>();
        List<Hypothesis> hs = ledger.set().hypotheses();
        for (int i = 0; i < hs.size(); i++) {
            List<Point> points = new ArrayList<>();
            if (from != null) {
                points.add(new Point(from, hs.get(i).prior()));
            }
            for (LedgerStep s : dated) {
                points.add(new Point(s.date(), s.posterior()[i]));
            }
            lines.add(new Line(hs.get(i).name(), points));
        }
        List<CausalEvent> sorted = events.stream().sorted(Comparator.comparing(CausalEvent::date)).toList();
        return new CausalChain("Causal chain: " + ledger.set().name(), from, to, sorted, placed, lines,
                ledger.steps().size() - dated.size());
    }
}
