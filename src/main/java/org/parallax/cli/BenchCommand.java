package org.parallax.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.bench.Benchmark;
import org.parallax.bench.TeamBenchmark;
import org.parallax.workbench.TaskProgress;
import org.parallax.bench.BenchmarkOptions;
import org.parallax.bench.BenchmarkResult;
import org.parallax.bench.Figure;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Choices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `bench`: generates a synthetic corpus and times import, coding, tally and export (docs/performance.md). */
@Command(name = "bench", description = "Benchmark on a generated corpus (default: 1,000 documents of ~50 KB, "
        + "200,000 passages) in a temporary folder; prints median figures against the targets.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "1000",
            description = "Documents to generate (default: ${DEFAULT-VALUE})") int documents;
    @Option(names = "--document-bytes", paramLabel = "BYTES", defaultValue = "50000",
            description = "Size of each generated document (default: ${DEFAULT-VALUE})")
    int documentBytes;
    @Option(names = "--segments", paramLabel = "N", defaultValue = "200000",
            description = "Coded passages to generate (default: ${DEFAULT-VALUE})") int segments;
    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "30",
            description = "Runs per timed step (medians) (default: ${DEFAULT-VALUE})")
    int repetitions;
    @Option(names = "--work-folder", paramLabel = "DIR", description = "Where to generate the corpus (default: temp)")
    Path workFolder;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})") OutputFormat format;
    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "Multiply documents and passages by N (--scale 10: 10,000 documents, 2,000,000 passages) "
            + "(default: ${DEFAULT-VALUE})")
    int scale;
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Import the files in DIR (and its subfolders) instead of generating a corpus")
    Path corpus;
    @Option(names = "--assistant", arity = "0..1", fallbackValue = "knn", paramLabel = "METHOD",
            description = "Also time the coding assistant, with knn (the default), bayes or semantic (the add-on); its "
                    + "run step adds about two minutes at full size with knn")
    String assistant;
    @Option(names = "--backend", defaultValue = "sqlite", paramLabel = "sqlite|postgresql",
            description = "Where the benchmark's project lives: a SQLite file in the work folder (default), or a "
                    + "team project on the PostgreSQL server that --url names")
    String backend;
    @Option(names = "--url", paramLabel = "URL", description = "With --backend postgresql: a team project that does "
            + "not exist yet, postgresql://USER@HOST:PORT/DATABASE?project=NAME (the project stays there)")
    String url;

    @Override
    public Integer call() {
        if (scale < 1 || scale > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be between 1 and 100, not "
                    + scale);
        }
        BenchmarkOptions options = BenchmarkOptions.defaults().withSize(documents, documentBytes, segments)
                .scaled(scale).withRepetitions(repetitions).withWorkFolder(workFolder).withAssistant(assistant == null ? null
                        : Choices.of(AssistantMethod.class).parse(assistant, "--assistant"))
                .withCorpus(corpus);
        var err = spec.commandLine().getErr();
        TaskProgress progress = new TaskProgress() {
            public void update(long done, long total, String message) {
                err.println("[" + done + "/" + total + "] " + message);
                err.flush();
            }

            public boolean isCancelled() {
                return false;
            }
        };
        BenchmarkResult result;
        switch (backend) {
            case "sqlite" -> {
                if (url != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--url needs --backend postgresql");
                }
                // Each step's figures on the progress stream as the step ends; the table at the end stays as it is.
                result = Benchmark.run(options, progress, f -> {
                    err.println("    " + f.name() + ": " + f.valueText()
                            + (f.hasTarget() ? " (" + f.targetText() + (f.met() ? ", met)" : ", NOT met)") : ""));
                    err.flush();
                });
            }
            case "postgresql" -> {
                if (url == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--backend postgresql needs --url postgresql://USER@HOST:PORT/DATABASE?project=NAME");
                }
                result = TeamBenchmark.run(options, url, ProjectCommand.passwordPrompt(url), progress);
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--backend is sqlite or postgresql, not " + backend);
        }
        Listing listing = new Listing(List.of("figure", "value", "target", "met"));
        for (Figure f : result.figures()) {
            listing.row(f.name(), f.valueText(), f.hasTarget() ? f.targetText() : null,
                    f.hasTarget() ? (f.met() ? "yes" : "NO") : null);
        }
        var out = spec.commandLine().getOut();
        Listing.print(out, listing, format);
        if (format == OutputFormat.table) {
            out.println(result.machine());
        }
        out.flush();
        return 0;
    }
}
