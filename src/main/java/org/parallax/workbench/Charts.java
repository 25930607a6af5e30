package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixValues;
import org.parallax.analysis.Timeline;
import org.parallax.analysis.tracing.CausalChain;
import org.parallax.io.SvgChart;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Counted;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;
import org.parallax.model.ParallaxException;

/**
 * Charts as SVG vector files beside the window's PNG snapshots: the timeline (each frame's share per
 * period), a matrix heat map and the co-occurrence heat map, drawn from the same results the views show.
 */
public final class Charts {
    private final Project project;

    Charts(Project project) {
        this.project = project;
    }

    /** The SVG of a timeline: one line per frame in the frame's colour, shares from 0 to 100 %. */
    public String timeline(Timeline timeline) {
        PseudonymisedOutput output = PseudonymisedOutput.of(project);
        Codebook book = project.codebook.load();
        List<SvgChart.Series> series = new ArrayList<>();
        for (Timeline.Series s : timeline.series()) {
            String color = book.frame(s.id()).map(Frame::color).orElse(null);
            series.add(new SvgChart.Series(output.text(s.label()), color, s.shares()));
        }
        return SvgChart.lines("Share of the coding per frame", output.texts(timeline.bins().stream()
                .map(Timeline.Bin::label).toList()), series);
    }

    /** The SVG heat map of a matrix's values (without totals), rows indented as the table shows them. */
    public String heatMap(MatrixValues values) {
        Matrix m = PseudonymisedOutput.of(project).matrix(values.matrix());
        double[][] cells = new double[m.rows().size()][m.columns().size()];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                cells[r][c] = values.cell(r, c);
            }
        }
        return SvgChart.heatMap("Coding matrix", m.rows().stream().map(r -> "  ".repeat(r.depth()) + r.label())
                .toList(), m.columns().stream().map(Matrix.Column::label).toList(), cells);
    }

    /** The SVG heat map of co-occurrence counts, code by code; the diagonal (a code with itself) is left blank. */
    public String cooccurrence(CoOccurrence result) {
        List<Code> codes = result.codes();
        double[][] cells = new double[codes.size()][codes.size()];
        for (int a = 0; a < codes.size(); a++) {
            for (int b = 0; b < codes.size(); b++) {
                cells[a][b] = a == b ? Double.NaN : result.count(a, b);
            }
        }
        List<String> names = PseudonymisedOutput.of(project).texts(codes.stream().map(Code::name).toList());
        return SvgChart.heatMap("Co-occurrence of codes", names, names, cells);
    }

    /**
     * The SVG of a causal chain: each hypothesis' posterior over time as a step line, the events as numbered dashed
     * lines listed below, the evidence items as marks on the time axis.
     */
    public String causalChain(CausalChain chain) {
        PseudonymisedOutput output = PseudonymisedOutput.of(project);
        if (chain.from() == null) {
            throw new ParallaxException("The causal chain has no dates yet: add an event or dated evidence");
        }
        List<SvgChart.DatedSeries> series = chain.lines().stream().map(l -> new SvgChart.DatedSeries(
                output.text(l.hypothesis()),
                null, l.points().stream().map(CausalChain.Point::date).toList(),
                l.points().stream().map(CausalChain.Point::posterior).toList())).toList();
        List<SvgChart.Mark> events = chain.events().stream().map(e -> new SvgChart.Mark(e.date(),
                output.text(e.label()))).toList();
        List<SvgChart.Mark> items = chain.evidence().stream().map(p -> new SvgChart.Mark(p.date(), "#" + p.evidenceId()))
                .toList();
        String note = chain.undated() == 0 ? null : Counted.of(chain.undated(), "undated evidence item")
                + (chain.undated() == 1 ? " is" : " are") + " in the ledger but "
                + "not on the time axis";
        return SvgChart.overTime(output.text(chain.title()), chain.from(), chain.to(), series, events, items, note);
    }

    /** Writes an SVG document whole or not at all. */
    public void write(String svg, Path out) {
        SvgChart.write(svg, out);
    }
}
