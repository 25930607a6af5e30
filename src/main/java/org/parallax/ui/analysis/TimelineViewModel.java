package org.parallax.ui.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.Timeline;
import org.parallax.model.CausalEvent;
import org.parallax.model.Codebook;
import org.parallax.model.Counted;
import org.parallax.model.Frame;
import org.parallax.ui.common.ExportFlow;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.RefreshWhileShown;
import org.parallax.ui.passages.CellPassages;
import org.parallax.workbench.CutCells;
import org.parallax.workbench.Workbench;

/**
 * Each frame's share of the coding per year, month or period between the project's events, with those events as
 * markers on the bins they fall in; recomputed in the background after every change while its tab is in front.
 */
public final class TimelineViewModel {
    /** Bins by year, by month, or by the periods between the project's events. */
    public enum Granularity { YEAR, MONTH, PERIOD }

    /** What the Timeline and Analysis tabs show for periods in a project without events. */
    public static final String NO_EVENTS = "This project has no events, so there are no periods between them. Add "
            + "events on the Process tracing tab, under Causal chain: Add event, or Add the study's events for the "
            + "NATO-Russia study's.";

    private final RefreshWhileShown shown = new RefreshWhileShown(this::reread);
    private final ProjectContext context;
    private final ExportFlow exports;
    private final AnalysisFilter filter;
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.YEAR);
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>();
    private final StringProperty emptyMessage = new SimpleStringProperty("");
    private Map<Long, String> frameColors = Map.of();
    private List<CausalEvent> events = List.of();
    private final StringProperty layersLine = new SimpleStringProperty("");
    private final LatestRequest<Request, Computed> computation;
    private final CellPassages barPassages;
    private final ObjectProperty<Bar> chosen = new SimpleObjectProperty<>();
    private final StringProperty chosenLine = new SimpleStringProperty("");

    /** A bar of the chart: a frame (its series id) in a bin (its label), which stay put when the timeline is recounted. */
    public record Bar(long series, String bin) {
    }

    /**
     * A timeline with the colours of its frames, as the codebook has them, the project's events and the line naming
     * the layers counted; or no timeline and why ({@code empty}).
     */
    private record Computed(Timeline timeline, Map<Long, String> colors, List<CausalEvent> events, String counting,
                            String empty) {
    }

    /** What a timeline is computed for, captured on the UI thread. */
    private record Request(MatrixSpec.ColumnKind granularity, AnalysisFilter.Choice filter) {
    }

    public TimelineViewModel(ProjectContext context, AnalysisFilter filter, ExportFlow exports) {
        this.context = context;
        this.exports = exports;
        this.filter = filter;
        // The view's line over the list says what to do with a bar; the list's own heading waits for one.
        this.barPassages = new CellPassages(context, "");
        this.computation = new LatestRequest<>(context, TimelineViewModel::compute, computed -> {
            frameColors = computed.colors();
            events = computed.events();
            layersLine.set(computed.counting());
            emptyMessage.set(computed.empty());
            timeline.set(computed.timeline());
            chooseAgain(computed.timeline());
        });
        context.workbenchProperty().addListener((o, was, now) -> {
            forgetBar();
            timeline.set(null);
            events = List.of();
            emptyMessage.set("");
            layersLine.set("");
            refresh();
        });
        context.onEvent(e -> refresh());
        granularity.addListener((o, was, now) -> {
            forgetBar();
            refresh();
        });
        for (var dependency : filter.dependencies()) {
            dependency.addListener(o -> refresh());
        }
    }

    private static Computed compute(Workbench wb, Request request) {
        MatrixSpec.Filter filter = request.filter().toFilter(wb);
        List<CausalEvent> events = wb.tracing().events();
        String counting = wb.analysis().layers(filter).sentence();
        if (request.granularity() == MatrixSpec.ColumnKind.PERIOD && events.isEmpty()) {
            return new Computed(null, Map.of(), events, counting, NO_EVENTS);
        }
        MatrixSpec.Columns columns = wb.analysis().columns(request.granularity().spelling(), List.of());
        return new Computed(wb.analysis().timeline(new MatrixSpec(MatrixSpec.Rows.frames(), columns, filter)),
                colorsOf(wb.codebook().current()), events, counting, "");
    }

    /** Recomputes in the background now if the tab is in front, else when it comes to the front. */
    public void refresh() {
        shown.request();
    }

    /** Whether the view's tab is in front: behind others it does not read the project on every change. */
    public BooleanProperty shownProperty() {
        return shown.shownProperty();
    }

    private void reread() {
        if (granularity.get() == null) {
            return;
        }
        MatrixSpec.ColumnKind kind = switch (granularity.get()) {
            case YEAR -> MatrixSpec.ColumnKind.YEAR;
            case MONTH -> MatrixSpec.ColumnKind.MONTH;
            case PERIOD -> MatrixSpec.ColumnKind.PERIOD;
        };
        computation.submit(new Request(kind, filter.choice()));
    }

    private static Map<Long, String> colorsOf(Codebook book) {
        Map<Long, String> out = new HashMap<>();
        for (Frame f : book.frames()) {
            if (f.color() != null) {
                out.put(f.id(), f.color());
            }
        }
        return out;
    }

    /** One line naming the layers the timeline counts when the project has more than one (as Table 1's), else empty. */
    public StringProperty layersLineProperty() {
        return layersLine;
    }

    /** The codebook colour of a series (a frame), or null when the frame has none. */
    public String colorOf(Timeline.Series series) {
        return frameColors.get(series.id());
    }

    /** A place on the axis: one bin, or a run of empty bins shown as one narrow gap ({@code bin} is -1). */
    public record AxisSlot(String label, int bin) {
    }

    /**
     * The axis: every bin with passages, and each run of three or more empty bins between them folded into
     * one gap labelled in brackets ("(1950–1996)"), so sparse early years do not stretch the chart into empty columns.
     */
    public List<AxisSlot> slots(Timeline t) {
        List<AxisSlot> out = new ArrayList<>();
        int b = 0;
        while (b < t.bins().size()) {
            int end = b;
            while (end < t.bins().size() && t.bins().get(end).passages() == 0) {
                end++;
            }
            if (end - b >= 3) {
                out.add(new AxisSlot("(" + t.bins().get(b).label() + "–" + t.bins().get(end - 1).label() + ")", -1));
                b = end;
            } else {
                out.add(new AxisSlot(axisLabel(t.bins().get(b)), b));
                b++;
            }
        }
        return out;
    }

    /** The project's events that happened within a bin, for its marker, as of the last computation. */
    public List<String> events(Timeline.Bin bin) {
        List<String> names = new ArrayList<>();
        for (CausalEvent event : events) {
            if (!event.date().isBefore(bin.start()) && (bin.end() == null || event.date().isBefore(bin.end()))) {
                names.add(event.label());
            }
        }
        return names;
    }

    /** The bin's axis label: its period, with a marker (▲) when an event falls in it. */
    public String axisLabel(Timeline.Bin bin) {
        return events(bin).isEmpty() ? bin.label() : bin.label() + " ▲";
    }

    /** The events shown on the axis, one line each: "▲ 2008: Bucharest summit; Georgia war, NRC suspended". */
    public List<String> eventLegend() {
        Timeline current = timeline.get();
        List<String> lines = new ArrayList<>();
        if (current != null) {
            for (Timeline.Bin bin : current.bins()) {
                List<String> names = events(bin);
                if (!names.isEmpty()) {
                    lines.add("▲ " + bin.label() + ": " + String.join("; ", names));
                }
            }
        }
        return lines;
    }

    /**
     * Chooses the bar of series {@code series} in bin {@code bin} of {@code t} (indexes) and lists its passages
     * beside the chart, as a cell of Table 1 does.
     */
    public void choose(Timeline t, int series, int bin) {
        Timeline.Series s = t.series().get(series);
        Timeline.Bin b = t.bins().get(bin);
        chosen.set(new Bar(s.id(), b.label()));
        chosenLine.set(s.label() + " in " + b.label() + ": " + Math.round(s.shares().get(bin) * 100) + " % ("
                + s.counts().get(bin) + " of the period's " + Counted.of(b.passages(), "passage") + ")");
        int row = t.matrixRow(series);
        int column = t.matrixColumn(bin);
        if (row < 0 || column < 0) {
            barPassages.none(s.label() + " × " + b.label());
        } else {
            barPassages.select(t.counted(), row, column);
        }
    }

    /** The bar chosen before a recount, chosen again in the new timeline (its passages reloaded), or forgotten. */
    private void chooseAgain(Timeline t) {
        Bar bar = chosen.get();
        if (bar == null) {
            return;
        }
        int series = t == null ? -1 : seriesIndex(t, bar.series());
        int bin = t == null ? -1 : binIndex(t, bar.bin());
        if (series < 0 || bin < 0) {
            forgetBar();
        } else {
            choose(t, series, bin);
        }
    }

    private void forgetBar() {
        chosen.set(null);
        chosenLine.set("");
        barPassages.clear();
    }

    /** The index of the series of frame {@code id} in {@code t}, or -1. */
    public static int seriesIndex(Timeline t, long id) {
        for (int s = 0; s < t.series().size(); s++) {
            if (t.series().get(s).id() == id) {
                return s;
            }
        }
        return -1;
    }

    /** The index of the bin labelled {@code label} in {@code t}, or -1. */
    public static int binIndex(Timeline t, String label) {
        for (int b = 0; b < t.bins().size(); b++) {
            if (t.bins().get(b).label().equals(label)) {
                return b;
            }
        }
        return -1;
    }

    /** The bar chosen (by click or the arrow keys), or null. */
    public ObjectProperty<Bar> chosenBarProperty() {
        return chosen;
    }

    /** What the chosen bar stands for, in words and numbers: "Realism in 2008: 42 % (5 of the period's 12 passages)". */
    public StringProperty chosenLineProperty() {
        return chosenLine;
    }

    /** The chosen bar's passages, listed beside the chart. */
    public CellPassages barPassages() {
        return barPassages;
    }

    /** Saves what {@code view} shows as a PNG image, written in the background through the export flow. */
    public void exportPng(Node view, Path out) {
        Snapshots.savePng(view, out, exports, "Timeline image");
    }

    /**
     * Writes the timeline as the command line's CSV has it (period, passages, then each frame's count and
     * share), or as an Excel sheet for a name ending in .xlsx, in the background.
     */
    public void exportCsv(Path out) {
        Timeline current = timeline.get();
        if (current == null) {
            return;
        }
        exports.write("Timeline", out, wb -> CutCells.lines(wb.exports().timeline(current, out)));
    }

    /**
     * Writes the same table as an Excel sheet, counts and shares as numbers; a period's label longer than Excel's
     * cell limit is cut and said so.
     */
    public void exportXlsx(Path out) {
        exportCsv(out);
    }

    /** Draws the timeline as an SVG vector file (one line per frame) in the background. */
    public void exportSvg(Path out) {
        Timeline current = timeline.get();
        if (current == null) {
            return;
        }
        exports.write("Timeline chart", out, wb -> {
            wb.charts().write(wb.charts().timeline(current), out);
            return List.of();
        });
    }

    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    public ObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    /** Why there is no timeline to show (periods asked of a project without events), or empty. */
    public StringProperty emptyMessageProperty() {
        return emptyMessage;
    }
}
