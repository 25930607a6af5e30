package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Counted;
import org.parallax.workbench.AssistantEvaluation;
import org.parallax.workbench.AssistantRunReport;
import org.parallax.workbench.AssistantEvaluation.CodeFigures;
import org.parallax.workbench.AssistantSettings;
import org.parallax.workbench.BuildInfo;
import org.parallax.workbench.MethodsParagraph;
import org.parallax.workbench.Suggestion;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `assistant evaluate|suggest|run PROJECT ...`: the offline coding assistant (docs/assistant.md). */
@Command(name = "assistant", description = "The offline coding assistant: learns from a coder's passages, "
        + "suggests codes, and is measured like a second coder (docs/assistant.md).",
        subcommands = {AssistantCommand.Evaluate.class, AssistantCommand.Suggest.class, AssistantCommand.Run.class})
final class AssistantCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: assistant evaluate, "
                + "assistant suggest or assistant run");
    }

    /** k-fold cross-validation by document against a coder. */
    @Command(name = "evaluate", description = "Train on some coded documents, test on the others (k-fold by "
            + "document, fixed seed): precision, recall, F1 and Cohen's kappa per code and over all codes.")
    static final class Evaluate extends ReadOnlyCommand {
        /** Output formats of this command. */
        enum Format { table, json, methods }

        @CommandLine.Mixin AssistantOptions options = new AssistantOptions();
        @Option(names = "--folds", paramLabel = "N", defaultValue = "" + AssistantSettings.DEFAULT_FOLDS,
                description = "Folds (default: 5; at most one per coded document)") int folds;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, json, or methods (the paragraph "
                + "for a methods section, with these figures) (default: ${DEFAULT-VALUE})") Format format;

        @Override
        int run(Workbench workbench) {
            AssistantEvaluation e = workbench.assistant().evaluate(options.settings(err()).withFolds(folds));
            if (format == Format.json) {
                out().println(pretty(json(e)));
                return 0;
            }
            if (format == Format.methods) {
                out().println(MethodsParagraph.of(e, BuildInfo.current().version()));
                return 0;
            }
            out().println("Assistant (" + e.settings().describe(e.coder()) + ") against '" + e.coder() + "': "
                    + e.folds() + "-fold cross-validation over " + Counted.of(e.documents(), "coded document") + ", "
                    + Counted.of(e.predictions().size(), "held-out unit"));
            Listing listing = new Listing(List.of("code", "passages", "units", "precision", "recall", "F1",
                    "kappa", "note"));
            e.codes().forEach(c -> row(listing, c));
            row(listing, e.overall());
            Listing.print(out(), listing, OutputFormat.table);
            e.warning().ifPresent(out()::println);
            return 0;
        }

        private static void row(Listing listing, CodeFigures c) {
            listing.row(c.code(), c.passages(), c.units(), round(c.precision()), round(c.recall()), round(c.f1()),
                    round(c.kappa()), c.fewExamples() && !c.code().startsWith("(") ? "few examples" : null);
        }

        private static Map<String, Object> json(AssistantEvaluation e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("method", e.settings().method().label());
            out.put("settings", e.settings().describe(e.coder()));
            out.put("coder", e.coder());
            out.put("documents", e.documents());
            out.put("folds", e.folds());
            out.put("units", e.predictions().size());
            out.put("codes", e.codes().stream().map(Evaluate::json).toList());
            out.put("overall", json(e.overall()));
            return out;
        }

        private static Map<String, Object> json(CodeFigures c) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("code", c.code());
            out.put("passages", c.passages());
            out.put("units", c.units());
            out.put("both", c.table().both());
            out.put("missed", c.table().firstOnly());
            out.put("extra", c.table().secondOnly());
            out.put("neither", c.table().neither());
            out.put("precision", round(c.precision()));
            out.put("recall", round(c.recall()));
            out.put("f1", round(c.f1()));
            out.put("kappa", round(c.kappa()));
            out.put("fewExamples", c.fewExamples());
            return out;
        }
    }

    /** The codes the assistant suggests for one document. */
    @Command(name = "suggest", description = "List the codes the assistant suggests for one document's sentences "
            + "or paragraphs, learnt from the coder's other documents; changes nothing.")
    static final class Suggest extends ReadOnlyCommand {
        @CommandLine.Mixin AssistantOptions options = new AssistantOptions();
        @Option(names = "--doc", paramLabel = "ID", required = true, description = "Document id (as `docs` lists)")
        long document;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, csv or json (default: ${DEFAULT-VALUE})") OutputFormat format;

        @Override
        int run(Workbench workbench) {
            List<Suggestion> suggestions = workbench.assistant().suggest(document, options.settings(err()));
            Listing listing = new Listing(List.of("start", "end", "code", "confidence"));
            suggestions.forEach(s -> listing.row(s.start(), s.end(), s.codeName(), round(s.confidence())));
            Listing.print(out(), listing, format);
            return 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String pretty(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Assistant reports must always serialise", e);
        }
    }

    /** The assistant as a coder: its own layer over the chosen documents. */
    @Command(name = "run", description = "Code the chosen documents as the coder layer 'assistant' (replacing its "
            + "earlier passages there), with each passage's provenance; compare it with `agreement --coders "
            + "analyst,assistant`.")
    static final class Run extends ProjectCommand {
        @CommandLine.Mixin AssistantOptions options = new AssistantOptions();
        @Option(names = "--codes", split = ",", paramLabel = "NAME,...",
                description = "Only these codes (default: every code the coder used)")
        List<String> codes;
        @Option(names = "--docs", split = ",", paramLabel = "ID,...", description = "Only these documents (default: all)")
        List<Long> documents;

        @Override
        int run(Workbench workbench) {
            AssistantRunReport report = workbench.assistant().run(options.settings(err()), codes, documents);
            out().println("Coded " + Counted.of(report.passages().size(), "passage") + " in "
                    + Counted.of(report.documents(), "document") + " as coder '" + AssistantSettings.CODER + "'"
                    + (report.replaced() > 0 ? ", replacing its "
                    + Counted.of(report.replaced(), "earlier passage") + " there" : "")
                    + "; learnt from '" + report.learntFrom() + "' (" + report.settings() + ")");
            return 0;
        }
    }

    static Double round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
    }
}
