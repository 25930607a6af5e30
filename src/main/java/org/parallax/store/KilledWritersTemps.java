package org.parallax.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.model.KilledWriters;
import org.parallax.model.SqliteSideFile;

/**
 * The hidden temporary copies of a project that backups, restores and team pulls write before moving them in
 * place. A process killed while writing one (SIGKILL, a power cut) never runs its clean-up, and the copy, as large
 * as the project, stayed for good. Each is named with the id of the process writing it, so a later backup, restore
 * or pull removes those whose process is gone and leaves alone one still being written elsewhere
 * ({@link KilledWriters} decides).
 */
public final class KilledWritersTemps {
    /** After the target's name and kind: {@code -PID}, or nothing as written before the id was; SQLite's side files. */
    private static final String TEMP_SUFFIX = "(?:-(?<pid>\\d{1,18}))?(?:" + Arrays.stream(SqliteSideFile.values())
            .map(side -> Pattern.quote(side.suffix())).collect(Collectors.joining("|")) + ")?";

    private KilledWritersTemps() {
    }

    /**
     * The temporary copy for {@code target}, hidden beside it: {@code .NAME} followed by {@code kind} (such as
     * {@code .tmp}) and this process's id.
     */
    public static Path beside(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + kind + "-" + ProcessHandle.current().pid());
    }

    /**
     * Removes from {@code folder} the temporary copies whose target name followed by kind matches the regular
     * expression {@code targets} and whose writing process is no longer running ({@link KilledWriters}).
     */
    public static void removeIn(Path folder, String targets) {
        KilledWriters.removeIn(folder, Pattern.compile("\\.(?:" + targets + ")" + TEMP_SUFFIX));
    }
}
