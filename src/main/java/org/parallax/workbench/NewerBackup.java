package org.parallax.workbench;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.parallax.model.ParallaxException;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStores;

/**
 * A project file that holds an earlier state than its newest backup: replaced by an older copy (a sync tool's
 * conflicted copy, a copy brought back from an old USB stick) while the newer backups lie beside it. It opened
 * without a word, and the work since that copy was made looked lost though a backup held it. Told by the file's save
 * number (every write adds one), which each backup keeps as it was when taken; said on opening, never refused: the
 * researcher may mean it, and `restore` is the way back. The newest backup is left out when it was taken before a
 * restore, whose file is older by intent; one backup of the file as it is (the daily one, Back up now) ends the note.
 */
final class NewerBackup {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private NewerBackup() {
    }

    /** The note for {@code project} just opened, before the daily backup; empty when its newest backup is not newer. */
    static Optional<OpeningNote> note(Project project) {
        if (!(project.store.location() instanceof ProjectFile)) {
            return Optional.empty();
        }
        OptionalLong file = project.store.saveNumber();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<Backup> backups;
        try {
            backups = Backups.list(project.file());
        } catch (ParallaxException e) {
            return Optional.empty();
        }
        if (backups.isEmpty() || backups.get(0).reason().equals("before restore")) {
            return Optional.empty();
        }
        Backup newest = backups.get(0);
        OptionalLong kept = ProjectStores.saveNumberOf(newest.file());
        if (kept.isEmpty() || kept.getAsLong() <= file.getAsLong()) {
            return Optional.empty();
        }
        String name = String.valueOf(project.file().getFileName());
        return OpeningNote.of(name + " holds an earlier state than its newest backup, " + newest.file().getFileName()
                + " (taken " + WHEN.format(newest.taken()) + ", " + newest.reason() + "; save " + kept.getAsLong()
                + " of the project, the file holds save " + file.getAsLong() + "): the file may have been replaced by "
                + "an older copy (a sync tool's conflicted copy, a copy from another disk). To go back to the newer "
                + "state, restore that backup (File → Restore from backup…, or: parallax restore " + project.file()
                + " " + newest.file().getFileName() + "); to keep the file as it is, back it up (File → Back up now, "
                + "or: parallax backup " + project.file() + ") and this note is not shown again", Optional.of(newest));
    }
}
