package org.parallax.ui.coding;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.util.Duration;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Where the researcher is reading in the text area: the stored offset of the first character it shows, told to the
 * view-model as the text scrolls, and an offset the view-model asks to show at the top (a project reopening at the
 * place its last document was read; it reopened at the text's first line). A change of the text's width keeps the line
 * read at the top: the lines wrap anew, and the same scroll height showed another line (a window resized, a pane
 * dragged, a scroll bar come or gone while a reopened place was laid out).
 */
final class ReadingPlace {
    private final InlineCssTextArea area;
    private final DocumentViewModel viewModel;
    /** A look at the first character shown is queued: a scroll moves the text many times in one frame. */
    private boolean noting;
    /** The shown offset of the first character at the top when last noted; -1 before one was. */
    private int lastShown = -1;
    /**
     * The offset being brought to the top (a reopened place, or the line read kept through a change of width), until
     * it is shown there; -1 when none. Scroll notes wait for it: a window resized changes the width in several layout
     * passes, a reopened place is scrolled to in several steps, and a note between them read a line on the way.
     */
    private int keeping = -1;
    /**
     * Counts the placings begun: only the latest goes on measuring and scrolling. A scroll bar that came while a
     * reopened place was being scrolled to began a second placing, and the two scrolled against each other.
     */
    private int placing;
    /** How many times a reopened place is measured and scrolled before it is taken as shown. */
    private static final int LINE_TRIES = 5;
    /**
     * How many times a place taken as shown is measured again, {@link #RECHECK_AFTER} later: a layout pass after the
     * tries (a pane's divider set anew for the window's size, a scroll bar come or gone) left the line one off.
     */
    private static final int RECHECKS = 2;
    private static final Duration RECHECK_AFTER = Duration.millis(150);

    ReadingPlace(InlineCssTextArea area, DocumentViewModel viewModel) {
        this.area = area;
        this.viewModel = viewModel;
        area.estimatedScrollYProperty().addListener((o, was, now) -> noteLater());
        viewModel.topProperty().addListener((o, was, now) -> showAtTop(now));
        area.widthProperty().addListener((o, was, now) -> keepPlace());
        viewModel.documentProperty().addListener((o, was, now) -> forgetPlace(was, now));
    }

    /** Another document's place means nothing in this one: a change of width then keeps no stale offset. */
    private void forgetPlace(OpenDocument was, OpenDocument now) {
        if (was == null || now == null || was.id() != now.id()) {
            lastShown = -1;
            keeping = -1;
            placing++;
        }
    }

    /** Taken now, before the lines wrap anew and a scroll note reads the character that then comes to the top. */
    private void keepPlace() {
        int kept = keeping >= 0 ? keeping : lastShown;
        if (kept > 0 && viewModel.documentProperty().get() != null) {
            keeping = kept;
            int round = ++placing;
            Platform.runLater(() -> bringLineToTop(kept, round, LINE_TRIES, RECHECKS));
        }
    }

    /** Read after the scroll's layout pass: before it, the area still shows the lines it showed. */
    private void noteLater() {
        if (!noting) {
            noting = true;
            Platform.runLater(this::note);
        }
    }

    private void note() {
        noting = false;
        OpenDocument open = viewModel.documentProperty().get();
        // Not while the split lens view stands in its place: out of the scene, a hit in the text fails in RichTextFX.
        if (open != null && area.getLength() > 0 && area.getScene() != null && keeping < 0) {
            int shown = firstShown(area);
            lastShown = shown;
            viewModel.firstShownProperty().set(open.display().toStored(Math.min(shown, area.getLength())));
        }
    }

    /**
     * The offset of the first character at the top of the text, inside the area's padding: the lines scrolled into the
     * padding are hidden, and a place taken or shown at the area's own top edge was a line cut in half (by the 14 px
     * padding of .document-text).
     */
    static int firstShown(InlineCssTextArea area) {
        return area.hit(area.getInsets().getLeft() + 1, area.getInsets().getTop() + 1).getInsertionIndex();
    }

    /**
     * Brings the paragraph holding the offset to the top, then, once it is laid out there, scrolls on to the offset's
     * line: a long paragraph shown from its start put the line read further down, or off the screen.
     */
    private void showAtTop(TextRange place) {
        OpenDocument open = viewModel.documentProperty().get();
        if (place == null || open == null || place.start() > open.text().length()) {
            return;
        }
        int at = open.display().toShown(place.start());
        keeping = at;
        int round = ++placing;
        int paragraph = area.offsetToPosition(at, Bias.Forward).getMajor();
        area.showParagraphAtTop(paragraph);
        Platform.runLater(() -> {
            if (round == placing) {
                area.showParagraphAtTop(paragraph);
                bringLineToTop(at, round, LINE_TRIES, RECHECKS);
            }
        });
    }

    /**
     * Scrolls the offset's line to the top of the text, measured again after each scroll: paragraphs not yet laid out
     * are scrolled by their estimated heights, so one scroll could leave the line above or below the top. A character
     * outside the laid-out lines has no bounds: its paragraph is brought to the top first.
     */
    private void bringLineToTop(int at, int round, int triesLeft, int rechecksLeft) {
        if (round != placing) {
            return;
        }
        area.layout();
        Bounds shown = area.localToScreen(area.getBoundsInLocal());
        if (shown != null && at < area.getLength() && area.getScene() != null && triesLeft > 0) {
            double top = shown.getMinY() + area.getInsets().getTop();
            Optional<Double> off = area.getCharacterBoundsOnScreen(at, at + 1).map(line -> line.getMinY() - top);
            if (off.isEmpty() || Math.abs(off.get()) >= 1) {
                if (off.isPresent()) {
                    area.scrollYBy(off.get());
                } else {
                    area.showParagraphAtTop(area.offsetToPosition(at, Bias.Forward).getMajor());
                }
                Platform.runLater(() -> bringLineToTop(at, round, triesLeft - 1, rechecksLeft));
                return;
            }
        }
        if (rechecksLeft > 0 && area.getScene() != null && viewModel.documentProperty().get() != null) {
            PauseTransition later = new PauseTransition(RECHECK_AFTER);
            later.setOnFinished(e -> bringLineToTop(at, round, LINE_TRIES, rechecksLeft - 1));
            later.play();
            return;
        }
        keeping = -1;
        noteLater();
    }
}
