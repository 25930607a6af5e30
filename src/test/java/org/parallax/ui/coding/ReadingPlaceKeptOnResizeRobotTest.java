package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.FxThread;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.parallax.ui.documents.DocumentRow;
import org.testfx.api.FxRobot;

/**
 * A researcher reading far down a long document makes the window narrower (or wider): the lines wrap anew and the line
 * they were reading stays at the top of the text, as in a reader; it was another line, the scroll height kept instead.
 */
@WindowSize(width = 1400, height = 800)
class ReadingPlaceKeptOnResizeRobotTest extends RobotWindow {
    @Test
    void theLineReadStaysAtTheTopWhenTheWindowIsResized(FxRobot robot) throws Exception {
        waitUntil(() -> FxThread.call(() -> main.documents().rows().size() == 15
                && main.documents().selectedProperty().get() != null));
        DocumentRow longest = FxThread.call(() -> main.documents().rows().stream()
                .max(Comparator.comparingInt(r -> main.context().workbench().documents().text(r.id()).length()))
                .orElseThrow());
        InlineCssTextArea area = window.text().area();
        robot.interact(() -> main.documents().select(longest.id()));
        waitUntil(() -> FxThread.call(() -> area.getLength() > 0 && area.getParagraphs().size() > 20
                && main.document().documentProperty().get().id() == longest.id()));
        int paragraph = FxThread.call(() -> area.getParagraphs().size() * 2 / 3);
        robot.interact(() -> area.showParagraphAtTop(paragraph));
        robot.interact(() -> area.scrollYBy(60));
        for (int width : new int[] {1024, 1400}) {
            // The first character shown before each resize: back at the first width the lines break elsewhere again.
            int read = settled(() -> ReadingPlace.firstShown(area), at -> at > 0
                    && at == main.document().firstShownProperty().get());
            resizeTo(robot, width, 800);
            settled(() -> offTop(area, read), off -> Math.abs(off) < 1);
            assertThat(offTop(area, read)).as("px from the top of the line read, at width %d", width)
                    .isGreaterThan(-1.0).isLessThan(1.0);
            assertThat(FxThread.call(() -> ReadingPlace.firstShown(area))).as("the first character shown")
                    .isLessThanOrEqualTo(read);
        }
    }

    /** How far below the text's top (inside its padding) the line holding the character starts; NaN off screen. */
    private static double offTop(InlineCssTextArea area, int at) throws Exception {
        return FxThread.call(() -> area.getCharacterBoundsOnScreen(at, at + 1)
                .map(line -> line.getMinY() - area.localToScreen(area.getBoundsInLocal()).getMinY()
                        - area.getInsets().getTop())
                .orElse(Double.NaN));
    }
}
