package org.parallax.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a hidden temporary file is what a killed writer left: exports, backups, restores and team pulls write one
 * before moving it in place, named with the id of the process writing it, and a process killed midway (SIGKILL, a
 * power cut) never removes its own. One rule for every layer that writes such files: the file is left behind when its
 * process is no longer running; one named before the id was in the name, once it is an hour old (a younger one may
 * still be written).
 */
public final class KilledWriters {
    private static final System.Logger LOG = System.getLogger(KilledWriters.class.getName());
    /** How old a temporary file without a process id must be to count as left behind. */
    private static final Duration UNNAMED_AGE = Duration.ofHours(1);

    private KilledWriters() {
    }

    /**
     * A new folder in {@code parent} for this process alone, {@code PREFIX PID-DIGITS} (the system's temporary folder:
     * an upgraded copy of an older project, a private search index, a workbook's sheets, the benchmark's corpus),
     * made after removing the folders of that prefix whose process is gone. A process killed with one (SIGKILL, a
     * crash, a power cut) deletes nothing, not even what the JVM was asked to delete on exit, and such a folder may
     * be as large as the project; one named before the id was in the name (no dash after the digits) is left.
     */
    public static Path newFolder(Path parent, String prefix) throws IOException {
        removeIn(parent, Pattern.compile(Pattern.quote(prefix) + "(?<pid>\\d{1,18})-\\d+"));
        return Files.createTempDirectory(parent, prefix + ProcessHandle.current().pid() + "-");
    }

    /** A new folder in the system's temporary folder for this process alone ({@link #newFolder(Path, String)}). */
    public static Path newFolder(String prefix) throws IOException {
        return newFolder(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    /** Whether the process with id {@code pid} is no longer running. */
    public static boolean gone(long pid) {
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * Removes from {@code folder} the files (and folders, with what they hold) whose whole name matches {@code names} and that a killed writer left; the
     * group named {@code pid} of {@code names} holds the writer's process id, when the name has one. Logs what it cannot
     * remove: a leftover costs room on the disk, never the file being written.
     */
    public static void removeIn(Path folder, Pattern names) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        FileTime unnamedCutoff = FileTime.from(Instant.now().minus(UNNAMED_AGE));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                f -> names.matcher(f.getFileName().toString()).matches())) {
            for (Path file : files) {
                Matcher m = names.matcher(file.getFileName().toString());
                m.matches();
                boolean left = m.group("pid") == null ? Files.getLastModifiedTime(file).compareTo(unnamedCutoff) < 0
                        : gone(Long.parseLong(m.group("pid")));
                if (left) {
                    try {
                        deleteWhole(file);
                    } catch (IOException e) {
                        // another user's, say: the others are still looked at
                        LOG.log(System.Logger.Level.WARNING, "cannot remove " + file + ", left by a killed writer", e);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove what a killed writer left in " + folder, e);
        }
    }

    /** Deletes a file, or a folder with everything in it, deepest first. */
    private static void deleteWhole(Path file) throws IOException {
        if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (java.util.stream.Stream<Path> paths = Files.walk(file)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            Files.deleteIfExists(file);
        }
    }
}
