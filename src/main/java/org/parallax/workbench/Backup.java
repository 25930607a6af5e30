package org.parallax.workbench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** One backup of a project: its file in the backups folder, when it was taken and why. */
public record Backup(Path file, Instant taken, String reason) {
    /** How far ahead of the clock a backup may be dated and still count as taken now: two synced computers' drift. */
    static final Duration CLOCK_DRIFT = Duration.ofMinutes(10);

    /**
     * Whether the backup is dated after {@code now}: it was taken while the computer's clock was ahead, or the clock
     * is behind now. Its date then says nothing about its place among the backups taken since.
     */
    public boolean datedAfter(Instant now) {
        return taken.isAfter(now.plus(CLOCK_DRIFT));
    }
}
