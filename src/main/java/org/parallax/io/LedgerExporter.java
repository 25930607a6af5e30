package org.parallax.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.model.Hypothesis;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;

/**
 * Writes a process-tracing ledger (docs/process-tracing.md#ledger-files) as CSV, one row per step and hypothesis,
 * or as JSON with the steps nested; the file appears whole or not at all. Infinite ratios and decibels are written
 * as {@code Infinity} / {@code -Infinity}, undefined ones (a hypothesis with no rival weight left) as empty / null.
 */
public final class LedgerExporter {
    public static final List<String> CSV_HEADER = List.of("step", "evidence", "date", "counted_with", "hypothesis",
            "posterior", "low", "high", "likelihood_ratio", "decibels");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private LedgerExporter() {
    }

    /** Writes the ledger as JSON, or as CSV when {@code json} is false. */
    public static void write(Ledger ledger, Path file, boolean json) {
        try {
            AtomicFiles.writeText(file, out -> {
                if (json) {
                    json(ledger, out);
                } else {
                    csv(ledger, out);
                }
            });
        } catch (IOException e) {
            throw WriteFailures.of("the ledger", file, e);
        }
    }

    public static void csv(Ledger ledger, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        printer.printRecord(CSV_HEADER);
        List<Hypothesis> hs = ledger.set().hypotheses();
        int step = 0;
        for (LedgerStep s : ledger.steps()) {
            step++;
            for (int i = 0; i < hs.size(); i++) {
                printer.printRecord(step, s.evidence().id(), s.date() == null ? "" : s.date().toString(),
                        s.countedWith() == null ? "" : s.countedWith(), CsvCells.neutralise(hs.get(i).name()),
                        cell(s.posterior()[i]), cell(s.low()[i]), cell(s.high()[i]), cell(s.likelihoodRatio()[i]),
                        cell(s.decibels()[i]));
            }
        }
        printer.flush();
    }

    public static void json(Ledger ledger, Writer out) throws IOException {
        JSON.writeValue(out, tree(ledger));
        out.write('\n');
        out.flush();
    }

    /** The ledger as nested maps and lists, ready for Jackson. */
    public static Map<String, Object> tree(Ledger ledger) {
        List<Hypothesis> hs = ledger.set().hypotheses();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("set", ledger.set().name());
        List<Object> hypotheses = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("name", hs.get(i).name());
            h.put("statement", hs.get(i).statement());
            h.put("catch_all", hs.get(i).catchAll());
            h.put("prior", hs.get(i).prior());
            h.put("posterior", number(ledger.finalPosterior()[i]));
            h.put("low", number(ledger.finalLow()[i]));
            h.put("high", number(ledger.finalHigh()[i]));
            hypotheses.add(h);
        }
        root.put("hypotheses", hypotheses);
        List<Object> steps = new ArrayList<>();
        int n = 0;
        for (LedgerStep s : ledger.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", ++n);
            step.put("evidence", s.evidence().id());
            step.put("date", s.date() == null ? null : s.date().toString());
            step.put("counted_with", s.countedWith());
            step.put("shift", s.shift());
            Map<String, Object> posteriors = new LinkedHashMap<>();
            for (int i = 0; i < hs.size(); i++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("posterior", number(s.posterior()[i]));
                p.put("low", number(s.low()[i]));
                p.put("high", number(s.high()[i]));
                p.put("likelihood_ratio", number(s.likelihoodRatio()[i]));
                p.put("decibels", number(s.decibels()[i]));
                posteriors.put(hs.get(i).name(), p);
            }
            step.put("hypotheses", posteriors);
            steps.add(step);
        }
        root.put("steps", steps);
        root.put("most_influential", ledger.byInfluence().stream().map(LedgerStep::evidence)
                .map(e -> e.id()).toList());
        return root;
    }

    private static Object number(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        return Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity") : (Object) v;
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity") : Double.toString(v);
    }
}
