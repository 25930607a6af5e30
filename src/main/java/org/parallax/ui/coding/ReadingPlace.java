package org.parallax.ui.coding;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Where the researcher is reading in the text area: the stored offset of the first character it shows, told to the
 * view-model as the text scrolls, and an offset the view-model asks to show at the top (a project reopening at the
 * place its last document was read; it reopened at the text's first line).
 */
final class ReadingPlace {
    private final InlineCssTextArea area;
    private final DocumentViewModel viewModel;
    /** A look at the first character shown is queued: a scroll moves the text many times in one frame. */
    private boolean noting;
    /** How many times a reopened place is measured and scrolled before it is taken as shown. */
    private static final int LINE_TRIES = 5;

    ReadingPlace(InlineCssTextArea area, DocumentViewModel viewModel) {
        this.area = area;
        this.viewModel = viewModel;
        area.estimatedScrollYProperty().addListener((o, was, now) -> noteLater());
        viewModel.topProperty().addListener((o, was, now) -> showAtTop(now));
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
        if (open != null && area.getLength() > 0 && area.getScene() != null) {
            int shown = firstShown(area);
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
        int paragraph = area.offsetToPosition(at, Bias.Forward).getMajor();
        area.showParagraphAtTop(paragraph);
        Platform.runLater(() -> {
            area.showParagraphAtTop(paragraph);
            bringLineToTop(at, LINE_TRIES);
        });
    }

    /**
     * Scrolls the offset's line to the top of the text, measured again after each scroll: paragraphs not yet laid out
     * are scrolled by their estimated heights, so one scroll could leave the line above it at the top.
     */
    private void bringLineToTop(int at, int triesLeft) {
        area.layout();
        Bounds shown = area.localToScreen(area.getBoundsInLocal());
        if (shown != null && at < area.getLength() && area.getScene() != null) {
            double top = shown.getMinY() + area.getInsets().getTop();
            double off = area.getCharacterBoundsOnScreen(at, at + 1).map(line -> line.getMinY() - top).orElse(0.0);
            if (off >= 1 && triesLeft > 0) {
                area.scrollYBy(off);
                Platform.runLater(() -> bringLineToTop(at, triesLeft - 1));
                return;
            }
        }
        noteLater();
    }
}
