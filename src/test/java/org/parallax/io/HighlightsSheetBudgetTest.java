package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A highlights sheet is held to the text budget of a document, charged while it is read: a workbook whose shared
 * strings expand to 30 MB, or whose million rows each show one string, ran the launchers' 256 MiB heap out ("out of
 * memory", naming no file) after a minute and more of work.
 */
class HighlightsSheetBudgetTest {
    private static final ExtractionLimits TEN_THOUSAND = new ExtractionLimits(256L << 20, 12, 10_000, 10_000,
            Duration.ofSeconds(60));
    private static final List<String> HEADER = List.of("id", "document", "tag", "content");

    @TempDir
    Path dir;

    @Test
    void aSharedStringLongerThanTheTextLimitIsRefusedAsItIsRead() {
        Path xlsx = TaguetteXlsx.write(dir.resolve("bomb.xlsx"), HEADER,
                List.of(List.of("1", "interview", "joy", "Russia insists. ".repeat(1_250))));

        assertThat(TaguetteHighlights.read(xlsx, ImportLimits.defaults(), ExtractionLimits.defaults())).hasSize(1);
        assertThatThrownBy(() -> TaguetteHighlights.read(xlsx, ImportLimits.defaults(), TEN_THOUSAND))
                .isInstanceOf(ImportException.class)
                .hasMessage("bomb.xlsx: exceeds the extraction limit (10,000 characters of text)");
    }

    /** One short string shown by many cells is stored once but read, matched and imported once a cell. */
    @Test
    void aStringShownByManyCellsIsChargedForEveryCell() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of("1", "interview", "joy", "She was happy to be back at work. ".repeat(10)));
        }
        Path xlsx = TaguetteXlsx.write(dir.resolve("rows.xlsx"), HEADER, rows);

        assertThat(TaguetteHighlights.read(xlsx, ImportLimits.defaults(), ExtractionLimits.defaults())).hasSize(40);
        assertThatThrownBy(() -> TaguetteHighlights.read(xlsx, ImportLimits.defaults(), TEN_THOUSAND))
                .isInstanceOf(ImportException.class)
                .hasMessage("rows.xlsx: exceeds the extraction limit (10,000 characters of text)");
    }

    @Test
    void aWorkbookReadPastTheTimeLimitIsRefused() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rows.add(List.of(String.valueOf(i), "interview", "joy", "happy"));
        }
        Path xlsx = TaguetteXlsx.write(dir.resolve("slow.xlsx"), HEADER, rows);

        assertThatThrownBy(() -> TaguetteHighlights.read(xlsx, ImportLimits.defaults(),
                ExtractionLimits.defaults().withMaxTime(Duration.ofNanos(1))))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("slow.xlsx: exceeds the extraction limit (");
    }

    @Test
    void aCsvSheetLongerThanTheTextLimitIsRefused() throws IOException {
        Path csv = Files.writeString(dir.resolve("highlights.csv"), "id,document,tag,content\n1,interview,joy,"
                + "She was happy. ".repeat(1_000) + "\n");

        assertThat(TaguetteHighlights.read(csv, ImportLimits.defaults(), ExtractionLimits.defaults())).hasSize(1);
        assertThatThrownBy(() -> TaguetteHighlights.read(csv, ImportLimits.defaults(), TEN_THOUSAND))
                .isInstanceOf(ImportException.class)
                .hasMessage("highlights.csv: exceeds the extraction limit (10,000 characters of text)");
    }
}
