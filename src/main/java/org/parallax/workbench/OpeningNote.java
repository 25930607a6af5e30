package org.parallax.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What opening did to a project file (upgraded it, finished a restore), in words, with the backups those words name
 * as holding the file as it was. Whether the listings show them is read from the disk when asked: a backup deleted by
 * hand since the note was made is not "listed" by File → Restore from backup… or {@code parallax restore}.
 */
public record OpeningNote(String text, List<Path> backups) {

    static Optional<OpeningNote> of(String text, Optional<Backup> backup) {
        return Optional.of(new OpeningNote(text, backup.map(Backup::file).stream().toList()));
    }

    /** Both notes in one, in their order: opening can finish a restore and then upgrade the restored file. */
    static Optional<OpeningNote> joined(Optional<OpeningNote> first, Optional<OpeningNote> second) {
        return Stream.of(first, second).flatMap(Optional::stream).reduce((a, b) -> new OpeningNote(a.text + "; "
                + b.text, Stream.concat(a.backups.stream(), b.backups.stream()).toList()));
    }

    /** Whether each backup the note names is in the backups folder now (looked at on the disk). */
    public boolean backupsListed() {
        return !backups.isEmpty() && backups.stream().allMatch(Files::isRegularFile);
    }
}
