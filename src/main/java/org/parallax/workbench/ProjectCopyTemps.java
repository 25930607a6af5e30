package org.parallax.workbench;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.parallax.model.SqliteSideFile;
import org.parallax.store.KilledWritersTemps;

/**
 * The hidden temporary file a copy of a project is written to before it is moved to the name the researcher chose
 * (Save a copy…, a second coder's copy): {@code .NAME.tmp-PID} beside it, as large as the project. A copy killed
 * midway (SIGKILL, a power cut) never removes its own, and the next copy may be made under another name: so every
 * copy into a folder first removes there the temporary files of copies whose process is gone, whatever their name.
 */
final class ProjectCopyTemps {
    /** A copy's temporary file of any project file, and of the name chosen now (it may lack {@code .parallax}). */
    private static final String ANY_PROJECT = "[^/\\\\]+\\.parallax\\.tmp";

    private ProjectCopyTemps() {
    }

    /** The temporary file for a copy to {@code target}, after removing those killed copies left beside it. */
    static Path forCopyTo(Path target) {
        KilledWritersTemps.removeIn(target.getParent(), ANY_PROJECT + "|" + Pattern.quote(target.getFileName()
                .toString()) + "\\.tmp");
        return KilledWritersTemps.beside(target, ".tmp");
    }

    /** Removes the temporary file of a copy that failed, and the journal SQLite may have made beside it. */
    static void remove(Path temp) {
        Backups.deleteQuietly(temp);
        Backups.deleteQuietly(SqliteSideFile.JOURNAL.beside(temp));
    }
}
