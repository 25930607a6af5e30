package org.parallax.workbench;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
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

    KeptBeforeUpgrade(Path projectFile) {
        this.projectFile = projectFile;
    }

    @Override
    public void keep(int schema, Consumer<Path> copy) {
        this.kept = Backups.write(projectFile, REASON + " from schema " + schema, copy);
        this.schema = schema;
    }

    static boolean isOne(Backup backup) {
        return backup.reason().startsWith(REASON);
    }

    /** What the researcher is told once the file was upgraded: that older versions no longer open it, and where it was kept. */
    Optional<String> note() {
        if (kept == null) {
            return Optional.empty();
        }
        Path name = projectFile.getFileName();
        return Optional.of(name + " was written by an older Parallax (schema " + schema + ") and is now upgraded to "
                + "this version's format, which an older Parallax cannot open; the file as it was is kept as "
                + Backups.folder(projectFile).getFileName().resolve(kept.file().getFileName()));
    }
}
