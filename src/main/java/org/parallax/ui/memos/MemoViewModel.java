package org.parallax.ui.memos;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.ui.common.ErrorMessages;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.PassingFailure;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/**
 * The memo pane: the memo of the open document, the selected code, the selected passage or the project, saved in
 * the background as the researcher types (the view debounces and calls {@link #flush}); one editing session is
 * one undoable action. Saves run one at a time, in order; the latest text always wins. Reads and saves never wait
 * behind long work ({@link org.parallax.ui.common.BackgroundTasks#runLong}): an import of files holds a memo up for
 * the one transaction it may be writing, not for the whole import.
 */
public final class MemoViewModel {
    /** The line under the heading of a memo blind mode hides: it cannot be shown, and writing would replace it. */
    static final String HIDDEN = "Written by another coder and hidden in blind mode: it can be neither read nor "
            + "written over until blind mode is off";
    /** The same on a team project for a member who cannot switch blind mode off: only a lead may. */
    static final String HIDDEN_UNTIL_A_LEAD = "Written by another coder and hidden in blind mode: it can be neither "
            + "read nor written over until a lead switches blind mode off";
    /** How much of the text a save refused as the project closed is quoted in the refusal. */
    private static final int SHOWN_WHEN_REFUSED = 2_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ProjectContext context;
    private final ObjectProperty<MemoKind> kind = new SimpleObjectProperty<>(MemoKind.DOCUMENT);
    private final ObjectProperty<Long> documentId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> codeId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> passageId = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private MemoTarget editing;
    private boolean loading;
    private boolean dirty;
    private boolean saving;
    private Runnable afterSave;
    private final java.util.ArrayDeque<Pending> queue = new java.util.ArrayDeque<>();
    /**
     * Saves that failed for a cause that passes (a full disk, another program's long write), by memo: tried again
     * when the pane leaves a memo and when the project closes, not at every pause or loss of focus (the error dialog
     * itself takes the focus). Without them the text typed was dropped as soon as the researcher moved on.
     */
    private final java.util.Map<MemoTarget, Pending> unsaved = new java.util.LinkedHashMap<>();
    /** The memo being edited as shown, which what is typed is saved over; replaced when the pane moves on. */
    private MemoBase base;

    public MemoViewModel(ProjectContext context) {
        this.context = context;
        kind.addListener((o, was, now) -> retarget());
        documentId.addListener((o, was, now) -> retarget());
        codeId.addListener((o, was, now) -> retarget());
        passageId.addListener((o, was, now) -> retarget());
        text.addListener((o, was, now) -> {
            if (!loading && editing != null) {
                dirty = true;
                status.set("Editing…");
            }
        });
        context.workbenchProperty().addListener((o, was, now) -> {
            if (was != null) {
                saveLeftInto(was);
            }
            editing = null;
            dirty = false;
            saving = false;
            queue.clear();
            unsaved.clear();
            retarget();
        });
        context.onEvent(event -> {
            // Another active coder or blind mode switched (CODERS) changes which memos may be shown.
            if ((event == ProjectEvent.MEMOS || event == ProjectEvent.CODERS) && !dirty && !saving && queue.isEmpty()
                    && editing != null) {
                load(editing);
            } else if ((event == ProjectEvent.DOCUMENTS || event == ProjectEvent.CODEBOOK) && editing != null) {
                renameHeading(editing);
            }
        });
    }

    /** Saves the text typed since the last save, if any; called by the view after a pause in typing. */
    public void flush() {
        if (!dirty || editing == null || base == null || !base.target().equals(editing)) {
            return;
        }
        dirty = false;
        unsaved.remove(editing);
        Pending last = queue.peekLast();
        if (last != null && last.target().equals(editing)) {
            queue.pollLast();
        }
        queue.add(new Pending(editing, text.get(), base));
        saveNext();
    }

    /**
     * Saves what was typed and every memo whose save failed for a cause that passes; called when the pane leaves a
     * memo and when the project closes.
     */
    public void flushAll() {
        queue.addAll(unsaved.values());
        unsaved.clear();
        flush();
        saveNext();
    }

