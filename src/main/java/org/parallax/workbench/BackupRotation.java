package org.parallax.workbench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep (docs/backups.md): the newest 10, the newest of each day of the last 14 days and
 * the newest of each ISO week of the last 8 weeks, and every copy kept before an upgrade. A burst of deletions thus
 * never pushes out last week's state, and the folder stays bounded (at most about 30 files and one per upgrade).
 */
final class BackupRotation {
    static final int NEWEST = 10;
    static final int DAYS = 14;
    static final int WEEKS = 8;

    private BackupRotation() {
    }

    /** The backups to delete from {@code all} at {@code now}; never one dated after {@code now}. */
    static List<Backup> toDelete(List<Backup> all, Instant now) {
        List<Backup> newestFirst = all.stream().filter(b -> !b.datedAfter(now))
                .sorted(Comparator.comparing(Backup::taken).reversed()).toList();
        Set<Backup> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(NEWEST, newestFirst.size())));
        Set<Long> days = new HashSet<>();
        Set<Long> weeks = new HashSet<>();
        for (Backup b : newestFirst) {
            Duration age = Duration.between(b.taken(), now);
            var date = b.taken().atZone(ZoneOffset.UTC).toLocalDate();
            if (age.compareTo(Duration.ofDays(DAYS)) < 0 && days.add(date.toEpochDay())) {
                keep.add(b);
            }
            long week = date.get(IsoFields.WEEK_BASED_YEAR) * 100L + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (age.compareTo(Duration.of(WEEKS * 7L, ChronoUnit.DAYS)) < 0 && weeks.add(week)) {
                keep.add(b);
            }
        }
        // A copy kept before an upgrade is the only file an older Parallax still opens: it stays.
        return newestFirst.stream().filter(b -> !keep.contains(b) && !KeptBeforeUpgrade.isOne(b)).toList();
    }
}
