package org.parallax.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.model.SqliteSideFile;

/**
 * The hidden temporary copies of a project that backups, restores and team pulls write before moving them in
 * place. A process killed while writing one (SIGKILL, a power cut) never runs its clean-up, and the copy, as large
 * as the project, stayed for good. Each is named with the id of the process writing it, so a later backup, restore
 * or pull removes those whose process is gone and leaves alone one still being written elsewhere.
 */
public final class KilledWritersTemps {
    private static final System.Logger LOG = System.getLogger(KilledWritersTemps.class.getName());
    /** After the target's name and kind: {@code -PID}, or nothing as written before the id was; SQLite's side files. */
    private static final String TEMP_SUFFIX = "(?:-(?<pid>\\d{1,18}))?(?:" + Arrays.stream(SqliteSideFile.values())
            .map(side -> Pattern.quote(side.suffix())).collect(Collectors.joining("|")) + ")?";
    /** How old a temporary copy without a process id must be to count as left behind. */
    private static final Duration UNNAMED_AGE = Duration.ofHours(1);

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
     * expression {@code targets} and whose writing process is no longer running.
     */
    public static void removeIn(Path folder, String targets) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Pattern temp = Pattern.compile("\\.(?:" + targets + ")" + TEMP_SUFFIX);
        FileTime unnamedCutoff = FileTime.from(Instant.now().minus(UNNAMED_AGE));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                f -> temp.matcher(f.getFileName().toString()).matches())) {
            for (Path file : files) {
                Matcher m = temp.matcher(file.getFileName().toString());
                m.matches();
                boolean gone = m.group("pid") == null ? Files.getLastModifiedTime(file).compareTo(unnamedCutoff) < 0
                        : ProcessHandle.of(Long.parseLong(m.group("pid"))).map(p -> !p.isAlive()).orElse(true);
                if (gone) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove what a killed writer left in " + folder, e);
        }
    }
}