    private void saveNext() {
        Workbench wb = context.workbench();
        if (saving || wb == null) {
            return;
        }
        Pending next = queue.poll();
        if (next == null) {
            if (afterSave != null) {
                Runnable then = afterSave;
                afterSave = null;
                then.run();
            }
            return;
        }
        saving = true;
        status.set("Saving…");
        context.tasks().run(() -> next.base().save(next.text()), memo -> {
            saving = false;
            unsaved.remove(next.target(), next);
            if (next.target().equals(editing)) {
                showDetails(memo);
                status.set(dirty ? "Editing…" : "Saved");
            }
            saveNext();
        }, error -> {
            saving = false;
            afterSave = null;
            if (context.workbench() != wb) {
                // Closed meanwhile: the pane that would try again is gone with the project.
                context.fail(notSaved(error, next, CLOSED));
                return;
            }
            if (next.target().equals(editing)) {
                status.set("Not saved");
            }
            if (PassingFailure.explains(error)) {
                // The saves queued behind it wait with it: the same cause would refuse them now.
                keepUnsaved(next);
                queue.forEach(this::keepUnsaved);
                queue.clear();
                context.fail(error);
                return;
            }
            // Refused for good (changed elsewhere): the editor holds the text only when it shows that memo, and the
            // saves of other memos queued behind it still go on.
            context.fail(next.target().equals(editing) ? error : notSaved(error, next, LEFT));
            saveNext();
        });
    }

    /**
     * Saves into the project being closed what waits behind a save still running, and every memo a passing failure
     * kept unsaved: text typed while a save was in flight waited for it, and the close dropped it. Queued before the
     * close, which waits for it; each is written over the memo as the pane showed it or last saved it.
     */
    private void saveLeftInto(Workbench closing) {
        java.util.Set<Pending> left = new java.util.LinkedHashSet<>(queue);
        left.addAll(unsaved.values());
        queue.clear();
        unsaved.clear();
        for (Pending pending : left) {
            context.tasks().run(() -> pending.base().save(pending.text()), saved -> {
            }, refused -> context.fail(notSaved(refused, pending, CLOSED)));
        }
    }

    /** What a refusal of a memo no longer in the editor adds: what became of the memo. */
    private static final String CLOSED = "The project closed with the memo as the file holds it";
    private static final String LEFT = "The memo is kept as the file holds it";

    /**
     * The refusal of a save whose text is no longer in the editor (the project closed, the pane moved on to another
     * memo), saying what the file kept and quoting the text not saved: the words typed last would be lost without a
     * trace.
     */
    private static Throwable notSaved(Throwable refused, Pending pending, String kept) {
        String all = pending.text();
        // Cut before a code point's second half, never between the two.
        int cut = all.length() <= SHOWN_WHEN_REFUSED ? all.length()
                : Character.isHighSurrogate(all.charAt(SHOWN_WHEN_REFUSED - 1)) ? SHOWN_WHEN_REFUSED - 1
                : SHOWN_WHEN_REFUSED;
        String text = cut == all.length() ? all : all.substring(0, cut) + "…";
        return new ParallaxException(ErrorMessages.of(refused).replaceAll("[.\\s]+$", "") + ". " + kept
                + "; your last text, not saved: “" + text + "”", refused);
    }

    /** Keeps a failed save to try again, unless the researcher has typed on in that memo since (that text wins). */
    private void keepUnsaved(Pending failed) {
        if (!(failed.target().equals(editing) && dirty)) {
            unsaved.put(failed.target(), failed);
        }
    }

    /**
     * Saves what was typed (and every memo a passing failure kept unsaved), then runs {@code then} once every save
     * has been written; a save that fails shows its error and {@code then} does not run.
     */
    public void afterSaving(Runnable then) {
        flushAll();
        if (saving) {
            Runnable before = afterSave;
            afterSave = before == null ? then : () -> {
                before.run();
                then.run();
            };
        } else {
            then.run();
        }
    }

    /**
     * Undo (or redo) from inside the memo: saves what was typed first, so the whole session is what undo takes back
     * (and text typed after an undo is a new step, which leaves nothing to redo).
     */
    public void undoAfterSaving(Runnable undo) {
        flush();
        if (saving) {
            afterSave = undo;
        } else {
            undo.run();
        }
    }

    private void retarget() {
        MemoTarget next = target();
        if (next != null && next.equals(editing)) {
            return;
        }
        flushAll();
        editing = next;
        base = null;
        dirty = false;
        // Not editable until the memo has been read: the text still shown is the previous memo's, and a key typed
        // into it would have been saved as this memo, over what it holds (the read skips a memo being edited).
        available.set(false);
        loading = true;
        text.set("");
        loading = false;
        if (next == null) {
            heading.set(prompt());
            details.set("");
            status.set("");
            return;
        }
        load(next);
    }

