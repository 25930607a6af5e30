package org.parallax.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.Timeline;
import org.parallax.model.Choices;
import org.parallax.model.Counted;
import org.parallax.workbench.ViewTables;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `timeline PROJECT [--by year|month|period]`: each frame's passages and share of coding per period. */
@Command(name = "timeline", description = "Passages per theory frame over time, with each frame's share of the "
        + "period's coding: 'passages (share %%)'.")
final class TimelineCommand extends ProjectCommand {
    private static final Choices<MatrixSpec.ColumnKind> BY = Choices.<MatrixSpec.ColumnKind>of()
            .add("year", MatrixSpec.ColumnKind.YEAR).add("month", MatrixSpec.ColumnKind.MONTH)
            .add("period", MatrixSpec.ColumnKind.PERIOD);

    @Option(names = "--by", paramLabel = "BY", defaultValue = "year",
            description = "year, month or period (between the project's events: see `event list`) (default: "
            + "${DEFAULT-VALUE})") String by;
    @Option(names = "--coder", split = ",", paramLabel = "NAME", description = "Only these coders' passages")
    List<String> coders;
    @Option(names = "--doc", split = ",", paramLabel = "ID", description = "Only these documents (ids as `docs` lists)")
    List<Long> documents;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or after")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or before")
    LocalDate to;
    @CommandLine.Mixin ListingOutput output = new ListingOutput();
    @Option(names = "--svg", paramLabel = "FILE.svg", description = "Also draw the timeline as an SVG vector file")
    Path svg;

    @Override
    int run(Workbench workbench) {
        MatrixSpec.Columns columns = workbench.analysis().columns(BY.parse(by, "--by").spelling(), List.of());
        MatrixSpec.Filter filter = MatrixOptions.withDocuments(MatrixSpec.Filter.NONE.withDates(from, to),
                documents, workbench);
        if (coders != null) {
            filter = filter.withCoders(workbench.analysis().coderIds(coders));
        }
        Timeline timeline = workbench.analysis().timeline(
                new MatrixSpec(MatrixSpec.Rows.frames(), columns, filter));
        boolean table = output.isTable();
        Listing listing = table ? table(timeline) : Listing.of(ViewTables.timeline(timeline));
        ChartNote chart = ChartNote.writeIfAsked(workbench, svg, () -> workbench.charts().timeline(timeline));
        output.print(out(), workbench, listing, "Timeline");
        chart.say(this, output.format);
        if (table && timeline.undated() > 0) {
            out().println(Counted.of(timeline.undated(), "passage") + " in documents without a date "
                    + (timeline.undated() == 1 ? "is" : "are") + " not shown");
        }
        return 0;
    }

    /** Per period: passages, then each frame's "count (share %)" for people. */
    private static Listing table(Timeline timeline) {
        List<String> header = new ArrayList<>(List.of("period", "passages"));
        timeline.series().forEach(s -> header.add(s.label()));
        Listing listing = new Listing(header);
        for (int b = 0; b < timeline.bins().size(); b++) {
            List<Object> row = new ArrayList<>(List.of(timeline.bins().get(b).label(),
                    timeline.bins().get(b).passages()));
            for (Timeline.Series s : timeline.series()) {
                row.add(s.counts().get(b) + " (" + String.format(Locale.ROOT, "%.0f%%", s.shares().get(b) * 100) + ")");
            }
            listing.row(row.toArray());
        }
        return listing;
    }
}
