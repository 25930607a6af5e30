package org.parallax.cli;

import java.util.List;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Choices;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `cooccurrence PROJECT [--by overlap|paragraph]`: pairs of codes that occur together, with Jaccard. */
@Command(name = "cooccurrence", description = "Pairs of codes whose passages overlap (or share a paragraph), "
        + "with counts and Jaccard (docs/analysis.md).")
final class CooccurrenceCommand extends ProjectCommand {
    @Option(names = "--by", defaultValue = "overlap", description = "overlap or paragraph") String by;
    @Option(names = "--code", split = ",", paramLabel = "NAME", description = "Only these codes (default: all)")
    List<String> codes;
    @Option(names = "--coder", split = ",", paramLabel = "NAME", description = "Only these coders' passages")
    List<String> coders;
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json") OutputFormat format;
    @CommandLine.Mixin FormulaGuardOption formulaGuard = new FormulaGuardOption();

    @Override
    int run(Workbench workbench) {
        CoOccurrence.Mode mode = Choices.of(CoOccurrence.Mode.class).parse(by, "--by");
        MatrixSpec.Filter filter = coders == null ? MatrixSpec.Filter.NONE
                : MatrixSpec.Filter.NONE.withCoders(workbench.analysis().coderIds(coders));
        CoOccurrence result = workbench.analysis().cooccurrence(mode,
                codes == null ? List.of() : workbench.analysis().codeIds(codes), filter);
        Listing listing = new Listing(List.of("code", "other code", "count", "jaccard"));
        for (CoOccurrence.Pair p : result.pairs()) {
            listing.row(p.first(), p.second(), p.count(), Math.round(p.jaccard() * 1000) / 1000.0);
        }
        Listing.print(out(), listing, format, formulaGuard.on());
        return 0;
    }
}
