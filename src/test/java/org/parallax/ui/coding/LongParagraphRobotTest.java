package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * A text without line breaks (a transcript exported as one line) imported through the window. The text area lays out
 * a paragraph as one node: 512 KB in one paragraph held the JavaFX thread some 15 s, 20 MB for good.
 */
class LongParagraphRobotTest extends RobotWindow {
    @Test
    void aTextOfOneLongLineIsShownInShortParagraphsAtTheStoredOffsets(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        String text = "The delegation restated its position on the enlargement of the alliance. ".repeat(4_000).trim();
        Path file = Files.writeString(dir.resolve("one line.txt"), text, StandardCharsets.UTF_8);

        robot.interact(() -> main.importer().importFiles(List.of(file)));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getLength() == text.length());

        String shown = read(area::getText);
        assertThat(shown.replace('\n', ' ')).as("the same characters at the same offsets").isEqualTo(text);
        int longest = read(() -> area.getParagraphs().stream().mapToInt(p -> p.length()).max().orElseThrow());
        assertThat(longest).isLessThanOrEqualTo(DisplayLines.MAX_PARAGRAPH + 1);
        assertThat(read(() -> main.document().documentProperty().get().text())).isEqualTo(text);

        String copied = read(() -> {
            area.selectRange(0, 12_000);
            area.copy();
            return Clipboard.getSystemClipboard().getString();
        });
        assertThat(copied).as("a copy holds the stored text").isEqualTo(text.substring(0, 12_000));
    }

    /**
     * A run without any whitespace (a base64 attachment pasted into a .txt) has no space to break in place of: the
     * area shows it broken between code points, with the offsets after each break shifted; selections, copies (in
     * the main view and the split lens) and the stored text stay the stored ones.
     */
    @Test
    void aRunWithoutWhitespaceIsShownInShortParagraphsAndSelectionsAndCopiesKeepTheStoredOffsets(FxRobot robot)
            throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        String blob = java.util.Base64.getEncoder().encodeToString("attachment bytes \u00e9\u00e8 ".repeat(3_000)
                .getBytes(StandardCharsets.UTF_8));
        String text = "Attachment: " + blob + "\nEnd of the message.";
        Path file = Files.writeString(dir.resolve("blob.txt"), text, StandardCharsets.UTF_8);

        robot.interact(() -> main.importer().importFiles(List.of(file)));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().text().equals(text)
                && area.getText().equals(main.document().documentProperty().get().display().shown()));

        int longest = read(() -> area.getParagraphs().stream().mapToInt(p -> p.length()).max().orElseThrow());
        assertThat(longest).isLessThanOrEqualTo(DisplayLines.MAX_PARAGRAPH + 1);
        DisplayLines lines = read(() -> main.document().documentProperty().get().display());
        assertThat(lines.shown().length()).as("breaks inserted into the blob").isGreaterThan(text.length());

        String copied = read(() -> {
            area.selectRange(lines.toShown(3), lines.toShown(30_000));
            area.copy();
            return Clipboard.getSystemClipboard().getString();
        });
        assertThat(copied).as("a copy holds the stored text").isEqualTo(text.substring(3, 30_000));
        assertThat(read(() -> main.document().selectionProperty().get()))
                .as("the selection in stored offsets").isEqualTo(new TextRange(3, 30_000));

        robot.clickOn("#splitLensToggle");
        InlineCssTextArea left = find(robot, "#lensLeftText", InlineCssTextArea.class);
        waitUntil(() -> left.getText().equals(lines.shown()));
        String copiedFromTheLens = read(() -> {
            left.selectRange(lines.toShown(3), lines.toShown(30_000));
            left.copy();
            return Clipboard.getSystemClipboard().getString();
        });
        assertThat(copiedFromTheLens).as("a copy from the split lens holds the stored text")
                .isEqualTo(text.substring(3, 30_000));
        assertThat(dialogs.errors).isEmpty();
    }
}
