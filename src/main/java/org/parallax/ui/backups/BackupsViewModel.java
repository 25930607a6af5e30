package org.parallax.ui.backups;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.model.Counted;
import org.parallax.model.ReadOnlyCause;
import org.parallax.ui.common.ErrorMessages;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.Backup;
import org.parallax.workbench.BackupSummary;
import org.parallax.workbench.Backups;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Restore;
import org.parallax.workbench.Workbench;

/**
 * The project's health as the window shows it: a banner when the project is open read-only (damaged, or in a
 * read-only place), the newest sound backup to offer, a warning when the daily backup could not be written, and
 * File → Restore from backup…. After each open the texts are checked against their content hashes, and the file by
 * SQLite's integrity check, in the background; a finding turns the project read-only.
 */
public final class BackupsViewModel {
    private static final System.Logger LOG = System.getLogger(BackupsViewModel.class.getName());
    private final ProjectContext context;
    private final StringProperty banner = new SimpleStringProperty("");
    private final StringProperty backupWarning = new SimpleStringProperty("");
    private final BooleanProperty backUpOffered = new SimpleBooleanProperty();
    /** Whether the banner offers "Save a copy…": where a copy is the way on (a read-only place, a moved file). */
    private final BooleanProperty copyOffered = new SimpleBooleanProperty();
    /** Where the last backup asked for went, or what a restore did, for the status bar ("Backup written to …"). */
    private final StringProperty lastReport = new SimpleStringProperty("");
    /**
     * What opening did to the file (upgraded it, finished a restore) and where the backup of it as it was lies, kept
     * in the banner until dismissed: the status line alone lost it at the next click.
     */
    private final StringProperty openingNote = new SimpleStringProperty("");
    private final ObjectProperty<BackupChoice> offer = new SimpleObjectProperty<>();
    private Reopener reopener = (change, done) -> {
        throw new IllegalStateException("no reopener set");
    };

    public BackupsViewModel(ProjectContext context) {
        this.context = context;
        context.workbenchProperty().addListener((o, was, now) -> opened(now));
        // A project can turn read-only while open (its file replaced by a restore elsewhere, or by a sync client).
        context.onEvent(event -> {
            Workbench wb = context.workbench();
            if (event == ProjectEvent.ROLE) {
                // A team member's role changed while open: a reader made coder writes again, a coder made reader not.
                banner.set("");
                copyOffered.set(false);
            }
            if (wb != null && banner.get().isEmpty()) {
                showReadOnly(wb);
            }
            // A backup taken before a bulk action since then ends the warning.
            warn(wb);
        });
        // A write refused as the file was moved or deleted while open fires no event: the failure itself says so.
        context.onFailure(error -> {
            Workbench wb = context.workbench();
            if (wb != null && banner.get().isEmpty()) {
                showReadOnly(wb);
                // A page SQLite could not read while the project was open: the way back is offered as on opening.
                if (damaged(wb) && offer.get() == null) {
                    context.read(BackupsViewModel::newestSoundIfReadOnly, found -> offerBackup(wb, found));
                }
            }
        });
    }

    /** What is wrong with the open project, in words; empty when it is sound and writable. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner;
    }

    /**
     * Why the open project has no daily backup (its backups folder cannot be written, the disk is full), with what
     * to do, or why its saves are kept in the journal beside the file (a full disk); empty when neither. The project
     * stays writable: this warns, it does not stop work.
     */
    public ReadOnlyStringProperty backupWarningProperty() {
        return backupWarning;
    }

    /** What opening did to the file and where its backup lies, until dismissed; empty otherwise. */
    public ReadOnlyStringProperty openingNoteProperty() {
        return openingNote;
    }

    /** The banner's Dismiss: the note has been read. */
    public void dismissOpeningNote() {
        openingNote.set("");
    }

    /** The newest backup that passes the check, offered in the banner; null when none or not needed. */
    public ReadOnlyObjectProperty<BackupChoice> offerProperty() {
        return offer;
    }

