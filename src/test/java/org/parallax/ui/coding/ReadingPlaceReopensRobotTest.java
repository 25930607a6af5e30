package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.documents.DocumentRow;
import org.testfx.api.FxRobot;

/**
 * A researcher reading far down a long document closes the project and opens it again: the reading view shows that
 * document from the line they were reading, not from its first line, and that line whole; the window resized, that
 * line stays at the top.
 */
@WindowSize(width = 1280, height = 800)
class ReadingPlaceReopensRobotTest extends RobotWindow {
    @Test
    void aReopenedProjectShowsItsLastDocumentFromTheLineLastRead(FxRobot robot) throws Exception {
        DocumentRow longest = openTheLongest(robot);
        InlineCssTextArea area = window.text().area();
        // Two thirds down, a few lines into the longest paragraph there: a place a paragraph's start would not give.
        int paragraph = read(() -> {
            int from = area.getParagraphs().size() * 2 / 3;
            int longestThere = from;
            for (int p = from; p < area.getParagraphs().size(); p++) {
                if (area.getParagraphLength(p) > area.getParagraphLength(longestThere)) {
                    longestThere = p;
                }
            }
            return longestThere;
        });
        robot.interact(() -> area.showParagraphAtTop(paragraph));
        robot.interact(() -> area.scrollYBy(40));
        int read = settled(() -> firstShown(area), at -> at > 0
                && at == main.document().firstShownProperty().get());
        int noted = read(() -> main.document().firstShownProperty().get());
        assertThat(read).as("the place noted").isEqualTo(noted);
        assertThat(read).as("a few lines into the paragraph").isGreaterThan(read(
                () -> area.getAbsolutePosition(paragraph, 0)));

        Path project = Path.of(read(() -> main.context().workbench().location()));
        robot.interact(main::close);
        SettingsFile file = main.settingsFile();
        waitUntil(() -> Long.valueOf(read).equals(new SettingsFile(file.file()).load().readingPlaces()
                .get(project.toString())));

        robot.interact(() -> main.open(project));
        waitUntil(() -> opened(longest.id()) && area.getParagraphs().size() > 20);
        // The line holding the character read is the first shown, whole (inside the padding, not cut by it). The
        // same character starts it when the text wraps as it did; a scroll bar shown a moment later while the text
        // came in can wrap it at another width, and the line read is then the one that holds it.
        double off = settled(() -> offTop(area, read), at -> Math.abs(at) < 1);
        assertThat(off).as("px from the text's top of the line read, after reopening (half a pixel is snapping)")
                .isGreaterThan(-1.0).isLessThan(1.0);
        assertThat(read(() -> firstShown(area))).as("the first character shown after reopening")
                .isLessThanOrEqualTo(read);
    }

    /**
     * Read far down, the window dies (kill -9, a crash, the battery) without closing: the settings file holds the place
     * a moment after the scrolling stopped. It was written only on closing, and the researcher came back to the top of
     * a 60-page transcript.
     */
    @Test
    void thePlaceReadIsInTheSettingsFileBeforeAnyClose(FxRobot robot) throws Exception {
        openTheLongest(robot);
        int read = scrollFarDown(robot);
        String project = read(() -> main.context().workbench().location());
        Path settings = main.settingsFile().file();

        waitOffTheWindow(() -> Long.valueOf(read).equals(new SettingsFile(settings).load().readingPlaces()
                .get(project)));
    }

    /**
     * The researcher copies the project onto a USB stick and opens the copy at home: it opens at the document and the
     * line last read in the original, though no setting names the stick's path; it opened at the first document's top.
     */
    @Test
    void aProjectCopiedToAUsbStickOpensAtThePlaceRead(FxRobot robot) throws Exception {
        DocumentRow longest = openTheLongest(robot);
        int read = scrollFarDown(robot);
        Path project = Path.of(read(() -> main.context().workbench().location()));
        waitOffTheWindow(() -> new SettingsFile(main.settingsFile().file()).load().placesByText()
                .containsValue((long) read));
        robot.interact(main::close);
        drainTasks();
        Path stick = java.nio.file.Files.createDirectories(project.getParent().resolve("USB stick"));
        Path copy = java.nio.file.Files.copy(project, stick.resolve("thesis copy.parallax"));

        robot.interact(() -> main.open(copy));
        waitUntil(() -> opened(longest.id()) && window.text().area().getParagraphs().size() > 20);
        InlineCssTextArea area = window.text().area();
        double off = settled(() -> offTop(area, read), at -> Math.abs(at) < 1);
        assertThat(off).as("px from the text's top of the line read in the original, in the copy")
                .isGreaterThan(-1.0).isLessThan(1.0);
    }

