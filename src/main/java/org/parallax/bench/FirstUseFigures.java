package org.parallax.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.search.SearchOptions;
import org.parallax.workbench.Workbench;

/**
 * The first search and the first Table 1 after opening the benchmark's project again (issue 18, target ≤ 100 ms
 * each): once as the window does it, with the background warm-up started on open and finished, and once cold, with
 * no warm-up, for comparison; Table 1 cold again after that project was closed as the window closes it, writing the
 * packs of its passages (decision 34), so that they are read from the packs. All in this process, so the classes are
 * already loaded and compiled: what is timed is loading the passages, counting words and opening the index, not the
 * JVM's own first use.
 */
final class FirstUseFigures {
    static final String WARM_SEARCH = "First search after opening (warmed up in the background)";
    static final String WARM_TABLE1 = "First Table 1 after opening (warmed up in the background)";
    static final String PASSAGES = "Passages in the project opened again";
    static final String CLOSE_PACKING = "Closing the project, packing its passages";
    static final String PACKED = "Documents whose passages closing packed";
    static final String COLD_TABLE1_FROM_PACKS = "First Table 1 after opening, cold, passages read from packs";
    private static final String QUERY = "\"security council\"";

    private FirstUseFigures() {
    }

    static List<Figure> measure(Path project) {
        List<Figure> figures = new ArrayList<>();
        // The steps before closed the project as a copy is closed, writing no packs: its passages are read from rows.
        Workbench rows = Workbench.open(project);
        try {
            figures.add(Figure.info("First search after opening, cold (no warm-up)",
                    Timings.seconds(() -> rows.search().search(QUERY, SearchOptions.defaults())) * 1000, "ms"));
            figures.add(Figure.info("First Table 1 after opening, cold (no warm-up)",
                    Timings.seconds(() -> rows.analysis().table1()) * 1000, "ms"));
            rows.packPassagesOnClose();
        } catch (RuntimeException e) {
            rows.close();
            throw e;
        }
        // Closed as the window or a command that wrote closes the user's project.
        figures.add(Figure.info(CLOSE_PACKING, Timings.seconds(rows::close), "s"));
        figures.add(Figure.info(PACKED, rows.documentsPackedOnClose(), "documents"));
        try (Workbench packed = Workbench.open(project)) {
            figures.add(Figure.atMost(COLD_TABLE1_FROM_PACKS,
                    Timings.seconds(() -> packed.analysis().table1()) * 1000, "ms", 100));
        }
        try (Workbench wb = Workbench.open(project)) {
            double warming = Timings.seconds(() -> {
                wb.warmUp();
                wb.awaitWarmUp(600_000);
            });
            figures.add(Figure.info("Background warm-up after opening", warming, "s"));
            figures.add(Figure.atMost(WARM_SEARCH,
                    Timings.seconds(() -> wb.search().search(QUERY, SearchOptions.defaults())) * 1000, "ms", 100));
            figures.add(Figure.atMost(WARM_TABLE1, Timings.seconds(() -> wb.analysis().table1()) * 1000, "ms", 100));
            figures.add(Figure.info(PASSAGES, wb.coding().segments().size(), "passages"));
        }
        return figures;
    }
}
