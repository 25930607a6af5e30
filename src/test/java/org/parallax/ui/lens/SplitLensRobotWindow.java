package org.parallax.ui.lens;

import java.util.Map;
import java.util.stream.Collectors;
import org.fxmisc.richtext.InlineCssTextArea;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/** The real window for the split lens view's robot tests: the sample's document with most passages shown split. */
abstract class SplitLensRobotWindow extends RobotWindow {
    /**
     * Selects the document with most passages, turns the split lens view on and waits until both sides show its text;
     * the document's id.
     */
    protected long busiestDocumentShownSplit(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen() && !main.documents().rows().isEmpty());
        long busiest = fromProject(wb -> wb.coding().segments().stream()
                .collect(Collectors.groupingBy(Segment::documentId, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        robot.interact(() -> main.documents().select(busiest));
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == busiest);
        robot.clickOn("#splitLensToggle");
        String text = read(() -> main.document().documentProperty().get().text());
        waitUntil(() -> main.splitLens().leftProperty().get() != null && main.splitLens().rightProperty().get() != null
                && find(robot, "#lensLeftText", InlineCssTextArea.class).getText().equals(text)
                && find(robot, "#lensRightText", InlineCssTextArea.class).getText().equals(text));
        return busiest;
    }
}
