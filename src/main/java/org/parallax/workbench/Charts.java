package org.parallax.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixValues;
import org.parallax.analysis.Timeline;
import org.parallax.io.SvgChart;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;

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
        Codebook book = project.codebook.load();
        List<SvgChart.Series> series = new ArrayList<>();
        for (Timeline.Series s : timeline.series()) {
            String color = book.frame(s.id()).map(Frame::color).orElse(null);
            series.add(new SvgChart.Series(s.label(), color, s.shares()));
        }
        return SvgChart.lines("Share of the coding per frame", timeline.bins().stream().map(Timeline.Bin::label)
                .toList(), series);
    }

    /** The SVG heat map of a matrix's values (without totals), rows indented as the table shows them. */
    public String heatMap(MatrixValues values) {
        Matrix m = values.matrix();
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
        List<String> names = codes.stream().map(Code::name).toList();
        return SvgChart.heatMap("Co-occurrence of codes", names, names, cells);
    }

    /** Writes an SVG document whole or not at all. */
    public void write(String svg, Path out) {
        SvgChart.write(svg, out);
    }
}
