package org.parallax.cli;

import java.nio.file.Path;
import java.util.List;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Choices;
import org.parallax.workbench.ViewTables;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `cooccurrence PROJECT [--by overlap|paragraph]`: pairs of codes that occur together, with Jaccard. */
@Command(name = "cooccurrence", description = "Pairs of codes whose passages overlap (or share a paragraph), "
        + "with counts and Jaccard (docs/analysis.md).")
final class CooccurrenceCommand extends ProjectCommand {
    @Option(names = "--by", paramLabel = "BY", defaultValue = "overlap",
            description = "overlap or paragraph (default: ${DEFAULT-VALUE})") String by;
    @Option(names = "--code", split = ",", paramLabel = "NAME", description = "Only these codes (default: all)")
    List<String> codes;
    @Option(names = "--coder", split = ",", paramLabel = "NAME", description = "Only these coders' passages")
    List<String> coders;
    @CommandLine.Mixin ListingOutput output = new ListingOutput();
    @Option(names = "--svg", paramLabel = "FILE.svg", description = "Also draw the pairs as a heat map as an SVG vector file")
    Path svg;

    @Override
    int run(Workbench workbench) {
        CoOccurrence.Mode mode = Choices.of(CoOccurrence.Mode.class).parse(by, "--by");
        MatrixSpec.Filter filter = coders == null ? MatrixSpec.Filter.NONE
                : MatrixSpec.Filter.NONE.withCoders(workbench.analysis().coderIds(coders));
        CoOccurrence result = workbench.analysis().cooccurrence(mode,
                codes == null ? List.of() : workbench.analysis().codeIds(codes), filter);
        Listing listing = Listing.of(ViewTables.cooccurrence(result));
        ChartNote chart = ChartNote.writeIfAsked(workbench, svg, () -> workbench.charts().cooccurrence(result));
        output.print(out(), workbench, listing, "Co-occurrence", mode.counted());
        chart.say(this, output.format);
        // What a count counts, after a table, or on standard error so a pipe stays clean (a workbook has it inside too).
        (output.isTable() ? out() : err()).println(mode.counted());
        return 0;
    }
}
