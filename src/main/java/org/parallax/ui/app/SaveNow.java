package org.parallax.ui.app;

import java.util.Locale;
import java.util.function.Supplier;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.documents.MetadataViewModel;
import org.parallax.ui.memos.MemoViewModel;
import org.parallax.workbench.Workbench;

/**
 * File → Save (Ctrl+S), where researchers coming from NVivo or Word press it out of habit: every coding and change
 * is saved as it is made, so it saves what is still being typed (the Details form, a memo before its pause) and
 * says in the status bar that the project holds everything. Without it the key did nothing and said nothing, and
 * details typed without "Save details" were lost when the computer went down.
 */
final class SaveNow {
    private final ProjectContext context;
    private final MetadataViewModel details;
    private final MemoViewModel memo;
    private final StatusViewModel status;
    /** What long work runs now ("Importing documents", "Writing passages.csv…"), or "" when none. */
    private final Supplier<String> running;

    SaveNow(ProjectContext context, MetadataViewModel details, MemoViewModel memo, StatusViewModel status,
            Supplier<String> running) {
        this.context = context;
        this.details = details;
        this.memo = memo;
        this.status = status;
        this.running = running;
    }

    /**
     * Saves the edits in progress; the status bar speaks once they are written (a refusal shows its own box), and
     * names the long work still running, which saves as it goes: it said nothing until an import had ended.
     */
    void run() {
        if (context.workbench() == null) {
            return;
        }
        details.flush(() -> memo.afterSaving(() -> context.read(SaveNow::outcome,
                saved -> status.lastResultProperty().set(saved + stillRunning(running.get())))));
    }

    /** The clause naming long work still running, or "" when none runs. */
    static String stillRunning(String bar) {
        String what = bar == null ? "" : bar.strip().replaceAll("…$", "");
        return what.isEmpty() ? "" : "; " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1)
                + " is still running (the bar at the bottom of the window shows it)";
    }

    /** What the status bar says once nothing typed is waiting: saved, or why nothing can be. */
    static String outcome(Workbench wb) {
        return wb.readOnlyReason().isPresent()
                ? "Nothing can be saved in " + wb.displayName() + ": it is open read-only (the yellow banner says why)"
                : "Everything is saved in " + wb.displayName() + " (Parallax saves each change as you make it)";
    }
}
