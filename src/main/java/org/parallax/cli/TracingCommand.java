package org.parallax.cli;

import java.util.Locale;
import java.util.Map;
import org.parallax.analysis.tracing.VerbalScale;
import org.parallax.model.Counted;
import org.parallax.model.ParallaxException;
import org.parallax.model.TestThresholds;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `tracing scale|thresholds PROJECT …`: the project's process-tracing settings, shown or changed. */
@Command(name = "tracing", description = "Process-tracing settings: the verbal scale of P(E|H) and the thresholds of "
        + "van Evera's test types (docs/process-tracing.md).", subcommands = {TracingCommand.Scale.class,
        TracingCommand.Thresholds.class})
final class TracingCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say scale or thresholds");
    }

    /** Prints the verbal scale, or replaces it whole. */
    @Command(name = "scale", description = "Print the verbal scale, or replace it: --terms \"almost certain=0.95; "
            + "likely=0.7; …\" (the whole scale), --reset for the shipped one. Evidence already recorded keeps its "
            + "numbers.")
    static final class Scale extends ProjectCommand {
        @Option(names = "--terms", paramLabel = "TERM=P; …", description = "The new scale, every term with its "
                + "number") String terms;
        @Option(names = "--reset", description = "Back to the shipped scale") boolean reset;

        @Override
        int run(Workbench workbench) {
            if (terms != null && reset) {
                throw new ParallaxException("Give either --terms or --reset, not both");
            }
            VerbalScale scale = reset ? workbench.tracing().resetVerbalScale()
                    : terms != null ? workbench.tracing().setVerbalScale(terms) : workbench.tracing().verbalScale();
            if (terms != null || reset) {
                out().println("Saved the verbal scale (" + Counted.of(scale.terms().size(), "term") + "):");
            }
            for (Map.Entry<String, Double> e : scale.terms().entrySet()) {
                out().printf(Locale.ROOT, "%-20s %s%n", e.getKey(), e.getValue());
            }
            return 0;
        }
    }

    /** Prints the test-type thresholds, or changes one or both. */
    @Command(name = "thresholds", description = "Print the thresholds of van Evera's test types, or change them: "
            + "evidence is certain for H when P(E|H) >= --certainty, unique when P(E|not H) <= --uniqueness.")
    static final class Thresholds extends ProjectCommand {
        @Option(names = "--certainty", paramLabel = "P", description = "In (0, 1]; shipped 0.8") Double certainty;
        @Option(names = "--uniqueness", paramLabel = "P", description = "In [0, 1); shipped 0.2") Double uniqueness;
        @Option(names = "--reset", description = "Back to the shipped thresholds") boolean reset;

        @Override
        int run(Workbench workbench) {
            if (reset && (certainty != null || uniqueness != null)) {
                throw new ParallaxException("Give either --reset or new thresholds, not both");
            }
            TestThresholds now = workbench.tracing().thresholds();
            boolean change = reset || certainty != null || uniqueness != null;
            TestThresholds shown = reset ? TestThresholds.DEFAULT : now;
            if (change) {
                shown = workbench.tracing().setThresholds(certainty != null ? certainty : shown.certainty(),
                        uniqueness != null ? uniqueness : shown.uniqueness());
            }
            out().printf(Locale.ROOT, "%scertainty %s (P(E|H) at least this is certain)%nuniqueness %s (P(E|not H) at "
                    + "most this is unique)%n", change ? "Saved the thresholds: " : "", shown.certainty(),
                    shown.uniqueness());
            return 0;
        }
    }
}
