package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.analysis.UnitSplitter;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Choices;
import org.parallax.workbench.Assistant;
import org.parallax.workbench.AssistantSettings;
import picocli.CommandLine.Option;

/** The options that decide the assistant's suggestions, shared by its subcommands. */
final class AssistantOptions {
    private static final Choices<AssistantMethod> METHODS = Choices.of(AssistantMethod.class);
    private static final Choices<UnitSplitter.Kind> UNITS = Choices.<UnitSplitter.Kind>of()
            .add("sentence", UnitSplitter.Kind.SENTENCE).add("paragraph", UnitSplitter.Kind.PARAGRAPH);

    @Option(names = "--coder", paramLabel = "NAME",
            description = "The coder whose passages the assistant learns from (default: the active coder)")
    String coder;
    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "sentence",
            description = "sentence or paragraph (default: sentence)")
    String unit;
    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "knn",
            description = "knn (nearest coded passages), bayes (BM25 naive Bayes) or semantic (nearest passages and "
                    + "frame-guide entries by meaning; English only, an add-on); default knn")
    String method;
    @Option(names = "--threshold", paramLabel = "X",
            description = "Confidence (0 to 1] a code needs to be suggested (default: "
                    + AssistantSettings.DEFAULT_THRESHOLD + ")")
    Double threshold;
    @Option(names = "--k", paramLabel = "N", description = "Neighbours the knn method asks (default: "
            + AssistantSettings.DEFAULT_NEIGHBOURS + ")")
    Integer neighbours;

    /** The settings; when the chosen method cannot run here, says so in one line and names the one used instead. */
    AssistantSettings settings(PrintWriter err) {
        AssistantSettings s = settings();
        Assistant.unavailable(s.method()).ifPresent(err::println);
        return s;
    }

    private AssistantSettings settings() {
        AssistantSettings s = AssistantSettings.defaults()
                .withMethod(METHODS.parse(method, "--method"))
                .withUnit(UNITS.parse(unit, "--unit"))
                .withCoder(coder);
        if (threshold != null) {
            s = s.withThreshold(threshold);
        }
        if (neighbours != null) {
            s = s.withNeighbours(neighbours);
        }
        return s;
    }
}
