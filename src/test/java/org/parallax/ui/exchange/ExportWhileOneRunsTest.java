package org.parallax.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.UiFixture;

/**
 * A tab's Export… pressed while another export was still writing (File → Export is greyed out then, the tabs' buttons
 * are not) did nothing at all: no file, no word. The researcher is now told which file was not written and why.
 */
class ExportWhileOneRunsTest {
    @TempDir
    Path dir;

    @Test
    void aSecondExportWhileOneRunsSaysItsFileWasNotWritten() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            ExchangeViewModel exchange = fixture.main.exchange();
            Path passages = dir.resolve("passages.csv");
            Path memos = dir.resolve("memos.csv");
            // The second export is asked for while the first is being written: the tasks here run on this thread.
            exchange.exportCounts("Passages", passages, wb -> {
                exchange.exportMemos(memos);
                wb.exports().segmentsCsv(passages, true);
                return List.of();
            });

            assertThat(Files.isRegularFile(passages)).isTrue();
            assertThat(Files.exists(memos)).isFalse();
            assertThat(fixture.dialogs.informations).containsExactly("memos.csv was not written: writing "
                    + "passages.csv is still running. Try again when that has finished (the bar at the bottom of the "
                    + "window shows it while it runs).");
            assertThat(exchange.lastReportProperty().get()).isEqualTo("Passages written to " + passages);

            exchange.exportMemos(memos);
            assertThat(Files.isRegularFile(memos)).as("once the first has finished").isTrue();
        }
    }
}
