package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.FxThread;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A text without line breaks (a transcript exported as one line) imported through the window. The text area lays out
 * a paragraph as one node: 512 KB in one paragraph held the JavaFX thread some 15 s, 20 MB for good.
 */
class LongParagraphRobotTest extends RobotWindow {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aTextOfOneLongLineIsShownInShortParagraphsAtTheStoredOffsets(FxRobot robot) throws Exception {
        waitUntil(() -> FxThread.call(() -> main.documents().rows().size() == 15));
        String text = "The delegation restated its position on the enlargement of the alliance. ".repeat(4_000).trim();
        Path file = Files.writeString(dir.resolve("one line.txt"), text, StandardCharsets.UTF_8);

        robot.interact(() -> main.importer().importFiles(List.of(file)));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> FxThread.call(() -> area.getLength() == text.length()));

        String shown = FxThread.call(area::getText);
        assertThat(shown.replace('\n', ' ')).as("the same characters at the same offsets").isEqualTo(text);
        int longest = FxThread.call(() -> area.getParagraphs().stream().mapToInt(p -> p.length()).max().orElseThrow());
        assertThat(longest).isLessThanOrEqualTo(DisplayLines.MAX_PARAGRAPH + 1);
        assertThat(FxThread.call(() -> main.document().documentProperty().get().text())).isEqualTo(text);

        String copied = FxThread.call(() -> {
            area.selectRange(0, 12_000);
            area.copy();
            return Clipboard.getSystemClipboard().getString();
        });
        assertThat(copied).as("a copy holds the stored text").isEqualTo(text.substring(0, 12_000));
    }
}