    private void opened(Workbench wb) {
        banner.set("");
        copyOffered.set(false);
        warn(null);
        offer.set(null);
        openingNote.set("");
        if (wb == null) {
            return;
        }
        warn(wb);
        showReadOnly(wb);
        // Whether the backup it names is still there is asked of the disk, in the background: one deleted by hand is
        // not listed by File → Restore from backup….
        wb.openingNote().ifPresent(note -> context.read(Workbench::openingNoteBackupsListed, listed -> {
            if (context.workbench() != wb) {
                return;
            }
            lastReport.set(note + (listed ? " (File → Restore from backup… lists it)" : ""));
            Path folder = wb.file().toAbsolutePath().getParent();
            openingNote.set(note + (folder == null ? "" : ", in " + folder) + "."
                    + (listed ? " File → Restore from backup… lists it." : ""));
        }));
        context.read(this::checkAndFindBackup, found -> offerBackup(wb, found));
        // SQLite's integrity check reads every page (1.4 s of a 66 MB project, where the quick check on opening took
        // 0.23 s but misses an index that disagrees with its table): beside the queue, on a connection of its own, so
        // the views and the researcher's first changes do not wait for it.
        context.tasks().runAside(() -> checkFileAndFindBackup(wb), found -> offerBackup(wb, found),
                error -> LOG.log(System.Logger.Level.INFO, "The check of the project file after opening stopped: "
                        + error.getMessage()));
    }

    private void offerBackup(Workbench wb, Optional<BackupSummary> found) {
        if (context.workbench() != wb) {
            return;
        }
        showReadOnly(wb);
        if (found.isPresent()) {
            offer.set(new BackupChoice(found.get()));
        }
    }

    /** In the background: the content-hash check, then, if the project is read-only, the newest sound backup. */
    private Optional<BackupSummary> checkAndFindBackup(Workbench wb) {
        wb.check().contentHashes();
        return newestSoundIfReadOnly(wb);
    }

    /** Beside the queue: SQLite's integrity check, then, if it found damage, the newest sound backup. */
    private static Optional<BackupSummary> checkFileAndFindBackup(Workbench wb) {
        return wb.check().file().isEmpty() ? Optional.empty() : newestSoundIfReadOnly(wb);
    }

    /**
     * A backup is the way back from damage only: a project another program was writing, or one in a read-only place,
     * is whole, and restoring over it is refused or loses what the other program writes.
     */
    private static Optional<BackupSummary> newestSoundIfReadOnly(Workbench wb) {
        return damaged(wb) ? Backups.newestSound(wb.file()) : Optional.empty();
    }

    private static boolean damaged(Workbench wb) {
        return wb.readOnlyCause().filter(ReadOnlyCause.DAMAGED::equals).isPresent();
    }

    /** The banner for a read-only project, with what to do for its kind of reason; nothing when it is writable. */
    private void showReadOnly(Workbench wb) {
        wb.readOnlyReason().ifPresent(reason -> banner.set(text(wb, reason)));
        // A file moved or deleted while open is offered the copy too: its banner says to save one, and the window
        // had no button for it.
        copyOffered.set(wb.readOnlyCause().filter(cause -> cause == ReadOnlyCause.READ_ONLY_PLACE
                || cause == ReadOnlyCause.NOT_UPGRADED || cause == ReadOnlyCause.REPLACED).isPresent());
    }

    private static String text(Workbench wb, String reason) {
        // A team reader is not facing a fault: say what the role allows, and that nothing reaches the team.
        String outcome = wb.teamRole().filter("reader"::equals).isPresent() ? "You can read, search, analyse and "
                + "export it; nothing you code, write or change is saved or sent to the team."
                : "Nothing you do now is saved.";
        // The other reasons say what to do in their own words: close the other program, save a copy, reopen.
        String todo = switch (wb.readOnlyCause().orElse(ReadOnlyCause.FOR_READING)) {
            case DAMAGED -> " The way back is a backup that passes the check: File → Restore from backup… lists them.";
            case NOT_UPGRADED -> " Free some space and open it again, or save a copy where there is room.";
            case TEAM -> " Tell the project's lead and whoever runs its server: nothing more is written to it from here.";
            default -> "";
        };
        return wb.displayName() + " is open read-only: " + reason + ". " + outcome + todo;
    }

