package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.codes.CodesViewModel;
import org.parallax.workbench.Workbench;

/**
 * While the coders are pseudonymised (and not every export), a tab's own export (Codes, Analysis and Timeline as CSV
 * or Excel, the Memos tab) written to a file named after a coder is refused before anything is written, as the command
 * line's exports and File → Export refuse it: one rule for every file the window writes.
 */
class TabExportsNamedAfterACoderTest {
    @TempDir
    Path dir;
    private SampleAnalysis sample;

    @AfterEach
    void close() {
        sample.main.close();
    }

    @Test
    void everyTabsExportRefusesAFileNamedAfterACoder() {
        sample = SampleAnalysis.open(dir);
        Workbench wb = sample.main.context().workbench();
        wb.setActiveCoder("maria-kowalski");
        wb.pseudonymiseCoders(true);
        RecordingDialogs dialogs = (RecordingDialogs) sample.main.context().dialogs();
        AnalysisViewModel analysis = sample.main.analysis();
        analysis.shownProperty().set(true);
        TimelineViewModel timeline = sample.main.timeline();
        timeline.shownProperty().set(true);
        CodesViewModel codes = new CodesViewModel(sample.main.context(), sample.main.exchange()::exportCounts);
        List<Consumer<Path>> exports = List.of(codes::exportFrequencies, codes::exportPairs, analysis::exportCsv,
                analysis::exportXlsx, timeline::exportCsv, sample.main.memos()::export);
        List<String> names = List.of("maria_kowalski codes.csv", "Kowalski pairs.xlsx", "matrix maria-kowalski.csv",
                "mariakowalski.xlsx", "timeline of Maria.csv", "KOWALSKI memos.csv");

        for (int i = 0; i < exports.size(); i++) {
            Path out = dir.resolve(names.get(i));

            exports.get(i).accept(out);

            assertThat(dialogs.errors).as(names.get(i)).hasSize(i + 1).last().asString()
                    .contains(out + ": not written: the file's own name holds a name this pseudonymised export "
                            + "replaces").contains("Coder 3");
            assertThat(out).as(names.get(i)).doesNotExist();
        }
        Path ordinary = dir.resolve("codes.csv");
        codes.exportFrequencies(ordinary);
        assertThat(ordinary).exists();
    }
}
