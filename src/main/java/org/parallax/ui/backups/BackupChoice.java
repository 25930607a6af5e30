package org.parallax.ui.backups;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parallax.model.Counted;
import org.parallax.workbench.BackupSummary;

/** A backup as the restore list shows it: when, why, and how many documents and passages it holds. */
public record BackupChoice(BackupSummary summary) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** The date of the backup as the window shows it. */
    public String when() {
        return WHEN.format(summary.backup().taken());
    }

    @Override
    public String toString() {
        String counts = summary.sound()
                ? Counted.of(summary.documents(), "document") + ", " + Counted.of(summary.passages(), "passage")
                : "cannot be read: " + summary.problem();
        String ahead = summary.backup().datedAfter(Instant.now()) ? " (dated after this computer's clock)" : "";
        return when() + ahead + " — " + summary.backup().reason() + " — " + counts;
    }
}