    /**
     * Whether the banner offers "Save a copy…": the project is read-only for where it lies (or lay: moved or deleted
     * while open), not for a fault in it.
     */
    public ReadOnlyBooleanProperty copyOfferedProperty() {
        return copyOffered;
    }

    /**
     * The warning strip: saves kept in the journal beside the file (a full disk stopped the checkpoint) first, then a
     * daily backup that could not be written, which Back up now tries again.
     */
    private void warn(Workbench wb) {
        Optional<String> kept = wb == null ? Optional.empty() : wb.journalNotFolded();
        Optional<String> noBackup = wb == null ? Optional.empty() : wb.dailyBackupFailure();
        backupWarning.set(kept.map(why -> wb.displayName() + ": " + why + ".")
                .or(() -> noBackup.map(failure -> wb.displayName() + ": " + failure + ". Your work is saved, but has "
                        + "no backup to go back to; when this is fixed, choose Back up now."))
                .orElse(""));
        backUpOffered.set(kept.isEmpty() && noBackup.isPresent());
    }

    /** Whether the warning strip offers Back up now: a daily backup could not be written. */
    public ReadOnlyBooleanProperty backUpOfferedProperty() {
        return backUpOffered;
    }

    /**
     * File → Back up now and the warning's button: a backup taken in the background, which ends the warning and says
     * where it went when it is written. A team project or one open read-only is refused with the reason.
     */
    public void backUpNow() {
        Workbench wb = context.workbench();
        if (wb == null) {
            return;
        }
        lastReport.set("");
        context.runLong(() -> "Backup written to " + wb.backups().take("manual").file()
                + wb.backups().realNamesHeld().map(held -> "; " + held).orElse(""), written -> {
            if (context.workbench() == wb) {
                warn(wb);
                lastReport.set(written);
            }
        });
    }

    /**
     * "Backup written to FILE" after each backup asked for, saying that it holds the real names while the project
     * hides names in its exports, and "Restored the backup of …" after a restore; the status bar shows it.
     */
    public ReadOnlyStringProperty lastReportProperty() {
        return lastReport;
    }

    /** File → Restore from backup…: lists the backups with dates and counts, restores the chosen one. */
    public void chooseAndRestore() {
        Workbench wb = context.workbench();
        if (wb == null) {
            return;
        }
        // The folder is looked at in the background too: the UI thread does no file I/O.
        context.read(w -> new Listed(Backups.list(w.file()).stream().map(Backups::summarise).map(BackupChoice::new)
                .toList(), Backups.folderProblem(w.file())), listed -> choose(wb.file(), listed));
    }

    private void choose(Path file, Listed listed) {
        List<BackupChoice> choices = listed.choices();
        if (choices.isEmpty()) {
            context.dialogs().showInformation("Restore from backup", "There are no backups of " + file.getFileName()
                    + listed.folderProblem().map(problem -> ": " + problem + ".")
                    .orElse(" yet (" + Backups.folder(file) + ")."));
            return;
        }
        // The newest backup that can be read is chosen at first, so OK restores it: the dialog opened with none
        // chosen and OK greyed, and the researcher had to find the newest among a dozen dates. Cancel stays the
        // default button: a quick Enter replaces nothing.
        context.dialogs().chooseToReplace("Restore from backup", "Replace " + file.getFileName()
                + " with which backup? The current state is kept as a backup first.", choices, newestSound(choices))
                .ifPresent(this::replaceWith);
    }

