package org.parallax.workbench;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.parallax.store.BeforeUpgrade;

/**
 * A project file an older Parallax wrote is kept as it was among its backups before it is upgraded in place, since
 * no older Parallax opens it afterwards (a colleague's, or this computer's before an update); {@link BackupRotation}
 * never deletes that backup.
 */
final class KeptBeforeUpgrade implements BeforeUpgrade {
    /** The start of such a backup's reason, by which rotation knows it. */
    static final String REASON = "before upgrade";

    private final Path projectFile;
    private Backup kept;
    private int schema;
    /** The schema an upgrade stopped midway was found at, when this open carries it on; else 0. */
    private int stoppedAt;

    KeptBeforeUpgrade(Path projectFile) {
        this.projectFile = projectFile;
    }

    @Override
    public void keep(int schema, Consumer<Path> copy) {
        keep(schema, copy, kept -> false);
    }

    @Override
    public void keep(int schema, Consumer<Path> copy, Predicate<Path> holdsTheFile) {
        String reason = REASON + " from schema " + schema;
        this.kept = keptAs(reason).filter(b -> holdsTheFile.test(b.file())).findFirst()
                .orElseGet(() -> Backups.write(projectFile, reason, copy));
        this.schema = schema;
    }

    @Override
    public void resume(int fromSchema, int atSchema) {
        this.kept = keptAs(REASON + " from schema " + fromSchema).findFirst().orElse(null);
        this.schema = fromSchema;
        this.stoppedAt = atSchema;
    }

    /** The copies kept before an upgrade from that schema, newest first. */
    private Stream<Backup> keptAs(String reason) {
        return Backups.list(projectFile).stream().filter(b -> b.reason().equals(reason));
    }

    static boolean isOne(Backup backup) {
        return backup.reason().startsWith(REASON);
    }

    /** What the researcher is told once the file was upgraded: that older versions no longer open it, and where it was kept. */
    Optional<OpeningNote> note() {
        Path name = projectFile.getFileName();
        Optional<Backup> backup = Optional.ofNullable(kept);
        if (stoppedAt > 0) {
            return OpeningNote.of(name + ": its upgrade from an older Parallax's format (schema " + schema + ") was "
                    + "stopped at schema " + stoppedAt + ", before it finished, and is finished now; " + (kept == null
                    ? "the copy kept as it was before the upgrade is no longer among its backups in "
                    + Backups.folder(projectFile).getFileName()
                    : "the file as it was before the upgrade is kept as "
                    + Backups.folder(projectFile).getFileName().resolve(kept.file().getFileName())), backup);
        }
        if (kept == null) {
            return Optional.empty();
        }
        return OpeningNote.of(name + " was written by an older Parallax (schema " + schema + ") and is now upgraded to "
                + "this version's format, which an older Parallax cannot open; the file as it was is kept as "
                + Backups.folder(projectFile).getFileName().resolve(kept.file().getFileName()), backup);
    }

}
