package org.parallax.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.MatrixValues;
import org.parallax.model.Choices;
import org.parallax.model.Code;
import org.parallax.model.Matrix;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `tally PROJECT [--rows] [--cols] [--measure] [...]`: Table 1 by default, any coding matrix on request. */
@Command(name = "tally", description = "Print a coding matrix. Defaults give Table 1: theory frames with their "
        + "indicators by scenario, cells 'passages (documents)'.")
final class TallyCommand extends ProjectCommand {
    /** --rows: true for frames with their codes, false for codes alone. */
    private static final Choices<Boolean> ROWS = Choices.<Boolean>of().add("frame", true).add("code", false)
            .alias("frames", true).alias("codes", false);

    @Option(names = "--rows", paramLabel = "ROWS", defaultValue = "frame",
            description = "frame (frames with their codes) or code (default: ${DEFAULT-VALUE})")
    String rows;
    @Option(names = "--cols", paramLabel = "COLS", defaultValue = "scenario",
            description = "scenario, actor, type, year, month, period (between the project's events: see "
                    + "`event list`), lang, attr:NAME or code (default: ${DEFAULT-VALUE})")
    String cols;
    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "passages",
            description = "passages, documents, chars or per10k (default: ${DEFAULT-VALUE})")
    String measure;
    @Option(names = "--percent", paramLabel = "PERCENT", defaultValue = "none",
            description = "none, row, column or total (default: ${DEFAULT-VALUE})") String percent;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or after")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or before")
    LocalDate to;
    @Option(names = "--coder", split = ",", paramLabel = "NAME", description = "Only these coders' passages")
    List<String> coders;
    @Option(names = "--actor", split = ",", paramLabel = "ACTOR", description = "Only documents of these actors")
    List<String> actors;
    @Option(names = "--doc", split = ",", paramLabel = "ID", description = "Only these documents (ids as `docs` lists)")
    List<Long> documents;
    @CommandLine.Mixin ListingOutput output = new ListingOutput();
    @Option(names = "--svg", paramLabel = "FILE.svg", description = "Also draw the matrix as a heat map as an SVG vector file")
    Path svg;

    @Override
    int run(Workbench workbench) {
        MatrixSpec spec = spec(workbench);
        MatrixValues.Measure m = MatrixValues.Measure.CHOICES.parse(measure, "--measure");
        MatrixValues.Percentage p = percentage(percent);
        // Words are counted from the texts, which only a rate per 10,000 words needs.
        Matrix matrix = workbench.analysis().matrix(spec, m == MatrixValues.Measure.PER_10K_WORDS);
        boolean withDocuments = m == MatrixValues.Measure.PASSAGES && p == MatrixValues.Percentage.NONE;
        Listing listing = MatrixOutput.listing(MatrixValues.of(matrix, m, p), withDocuments, output.format);
        ChartNote chart = ChartNote.writeIfAsked(workbench, svg,
                () -> workbench.charts().heatMap(MatrixValues.of(matrix, m, p)));
        // The line under a workbook's sheet or a pseudonymised listing names the coders as files name them.
        String counted = output.written() ? workbench.exports().layersAsWritten(spec.filter(), output.pseudonymise.on)
                : workbench.analysis().layers(spec.filter()).sentence();
        output.print(out(), workbench, listing, "Matrix", counted);
        chart.say(this, output.format);
        // Which coders' layers the numbers count, after a table, or on standard error so a pipe stays clean.
        String layers = output.note(workbench, counted);
        if (!layers.isEmpty()) {
            (output.isTable() ? out() : err()).println(layers);
        }
        return 0;
    }

    private MatrixSpec spec(Workbench workbench) {
        List<Long> indicators = workbench.codebook().current().codes().stream()
                .filter(c -> c.frameId() != null && !c.isScenarioCode()).map(Code::id).toList();
        MatrixSpec.Rows rowSpec = ROWS.parse(rows, "--rows") ? MatrixSpec.Rows.frames()
                : MatrixSpec.Rows.codes(indicators);
        MatrixSpec.Columns colSpec = MatrixOptions.columns(cols, indicators, workbench);
        MatrixSpec.Filter filter = MatrixOptions.withDocuments(MatrixSpec.Filter.NONE.withDates(from, to),
                documents, workbench);
        if (coders != null) {
            filter = filter.withCoders(workbench.analysis().coderIds(coders));
        }
        if (actors != null) {
            filter = filter.withActors(new HashSet<>(actors));
        }
        return new MatrixSpec(rowSpec, colSpec, filter);
    }

    static MatrixValues.Percentage percentage(String text) {
        return MatrixValues.Percentage.CHOICES.parse(text, "--percent");
    }
}