    /** The first sound backup in the list's order (newest first, those dated after this computer's clock last). */
    static BackupChoice newestSound(List<BackupChoice> choices) {
        return choices.stream().filter(choice -> choice.summary().sound()).findFirst().orElse(null);
    }

    /** The banner's offer: asks once, then restores {@code choice}. */
    public void restore(BackupChoice choice) {
        Workbench current = context.workbench();
        if (current != null && context.dialogs().confirm("Restore from backup", "Replace " + current.file()
                .getFileName() + " with the backup of " + choice.when() + "? The current state is kept as a backup.")) {
            replaceWith(choice);
        }
    }

    /**
     * Puts {@code choice} in the project's place (keeping the current file as a backup) through {@link #reopener},
     * which closes the project first and reopens it where the user was reading.
     */
    private void replaceWith(BackupChoice choice) {
        Workbench current = context.workbench();
        if (current == null) {
            return;
        }
        Path file = current.file();
        Backup backup = choice.summary().backup();
        AtomicReference<Restore.Outcome> outcome = new AtomicReference<>();
        lastReport.set("");
        reopener.reopenAfter(() -> outcome.set(Restore.restore(file, backup)), () -> {
            // The status bar said what the last backup asked for did ("Backup written to …"), read after a restore
            // as its outcome: it now says what the restore did, as the box does.
            lastReport.set(restored(choice, outcome.get()));
            context.dialogs().showInformation("Restore from backup", "Restored the backup of " + choice.when()
                    + ". The state before it is kept in " + Backups.folder(file).getFileName()
                    + (outcome.get().keptJournal() == null ? "" : ", with the journal that lay beside the file (saves "
                    + "of an older or another copy of the project, not in the file)") + ".");
        });
    }

    private static String restored(BackupChoice choice, Restore.Outcome outcome) {
        BackupSummary summary = outcome.restored();
        return "Restored the backup of " + choice.when() + " (" + Counted.of(summary.documents(), "document") + ", "
                + Counted.of(summary.passages(), "passage") + "); the state before it is kept as "
                + outcome.keptCurrent().file() + outcome.journalClause();
    }

    /** How the window closes its project, changes the closed file and opens it again; the main window sets it. */
    public void setReopener(Reopener reopener) {
        this.reopener = reopener;
    }

    /**
     * A project file that could not be opened because of what is in it (cut short, emptied, too damaged to read):
     * the reason, with its newest sound backup offered in its place, so that a researcher who works in the window
     * is not sent to the command line to get the work back; {@code reopen} opens the restored file. Any other
     * failure is only shown.
     */
    public void offerRestoreAfterFailedOpen(Path file, Throwable failure, Runnable reopen) {
        context.tasks().run(() -> Restore.offeredAfter(file, failure), offered -> {
            if (offered.isEmpty()) {
                context.fail(failure);
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "Cannot open " + file, failure);
            BackupSummary backup = offered.get();
            if (context.dialogs().confirm("Restore from backup", ErrorMessages.of(failure) + "\n\nRestore its "
                    + "newest sound backup (" + new BackupChoice(backup) + ") in its place? What the file holds now "
                    + "is kept as a backup first.")) {
                context.run(() -> Restore.restore(file, backup.backup()), restored -> reopen.run());
            }
        }, error -> context.fail(failure));
    }

    /** The banner's "Save a copy…": a writable copy of a read-only project, opened in its place. */
    public void saveCopy() {
        Workbench current = context.workbench();
        if (current == null) {
            return;
        }
        context.dialogs().chooseNewProject().ifPresent(target -> context.runLong(() -> {
            current.backups().copyTo(target);
            return target;
        }, copied -> {
            context.setWorkbench(null);
            context.runAfterAll(() -> {
                current.close();
                return Workbench.open(copied);
            }, context::setWorkbench);
        }));
    }

    private record Listed(List<BackupChoice> choices, Optional<String> folderProblem) {
    }

}