    /**
     * Reads the memo into the editor. A document, code or passage removed with its memo is not an error: removing
     * the open document fires the memo event before the documents list has moved the pane to the next document, and
     * that read said "No document with id 2" in an error dialog. The pane then shows nothing until it moves on (or
     * an undo brings the memo back, whose event reads it again).
     */
    private void load(MemoTarget target) {
        context.read(wb -> wb.memos().aboutIfPresent(target).map(about -> new Loaded(wb, about,
                wb.memos().memo(target), wb.memos().hidden(target) ? hiddenLine(wb) : null)).orElse(null), loaded -> {
            if (!target.equals(editing) || dirty) {
                return;
            }
            if (loaded == null) {
                showGone();
                return;
            }
            if (loaded.hidden() != null) {
                showHidden(target, loaded.about(), loaded.hidden());
                return;
            }
            available.set(true);
            Memo shown = loaded.memo().orElse(null);
            if (base == null || !base.isAt(loaded.workbench(), target, shown)) {
                // Changed elsewhere (or first shown): the next keystroke edits what is shown now, in a new session.
                base = new MemoBase(loaded.workbench(), target, shown);
            }
            loading = true;
            text.set(loaded.memo().map(Memo::text).orElse(""));
            loading = false;
            heading.set(title(target.kind()) + ": " + loaded.about());
            showDetails(loaded.memo());
            status.set("");
        });
    }

    /** A memo blind mode hides: named, not shown, not editable (a save would be refused), with the reason. */
    private void showHidden(MemoTarget target, String about, String why) {
        showGone();
        heading.set(title(target.kind()) + ": " + about);
        details.set(why);
    }

    /** Whose switch ends it: anyone's in a project file, a lead's on a team project. */
    private static String hiddenLine(Workbench wb) {
        return wb.teamRole().filter(role -> !role.equals("lead")).isPresent() ? HIDDEN_UNTIL_A_LEAD : HIDDEN;
    }

    private void showGone() {
        available.set(false);
        base = null;
        loading = true;
        text.set("");
        loading = false;
        heading.set(prompt());
        details.set("");
        status.set("");
    }

    /**
     * Names the memo's document or code again after the documents or the codebook changed: a title saved in the
     * Details tab, or a code renamed, kept its old name over the memo. Only the heading: the text may be mid-edit.
     */
    private void renameHeading(MemoTarget target) {
        context.read(wb -> wb.memos().aboutIfPresent(target), about -> {
            if (target.equals(editing) && about.isPresent()) {
                heading.set(title(target.kind()) + ": " + about.get());
            }
        });
    }

    private void showDetails(Optional<Memo> memo) {
        details.set(memo.map(m -> (m.byline() == null ? "" : "by " + m.byline() + " · ") + "created "
                + WHEN.format(m.created()) + " · modified " + WHEN.format(m.modified())).orElse("No memo yet"));
    }

    private MemoTarget target() {
        if (context.workbench() == null) {
            return null;
        }
        return switch (kind.get()) {
            case PROJECT -> MemoTarget.project();
            case DOCUMENT -> documentId.get() == null ? null : MemoTarget.document(documentId.get());
            case CODE -> codeId.get() == null ? null : MemoTarget.code(codeId.get());
            case PASSAGE -> passageId.get() == null ? null : MemoTarget.passage(passageId.get());
        };
    }

    private String prompt() {
        return switch (kind.get()) {
            case PROJECT -> "Open a project to keep its research journal";
            case DOCUMENT -> "Select a document to write its memo";
            case CODE -> "Select a code in the codebook to write its memo";
            case PASSAGE -> "Click into a coded passage to write its memo";
        };
    }

    private static String title(MemoKind kind) {
        return switch (kind) {
            case PROJECT -> "Research journal";
            case DOCUMENT -> "Document memo";
            case CODE -> "Code memo";
            case PASSAGE -> "Passage memo";
        };
    }

    public ObjectProperty<MemoKind> kindProperty() {
        return kind;
    }

    /** The open document's id (null when none), fed by the main view-model. */
    public ObjectProperty<Long> documentIdProperty() {
        return documentId;
    }

    public ObjectProperty<Long> codeIdProperty() {
        return codeId;
    }

    public ObjectProperty<Long> passageIdProperty() {
        return passageId;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty availableProperty() {
        return available;
    }

    /** {@code hidden}: the line saying why blind mode hides the memo, null when it is shown. */
    private record Loaded(Workbench workbench, String about, Optional<Memo> memo, String hidden) {
    }

    /** A text waiting to be saved to its memo, over the memo as it was shown or last saved. */
    private record Pending(MemoTarget target, String text, MemoBase base) {
    }
}