    /** Scrolls two thirds down the open text, a little into a paragraph; the place noted once it settles. */
    private int scrollFarDown(FxRobot robot) throws Exception {
        InlineCssTextArea area = window.text().area();
        int paragraph = read(() -> area.getParagraphs().size() * 2 / 3);
        robot.interact(() -> area.showParagraphAtTop(paragraph));
        robot.interact(() -> area.scrollYBy(40));
        return settled(() -> firstShown(area), at -> at > 0 && at == main.document().firstShownProperty().get());
    }

    /**
     * Read far down the longest document, the researcher makes the window narrower, then wide again: the lines wrap
     * anew and the line they were reading stays at the top of the text, as in a reader; it was another line, the
     * scroll height kept instead.
     */
    @Test
    void theLineReadStaysAtTheTopWhenTheWindowIsResized(FxRobot robot) throws Exception {
        openTheLongest(robot);
        InlineCssTextArea area = window.text().area();
        int paragraph = read(() -> area.getParagraphs().size() * 2 / 3);
        robot.interact(() -> area.showParagraphAtTop(paragraph));
        robot.interact(() -> area.scrollYBy(60));
        for (int width : new int[] {1024, 1280}) {
            // The first character shown before each resize: back at the first width the lines break elsewhere again.
            int read = settled(() -> firstShown(area), at -> at > 0
                    && at == main.document().firstShownProperty().get());
            resizeTo(robot, width, 800);
            settled(() -> offTop(area, read), off -> Math.abs(off) < 1);
            assertThat(offTop(area, read)).as("px from the top of the line read, at width %d", width)
                    .isGreaterThan(-1.0).isLessThan(1.0);
            assertThat(read(() -> firstShown(area))).as("the first character shown")
                    .isLessThanOrEqualTo(read);
        }
    }

    /**
     * A place asked for (a reopened project's) while the text's width changes (a scroll bar coming as the text came
     * in, the window resized) is the line shown at the top, not the place read before: both were scrolled to at once,
     * each measured against the other's scrolls.
     */
    @Test
    void aPlaceAskedForWhileTheWidthChangesIsTheLineShownAtTheTop(FxRobot robot) throws Exception {
        openTheLongest(robot);
        InlineCssTextArea area = window.text().area();
        int paragraph = read(() -> area.getParagraphs().size() / 3);
        robot.interact(() -> area.showParagraphAtTop(paragraph));
        robot.interact(() -> area.scrollYBy(60));
        int before = settled(() -> firstShown(area), at -> at > 0
                && at == main.document().firstShownProperty().get());
        int asked = read(() -> area.getAbsolutePosition(area.getParagraphs().size() * 2 / 3, 0) + 300);
        robot.interact(() -> {
            main.document().topProperty().set(new TextRange(asked, asked));
            stage.setWidth(1024);
        });
        double off = settled(() -> offTop(area, asked), at -> Math.abs(at) < 1);
        assertThat(off).as("px from the text's top of the line asked for, the window narrowed meanwhile (read before: %d)",
                before).isGreaterThan(-1.0).isLessThan(1.0);
        int noted = settled(() -> main.document().firstShownProperty().get(), at -> at != before);
        assertThat(noted).as("the place noted once shown").isLessThanOrEqualTo(asked).isGreaterThan(asked - 200);
    }

    /** How far below the text's top (inside its padding) the line holding the character starts; NaN off screen. */
    private static double offTop(InlineCssTextArea area, int at) throws Exception {
        return read(() -> area.getCharacterBoundsOnScreen(at, at + 1)
                .map(line -> line.getMinY() - area.localToScreen(area.getBoundsInLocal()).getMinY()
                        - area.getInsets().getTop())
                .orElse(Double.NaN));
    }

    /** Opens the sample's longest document in the text and waits until it is laid out there. */
    private DocumentRow openTheLongest(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15
                && main.documents().selectedProperty().get() != null);
        DocumentRow longest = read(() -> main.documents().rows().stream()
                .max(Comparator.comparingInt(r -> main.context().workbench().documents().text(r.id()).length()))
                .orElseThrow());
        robot.interact(() -> main.documents().select(longest.id()));
        waitUntil(() -> opened(longest.id()) && window.text().area().getParagraphs().size() > 20);
        return longest;
    }

    private boolean opened(long document) {
        OpenDocument open = main.document().documentProperty().get();
        return open != null && open.id() == document && window.text().area().getLength() == open.text().length();
    }

    /** The stored offset of the first character the area shows (the sample's texts are shown as stored). */
    private static int firstShown(InlineCssTextArea area) {
        return ReadingPlace.firstShown(area);
    }
}
